# for/while with else, break, continue, nested loops
for i in range(3):
    pass
else:
    print("for else", i)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
for i in range(6):
    if i % 2:
        continue
    print("even", i)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print("inner else never")
for x in []:
    print("never")
else:
    print("empty else")
for i, c in enumerate("abc"):
    print(i, c, end="; ")
print()
k = 10
while k:
    k -= 3
    if k < 0:
        print("negative", k)
        break
result = []
for a in range(3):
    for b in range(3):
        if (a + b) % 2:
            continue
        result.append((a, b))
print(result)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
