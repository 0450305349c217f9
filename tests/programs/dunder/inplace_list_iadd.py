# In-place operators on mutable containers mutate in place (identity preserved); tuples rebind; __iadd__ missing falls back
a = [1]
alias = a
a += [2]
a *= 2
print(a, alias, a is alias)
s = {1}
s_alias = s
s |= {2}
s &= {1, 2, 3}
s -= {9}
s ^= {5}
print(s, s is s_alias)
d = {"a": 1}
d_alias = d
d |= {"b": 2}
print(d, d is d_alias)
b = bytearray(b"x")
b_alias = b
b += b"y"
b *= 2
print(b, b is b_alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
st = "x"
st2 = st
st += "y"
print(st, st2)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o_alias = o
o += 5
print(o.v, o_alias.v, o is o_alias)
a = [1, 2]
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
a += "cd"
a += range(2)
print(a)
