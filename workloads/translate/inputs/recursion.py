"""Deep and unbounded recursion: the stack checks turn overflow into RecursionError."""


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def forever(n):
    return forever(n + 1) + 1


def even(n):
    if n == 0:
        return True
    return odd(n - 1)


def odd(n):
    if n == 0:
        return False
    return even(n - 1)


def main():
    print("depth", depth(500))
    print("even", even(400), odd(401), even(7))
    try:
        forever(0)
    except RecursionError:
        print("recursion caught")
    print("after")


main()
