import _cycle_a
print(_cycle_a.A_LATE, _cycle_a.from_b())
import _cycle_b
print(_cycle_b.B_VALUE)
