# == between objects whose types have no __eq__ but object's (identity), next to types that
# define one (a subclass's reflected __eq__ first), and iter(f, None) sentinels (re.finditer).
import re
class A: pass
class B:
    def __eq__(self, o): return "B-eq"
class C(A):
    def __eq__(self, o): return "C-eq"
a, a2 = A(), A()
print(a == a, a == a2, a != a2, None == a, a == None, A() == B(), B() == A(), a == C(), C() == a, [a] == [a2], (a,) == (a,))
print(object() == object(), type(None).__eq__(None, 1), None.__eq__(None))

text = "ab12 cd34 " * 100000
n = sum(1 for m in re.finditer(r"\d+", text))
print(n)
