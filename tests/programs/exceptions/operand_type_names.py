# Operator errors name types by CPython's tp_name: a type from an extension module is
# "module.name" (collections.deque), builtins and class-statement classes by their bare name.
import collections, itertools

class Mine:
    pass

def show(f):
    try:
        f()
    except TypeError as e:
        print(e)

show(lambda: itertools.count() + 1)
show(lambda: 1 - collections.deque())
show(lambda: collections.deque() < 1)
show(lambda: Mine() * Mine())
show(lambda: pow(itertools.count(), 2))
show(lambda: [] < 1)
show(lambda: 1 @ 2)
# Descriptors applied to the wrong object name both types the same way.
show(lambda: collections.deque.append(1, 2))
show(lambda: collections.deque.__len__(1))
show(lambda: list.append(collections.deque(), 1))
show(lambda: collections.deque.__len__())
