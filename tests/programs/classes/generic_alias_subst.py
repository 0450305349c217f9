# types.GenericAlias and types.UnionType substitution: TypeVarTuple, unpacked tuples,
# subclasses of GenericAlias (collections.abc.Callable) and unions with parameters.
import collections.abc as cabc
import types
from typing import Tuple, TypeVar, TypeVarTuple, ParamSpec

T = TypeVar("T")
T1 = TypeVar("T1")
T2 = TypeVar("T2")
Ts = TypeVarTuple("Ts")
P = ParamSpec("P")

cases = [
    ("tuple[*Ts]", lambda: tuple[*Ts][int, str]),
    ("tuple[*Ts][()]", lambda: tuple[*Ts][()]),
    ("tuple[T, *Ts][int]", lambda: tuple[T, *Ts][int]),
    ("tuple[*Ts, T][int, str, bool]", lambda: tuple[*Ts, T][int, str, bool]),
    ("tuple[T1, *Ts, T2][*tuple[int, ...]]", lambda: tuple[T1, *Ts, T2][*tuple[int, ...]]),
    ("list[T][*tuple[int]]", lambda: list[T][*tuple[int]]),
    ("dict[T1, T2][*tuple[int, str]]", lambda: dict[T1, T2][*tuple[int, str]]),
    ("dict[T1, T2][int, *Tuple[str]]", lambda: dict[T1, T2][int, *Tuple[str]]),
    ("tuple[list[T], *Ts][int, str]", lambda: tuple[list[T], *Ts][int, str]),
    ("dict[T, list[T]][int]", lambda: dict[T, list[T]][int]),
    ("list[T][int, str]", lambda: list[T][int, str]),
    ("dict[T1, T2][int]", lambda: dict[T1, T2][int]),
    ("list[int][int]", lambda: list[int][int]),
    ("(int | list[T])[str]", lambda: (int | list[T])[str]),
    ("(int | list[T]).__parameters__", lambda: (int | list[T]).__parameters__),
    ("(int | str)[int]", lambda: (int | str)[int]),
    ("Callable[[int], str]", lambda: cabc.Callable[[int], str]),
    ("Callable[[], str]", lambda: cabc.Callable[[], str]),
    ("Callable[P, T][[int, str], bool]", lambda: cabc.Callable[P, T][[int, str], bool]),
    ("Callable[[int], T][str].__args__", lambda: cabc.Callable[[int], T][str].__args__),
    ("type(Callable[[int], str])", lambda: type(cabc.Callable[[int], str]).__name__),
    ("list[len]", lambda: list[len]),
]
for name, make in cases:
    try:
        print(name, "->", make())
    except TypeError as e:
        print(name, "-> TypeError:", e)


class Alias(types.GenericAlias):
    pass


a = Alias(list, int)
print(type(a).__name__, a, a.__args__)
try:
    types.GenericAlias(list)
except TypeError as e:
    print("TypeError:", e)
