# __class_getitem__ for generic-style subscription of classes; builtin generic aliases
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Box):
    pass
print(Sub[str])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, dict[str, list[int]])
print(isinstance(list[int], type), type[int], set[str] == set[str], list[int] == list[str])
class CG:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(CG[3])
class Inst:
    def __getitem__(self, k):
        return "instance getitem " + repr(k)
    def __class_getitem__(cls, k):
        return "class getitem " + repr(k)
print(Inst()[1], Inst[1])
