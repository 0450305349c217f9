# Subclassing builtins: list, dict, str, int, tuple, and which methods are used internally
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, s == [1, 2, 3], isinstance(s, list))
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict()
ld["ABC"] = 1
ld.update({"XYZ": 2})
ld.setdefault("QQQ", 3)
print(ld, dict(ld))
class Title(str):
    def __new__(cls, s):
        return super().__new__(cls, s.title())
t = Title("hello world")
print(t, type(t).__name__, t.upper(), type(t.upper()).__name__, t + "!", len(t))
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def to_f(self):
        return self * 9 / 5 + 32
print(Celsius(21.55), Celsius(100).to_f(), type(Celsius(1) + 1).__name__)
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
print(Even(4), [Even(x) for x in (0, 2)])
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)
class Pairish(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pairish(self[1], self[0])
print(Pairish(1, 2).swap(), type(Pairish(1, 2).swap()).__name__)
class Words(list):
    def __init__(self, text):
        super().__init__(text.split())
print(Words("a b c"), Words("x y")[::-1], type(Words("x")[:]).__name__)
class KeyTrack(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
kt = KeyTrack(a=1)
print(kt["a"], kt.get("a"), list(kt.values()), {**kt})
