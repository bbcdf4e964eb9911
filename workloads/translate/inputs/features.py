"""Exercises the subset's builtins, methods and control flow, printing each result."""

COUNTER = 0
NAMES = ["delta", "alpha", "charlie", "bravo"]


class BaseError(Exception):
    pass


class DerivedError(BaseError):
    def __init__(self, value):
        BaseError.__init__(self, "derived " + str(value))
        self.value = value


class Counter:
    def __init__(self, start):
        self.count = start

    def bump(self):
        global COUNTER
        COUNTER += 1
        self.count += 1
        return self.count

    def __str__(self):
        return "Counter(" + str(self.count) + ")"


def fails(depth):
    if depth == 0:
        raise DerivedError(42)
    return fails(depth - 1) + 1


def strings():
    text = "  Hello, World  "
    print(text.strip(), text.lstrip(), text.rstrip() + "|", text.upper(), text.lower())
    print("a-b-c".split("-"), "one two  three".split(), "-".join(["x", "y", "z"]))
    print("hello".startswith("he"), "hello".endswith("lo"), "hello".find("l"), "hello".find("z"))
    print("banana".replace("an", "AN"), "banana".count("a"), "12".isdigit(), "ab".isalpha(), " ".isspace())
    print(repr("it's"), repr('say "hi"'), repr("tab\there"), str(3) + str(2.5) + str(True))
    print("abc"[1], "abc"[-1], "abcdef"[2:4], "abcdef"[:2], "abcdef"[3:], "abc" * 3, "b" in "abc")
    print(ord("A"), chr(66), len("hello"), int("  42 "), float("2.5"), "x" < "y", "abc" == "ab" + "c")


def numbers():
    print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7 / 2, 1 / 3, 2.0 / 3.0, -0.5)
    print(abs(-3), abs(-2.5), min(3, 1, 2), max(1.5, 2.5), min([4, 2, 8]), max(["b", "a"]))
    print(int(3.9), int(-3.9), float(7), 10.0 // 3.0, 10.0 % 3.0, -10.0 % 3.0, 1e100, 1.5e-10)
    print(0.1 + 0.2, 100.0, 1234567.125, 1e15, 1e16, 3.0 * 1.1, 2 * 3 + 4 * 5 - 6)
    print(True and False, True or False, not True, 0 or 5, 3 and 4, None is None, 1 < 2 < 3)


def containers():
    items = [5, 3, 8, 1]
    items.append(9)
    items.insert(0, 7)
    items.extend([2, 6])
    print(items, len(items), items.index(8), items.count(3), 8 in items, 4 not in items)
    items.remove(3)
    popped = items.pop()
    first = items.pop(0)
    items.sort()
    print(items, popped, first, items[-2:], items[:-2])
    items.reverse()
    print(items, items + [0], [1, 2] * 2, [x * x for x in items if x > 4])
    table = {"b": 2, "a": 1}
    table["c"] = 3
    print(table, table.get("a", 0), table.get("z", -1), "b" in table, len(table))
    print(len(table.keys()), len(table.values()), len(table.items()))
    for key in table.keys():
        print(key, table[key])
    removed = table.pop("b")
    print(removed, table, table.copy())
    squares = {}
    for number in range(5):
        squares[number] = number * number
    total = 0
    for number, value in squares.items():
        total += number * value
    print(squares, total)
    pair = (1, "one", 1.5)
    a, b, c = pair
    print(pair, a, b, c, pair[1], len(pair))
    nested = [[1, 2], [3]]
    nested[1].append(4)
    print(nested, [len(row) for row in nested])


def control():
    result = []
    for i in range(10, 0, -3):
        result.append(i)
    j = 0
    while j < 20:
        j += 1
        if j % 2 == 0:
            continue
        if j > 9:
            break
        result.append(j)
    print(result)
    for index, name in enumerate(NAMES):
        if index % 2 == 0:
            print(index, name)
    label = "big" if len(result) > 5 else "small"
    print(label)
    a, b = 0, 1
    for step in range(30):
        a, b = b, a + b
    print("fibonacci", a, b)


def exceptions():
    try:
        fails(3)
    except BaseError as error:
        print("caught", error, isinstance(error, DerivedError))
    try:
        try:
            print([1][3])
        except KeyError:
            print("wrong handler")
    except IndexError as error:
        print("outer caught", error)
    try:
        {"a": 1}["b"]
    except KeyError as error:
        print("key error", error)
    try:
        print(1 // 0)
    except ZeroDivisionError as error:
        print("zero", error)
    try:
        int("nope")
    except ValueError as error:
        print("value", error)
    try:
        raise RuntimeError("plain")
    except Exception as error:
        print("generic", error)


def main():
    strings()
    numbers()
    containers()
    control()
    exceptions()
    counter = Counter(10)
    counter.bump()
    counter.bump()
    print(counter, str(counter), COUNTER)
    raise DerivedError(7)


main()
