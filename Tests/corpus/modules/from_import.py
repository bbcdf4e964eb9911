from _helpers import greet, CONSTANT, Shape as Figure
from _helpers import read_constant
print(greet("x"), CONSTANT, Figure.sides, Figure.__name__)
CONSTANT = 0
print(CONSTANT, read_constant())
import _helpers
_helpers.CONSTANT = 99
print(read_constant(), CONSTANT)
