# str indexing and slicing, including negative steps and out-of-range bounds
s = "Hello, World"
print(s[0], s[-1], s[4], s[-5])
print(s[2:5], s[:5], s[7:], s[:], s[-5:-1], s[100:], s[:100], s[5:2])
print(s[::2], s[1::3], s[::-1], s[::-2], s[10:2:-2], s[-1:-6:-1], s[2:10:-1])
print(s[slice(1, 4)], s[slice(None, None, -3)], s[slice(-3, None)])
for i in (12, -13, 100):
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(len(s), len(""), ""[:], ""[::-1] == "", "a"[0:0] == "")
print(s[True], s[False:True])
print("abcdef"[-100:100], "abcdef"[-2:-100:-1], "abcdef"[3:-100:-1])
print(s.__getitem__(1), s.__getitem__(slice(0, 2)), s.__len__())
n = 10 ** 20
print(s[-n:n], s[n:-n:-1])
