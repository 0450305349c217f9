# Circular imports see partially initialized modules
import _cycle_a
print(_cycle_a.from_a())
import _cycle_b
print(_cycle_b.B_VALUE, _cycle_b._cycle_a is _cycle_a)
