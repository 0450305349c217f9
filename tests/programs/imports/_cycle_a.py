# helper: circular import partner of _cycle_b
print("start _cycle_a")
A_VALUE = "a"
import _cycle_b
print("in _cycle_a, _cycle_b.B_VALUE =", _cycle_b.B_VALUE)
def from_a():
    return "from_a sees " + _cycle_b.B_VALUE
