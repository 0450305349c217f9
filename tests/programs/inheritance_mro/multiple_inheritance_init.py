# Multiple inheritance: which __init__ runs, cooperative vs non-cooperative bases, attribute conflicts
class A:
    def __init__(self):
        print("A.__init__")
        self.a = "a"
        self.shared = "from A"
class B:
    def __init__(self):
        print("B.__init__")
        self.b = "b"
        self.shared = "from B"
class AB(A, B):
    pass
x = AB()
print(vars(x), hasattr(x, "b"))
class ABExplicit(A, B):
    def __init__(self):
        A.__init__(self)
        B.__init__(self)
y = ABExplicit()
print(vars(y))
class CoopA:
    def __init__(self, **kw):
        print("CoopA", kw)
        super().__init__(**kw)
class CoopB:
    def __init__(self, **kw):
        print("CoopB", kw)
        super().__init__()
class Both(CoopA, CoopB):
    pass
Both(x=1)
class Left:
    def who(self): return "Left"
    val = "Left.val"
class Right:
    def who(self): return "Right"
    val = "Right.val"
    only_right = "only in Right"
class LR(Left, Right): pass
class RL(Right, Left): pass
print(LR().who(), RL().who(), LR.val, RL.val, LR.only_right)
