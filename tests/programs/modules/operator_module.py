# The pure operator.py takes its functions from _operator.
import sys
if '/usr/lib/python3.11' not in sys.path:
    sys.path.append('/usr/lib/python3.11')
import operator
import _operator
print(operator.add is _operator.add, operator.__add__ is _operator.add, operator.attrgetter is _operator.attrgetter)
print(operator.itemgetter(1)('ab'), operator.__doc__ == _operator.__doc__, operator.__all__[:5])
print(all(getattr(operator, n) is getattr(_operator, n) for n in dir(_operator) if not n.startswith('_')))
print(operator.add.__module__, operator.attrgetter.__module__, operator.attrgetter.__name__)
print(operator.methodcaller('upper')('x'), operator.countOf('aab', 'a'), operator.ixor(5, 1))
