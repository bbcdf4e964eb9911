print("start _cycle_a")
A_EARLY = "a early"
import _cycle_b
A_LATE = "a late"
def from_b():
    return _cycle_b.B_VALUE
print("end _cycle_a")
