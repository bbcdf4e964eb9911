# A tokenizer's two hot operations: text[pos] (one character, ASCII or not, negative,
# out of range, bool and big-int indexes) and `char in FROZENSET` (str and int items, str
# subclasses, objects equal to a member, unhashable items).
text = "ab=1\n é€𝄞"
print([text[i] for i in range(len(text))], [text[-i] for i in range(1, len(text) + 1)])
print(text[True], text[False], text[len(text) - 1] == "𝄞")
for bad in [len(text), -len(text) - 1, 2**70, -2**70, "0", 1.0, None]:
    try:
        print(text[bad])
    except (IndexError, TypeError) as error:
        print(type(error).__name__, error)

DIGITS = frozenset("0123456789")
WS = {" ", "\t"}
NUMBERS = frozenset({1, 2, 3, 2**65})
counts = {"digit": 0, "space": 0, "other": 0}
for char in "a1 2\tb3 é9":
    if char in DIGITS:
        counts["digit"] += 1
    elif char in WS:
        counts["space"] += 1
    else:
        counts["other"] += 1
print(counts, 2 in NUMBERS, 2**65 in NUMBERS, 2.0 in NUMBERS, True in NUMBERS, 4 in NUMBERS)


class Text(str):
    pass


class LooksLikeOne:
    def __hash__(self):
        return hash("1")

    def __eq__(self, other):
        print("eq with", repr(other))
        return other == "1"


print(Text("1") in DIGITS, Text("x") in DIGITS, LooksLikeOne() in DIGITS, "" in DIGITS, "12" in DIGITS)
print(frozenset("ab") in {frozenset("ab")}, {"a", "b"} in {frozenset("ab")})
for bad in [["1"], {"1": 1}]:
    try:
        print(bad in DIGITS)
    except TypeError as error:
        print("TypeError", error)
