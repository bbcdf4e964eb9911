namespace = {"counter": 0}
def bump(ns):
    ns["counter"] += 1
    return ns["counter"]
print([bump(namespace) for _ in range(3)], namespace)
print(max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1]))
print(sorted(zip([3, 1, 2], "cab")), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
print(len(list(filter(None, map(lambda x: x % 3, range(10))))))
