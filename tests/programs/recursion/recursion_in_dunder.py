# RecursionError raised through dunder methods (__repr__, __eq__, __getattr__) and builtins calling back into Python
class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"
try:
    repr(SelfRepr())
except RecursionError as e:
    print("repr:", type(e).__name__)
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Loop().a
except RecursionError as e:
    print("getattr:", type(e).__name__)
class EqLoop:
    def __eq__(self, other):
        return self == other
try:
    EqLoop() == 1
except RecursionError as e:
    print("eq:", type(e).__name__)
def key(x):
    return sorted([x], key=key)
try:
    sorted([1], key=key)
except RecursionError as e:
    print("sorted key:", type(e).__name__)
nested = []
cur = nested
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(nested)
except RecursionError as e:
    print("deep list repr:", type(e).__name__)
print("still running")
