print("start _cycle_b")
import _cycle_a
B_VALUE = "b value"
print("_cycle_b sees", _cycle_a.A_EARLY, hasattr(_cycle_a, "A_LATE"))
print("end _cycle_b")
