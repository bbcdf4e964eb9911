try:
    {[1, 2]}
except TypeError as error:
    print("TypeError:", error)
try:
    {1}.add({2})
except TypeError as error:
    print("TypeError:", error)
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1})
print({1, 1.0, True}, len({0, 0.0, False, -0.0}))
print(set([3, 2, 1]) == {1, 2, 3}, {()} , {(1, 2), (1, 2)})
