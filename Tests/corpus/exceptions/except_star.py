# except* (PEP 654): which clause gets which part of a group, naked exceptions,
# re-raising, new exceptions raised in clauses, what is left, else and finally.
import sys


def show(label, error):
    if isinstance(error, BaseExceptionGroup):
        inner = [show_inner(e) for e in error.exceptions]
        print(label, type(error).__name__, repr(error.message), inner)
    else:
        print(label, type(error).__name__, error)


def show_inner(error):
    if isinstance(error, BaseExceptionGroup):
        return (type(error).__name__, error.message, [show_inner(e) for e in error.exceptions])
    return repr(error)


def run(body):
    try:
        body()
    except BaseException as error:
        show("escaped:", error)
    else:
        print("nothing escaped")


def naked():
    try:
        raise ValueError("plain")
    except* ValueError as group:
        show("caught naked:", group)
        print("exc_info is the group:", sys.exc_info()[1] is group)


run(naked)


def split_among_clauses():
    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as group:
        show("values:", group)
    except* (TypeError, KeyError) as group:
        show("others:", group)


run(split_among_clauses)


def nested():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), OSError("d")])
    except* ValueError as group:
        show("values:", group)


run(nested)


def reraise_part():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        print("types handled")


run(reraise_part)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from a clause")
    except* TypeError:
        pass


run(raise_new)


def raise_new_and_leave_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as group:
        raise KeyError("new") from group


def check_cause():
    try:
        raise_new_and_leave_rest()
    except BaseException as error:
        show("escaped:", error)
        for inner in error.exceptions:
            if isinstance(inner, KeyError):
                show("  its cause:", inner.__cause__)


check_cause()


def nothing_matches():
    try:
        raise ValueError("untouched")
    except* TypeError:
        print("not reached")


run(nothing_matches)


def with_else_and_finally(fail):
    try:
        if fail:
            raise ExceptionGroup("eg", [ValueError("x")])
        print("body ran")
    except* ValueError:
        print("clause ran")
    else:
        print("else ran")
    finally:
        print("finally ran")


run(lambda: with_else_and_finally(True))
run(lambda: with_else_and_finally(False))


def handled_name_deleted():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as group:
        pass
    try:
        group
    except NameError as error:
        print(error)


handled_name_deleted()


def clause_with_group_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


run(clause_with_group_type)


def clause_with_non_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass


run(clause_with_non_exception)


def previous_exception_restored():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            pass
        print("after:", repr(sys.exc_info()[1]))


previous_exception_restored()


def in_a_loop():
    seen = []
    for value in range(4):
        try:
            if value % 2:
                raise ExceptionGroup("odd", [ValueError(value)])
            raise ExceptionGroup("even", [TypeError(value)])
        except* ValueError as group:
            seen.append(("V", group.exceptions[0].args[0]))
        except* TypeError as group:
            seen.append(("T", group.exceptions[0].args[0]))
    print(seen)


in_a_loop()
