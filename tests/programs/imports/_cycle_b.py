# helper: circular import partner of _cycle_a
print("start _cycle_b")
import _cycle_a
print("in _cycle_b, partial _cycle_a has A_VALUE:", hasattr(_cycle_a, "A_VALUE"), "from_a:", hasattr(_cycle_a, "from_a"))
B_VALUE = "b"
