def documented(a, b=2, *args, c, d=4, **kw):
    """Return a sum."""
    local = a + b
    return local

print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__qualname__, documented(1, c=0))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
documented.custom = "attached"
print(documented.custom, callable(documented), type(documented).__name__)
print(documented.__module__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc())
