nums = range(-3, 4)
print(["neg" if n < 0 else "zero" if n == 0 else "pos" for n in nums])
print([abs(n) for n in nums if n])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
print(sum(n if n > 0 else 0 for n in nums), [n or "zero" for n in nums])
