# Counts and digits given through __index__ or as huge ints: no recursion, no trap.
class Raises:
    def __index__(self):
        raise ValueError("no index")


class Wrong:
    def __index__(self):
        return "three"


class Three:
    def __index__(self):
        return 3


for case in ["list.__mul__([1, 2], Raises())", "[1, 2] * Wrong()", "list.__mul__([1, 2], Wrong())",
             "list.__rmul__([1], Three())", "[0] * Three()", "list.__imul__([7], Three())",
             "[1][Wrong()]", "'ab' * Three()", "round(255, -3)", "round(255, -400)", "round(-5 * 10 ** 400, -401)",
             "round(5 * 10 ** 400, -400)", "round(255, Three())", "round(2.5, -400)", "round(2.5, 400)"]:
    try:
        print(case, "->", eval(case))
    except Exception as error:
        print(case, "->", type(error).__name__, error)
