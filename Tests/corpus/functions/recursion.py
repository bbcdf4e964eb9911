def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def hanoi(n, source, target, spare, moves):
    if n == 0:
        return moves
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)
    return moves

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append(items[i:i + 1] + rest)
    return result

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([fib(i) for i in range(15)])
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(permutations("abc"))
print(ackermann(2, 3))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
