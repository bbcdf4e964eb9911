print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), Ellipsis is ..., type(...).__name__)
def placeholder():
    ...
print(placeholder())
print((1).__add__("x") is NotImplemented, bool(None) is False)
print([...], {"e": ...}, (1, ...))
