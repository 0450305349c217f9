# types.GenericAlias: unpacking (*tuple[int]), __parameters__ and substitution.
import copy
import pickle
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")

u = (*tuple[int],)[0]
print(u, u.__unpacked__, tuple[int].__unpacked__, u == tuple[int], hash(u) == hash(tuple[int]))
print(list(iter(u)), [*tuple[int, str]], tuple[*tuple[int, ...]], tuple[str, *tuple[int, ...]])
print(u.__typing_unpacked_tuple_args__, list[int].__typing_unpacked_tuple_args__, (*tuple[int, ...],)[0].__typing_unpacked_tuple_args__)
print(list[T].__parameters__, dict[K, list[T]].__parameters__, dict[T, T].__parameters__, list[int].__parameters__)
print(list[T][int], dict[str, T][bytes], dict[K, list[T]][int, str], dict[K, T][T, K])
print(type(list[T][int]).__name__, list[T][int] == list[int])
for expr in ("list[int][int]", "dict[T, T][int, str]", "dict[K, T][int]"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError", e)
print(copy.copy(list[T]), copy.deepcopy(dict[str, T]), pickle.loads(pickle.dumps(list[int])))
print(list[int].__reduce__()[0] is type(list[int]), list[T].__origin__, list[T].__args__)
try:
    list.__reduce_ex__(4)
except TypeError as e:
    print("TypeError", e)
import copy, pickle
from typing import TypeVar
T = TypeVar("T")
u = (*tuple[int],)[0]
it = iter(tuple[int])
print(type(it).__name__, next(it), list(it))
for a in (u, (*tuple[T, ...],)[0]):
    print(copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a)), pickle.loads(pickle.dumps(a)) == a)
it = iter(tuple[int])
print(pickle.loads(pickle.dumps(it)).__next__())
next(it)
print(list(pickle.loads(pickle.dumps(it))))
print(u.__reduce__()[0] is next)
import os, types
print(enumerate[int], types.MappingProxyType[str, int], types.AsyncGeneratorType[int, None], os.DirEntry[str])
d = set(dir(list[int]))
print(d.issuperset(dir(list)), "__origin__" in d, "__args__" in d, "__parameters__" in d)
t = list[int]
a = t()
t.append(a, "foo")
print(a, t.__getitem__(a, 0), t.__len__(a))
