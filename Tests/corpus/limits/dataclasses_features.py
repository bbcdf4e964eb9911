# dataclasses: generated methods, fields, ordering, frozen instances, helpers.
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
    count: ClassVar[int] = 0


p = Point(1, 2)
print(p, p == Point(1, 2), p < Point(2, 0), p >= Point(1, 2))
print(dataclasses.asdict(p), dataclasses.astuple(p))
print([(f.name, f.type, f.compare) for f in dataclasses.fields(Point)])
print(dataclasses.replace(p, y=5), dataclasses.is_dataclass(p), dataclasses.is_dataclass(int))
print(Point.__match_args__, Point.count)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "b"


try:
    Frozen(1).a = 2
except dataclasses.FrozenInstanceError as error:
    print(type(error).__name__, error)
print(hash(Frozen(1)) == hash(Frozen(1)), {Frozen(1), Frozen(1)})


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(WithPost(4))


@dataclass
class Base:
    x: int


@dataclass
class Derived(Base):
    y: str = "y"


print(Derived(1), [f.name for f in dataclasses.fields(Derived)])

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as error:
    print("TypeError", error)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as error:
    print("ValueError", error)

Made = dataclasses.make_dataclass("Made", [("u", int), ("v", str, field(default="v"))])
print(Made(3), Made.__name__)


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__eq__ is object.__eq__)


@dataclass(kw_only=True)
class KeywordOnly:
    a: int
    b: int = 2


print(KeywordOnly(a=1))
try:
    KeywordOnly(1)
except TypeError as error:
    print("TypeError", error)


@dataclass(slots=True)
class Slotted:
    a: int


print(Slotted(5), Slotted.__slots__, hasattr(Slotted(5), "__dict__"))
