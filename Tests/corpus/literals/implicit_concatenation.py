s = "abc" 'def' """ghi"""
print(s)
t = ("first "
     "second "
     'third')
print(t)
b = b"ab" b'cd'
print(b)
x = 42
print(f"x={x}" " plain " f"{x + 1}")
print("raw" r"\n" "cooked\n", end="|\n")
print(len("a" "b" "c"))
