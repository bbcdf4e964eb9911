def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(i) for i in range(6)], is_odd(301))

def flatten(value):
    if isinstance(value, list):
        result = []
        for item in value:
            result.extend(flatten(item))
        return result
    return [value]

print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
def count_paths(rows, cols, memo={}):
    if rows == 1 or cols == 1:
        return 1
    key = (rows, cols)
    if key not in memo:
        memo[key] = count_paths(rows - 1, cols) + count_paths(rows, cols - 1)
    return memo[key]
print(count_paths(10, 10), count_paths(17, 17))
