# CPython's own enum module, run unchanged from its standard library.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, [m.name for m in Color])
print(Color.RED == Color.RED, Color.RED == 1, isinstance(Color.RED, Color), hash(Color.RED) == hash(Color.RED))
print(Color.__members__.keys())


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


print(Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.HIGH))


class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()


both = Permission.READ | Permission.WRITE
print(both, Permission.READ in both, Permission.EXECUTE in both, ~Permission.READ, bool(Permission(0)))
print(list(both), both.value)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(Mode.R | Mode.W, Mode(7), int(Mode.R | Mode.X), Mode.R & 6)

try:
    Color(7)
except ValueError as error:
    print("ValueError:", error)

try:
    @unique
    class Twice(Enum):
        A = 1
        B = 1
except ValueError as error:
    print("ValueError:", error)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)


print(round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, type(Animal).__name__)
print(enum.StrEnum, isinstance(Color, enum.EnumMeta))
