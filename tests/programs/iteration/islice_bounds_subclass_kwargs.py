# islice accepts bounds up to sys.maxsize (a ValueError beyond); filter/map subclasses refuse
# keywords unless they define __init__; array is a MutableSequence.
from itertools import islice, count
import sys, array, collections.abc

print(len(list(islice(count(), 1, 10, sys.maxsize))), list(islice(range(5), 0, sys.maxsize)))
print(list(islice(range(5), 2, None, sys.maxsize)), list(islice(range(10), sys.maxsize)))
for a in [(2**64,), (1, 2**64), (0, None, 2**70), (0, None, -sys.maxsize - 1), ('a',), (1, 10, 0)]:
    try:
        print(list(islice(range(3), *a)))
    except ValueError as e:
        print("ValueError", e)

for cls, args in [(filter, (None, [0, 1])), (map, (str, [1, 2]))]:
    class sub(cls):
        pass
    print(list(sub(*args)))
    try:
        sub(*args, newarg=3)
    except TypeError as e:
        print("TypeError", e)
    class with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = with_init(*args, newarg=3)
    print(list(u), u.newarg)

print(isinstance(array.array('B'), collections.abc.MutableSequence), issubclass(array.array, collections.abc.Sequence))
