def run_all(tasks):
    errors = []
    for name, task in tasks:
        try:
            task()
        except Exception as error:
            errors.append(error)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)

tasks = [
    ("ok", lambda: None),
    ("bad value", lambda: int("x")),
    ("missing key", lambda: {}["k"]),
    ("bad type", lambda: len(3)),
    ("another value", lambda: float("y")),
]
try:
    run_all(tasks)
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions])
except* (KeyError, TypeError) as group:
    print("lookups/types:", [type(e).__name__ for e in group.exceptions])

group = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), ValueError(3)])])
print(repr(group.message), len(group.exceptions), str(group))
matched, rest = group.split(ValueError)
print(matched.exceptions[0], [type(e).__name__ for e in rest.exceptions])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    try:
        raise ExceptionGroup("only keys", [KeyError("a")])
    except* ValueError:
        print("not reached")
except ExceptionGroup as remaining:
    print("unhandled part re-raised:", remaining.message, remaining.exceptions)
