# code.replace() on code that holds nested code (inner functions, comprehensions,
# lambdas) and big constants: the copy shares the constants, as CPython's does, and
# runs; names, local names and error messages still come from the loaded code.


def outer(n):
    scale = 3
    big = 12345678901234567890

    def inner(k):
        return k * scale + len("nested")

    squares = [x * x for x in range(n)]
    pick = lambda s: s[-1]
    return inner(n) + pick(squares) + big % 1000


code = outer.__code__
copy = code.replace(co_name="outer_copy")
print(copy.co_name, copy.co_varnames == code.co_varnames, copy.co_names == code.co_names)
print(all(a is b for a, b in zip(copy.co_consts, code.co_consts)), len(copy.co_consts) == len(code.co_consts))
outer.__code__ = copy
print(outer(5), outer(7))
print(outer.__code__.co_varnames[:3], outer.__code__.co_names)


def unbound():
    print(later)
    later = 1


try:
    unbound.__code__.replace(co_name="unbound_again")
    unbound()
except UnboundLocalError as error:
    print(type(error).__name__, error)


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return "child of " + super().hello()


Child.hello.__code__ = Child.hello.__code__.replace(co_name="hello2")
print(Child().hello())


def with_locals(a, b=2):
    c = a + b
    import sys
    return sorted(sys._getframe().f_locals)


print(with_locals(1))
print(with_locals.__code__.replace(co_firstlineno=99).co_varnames)
