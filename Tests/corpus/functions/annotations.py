def typed(a: int, b: str = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]

print(typed(1))
print(typed.__annotations__)
x: int = 5
y: list
print(x, __annotations__)
class Point:
    x: int
    y: int = 0
print(Point.__annotations__, Point.y)
