# repr() of a class whose metaclass is a Python class (abc.ABCMeta among them).
class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

class Child(WithMeta):
    pass

print(repr(WithMeta), repr(Child), repr(Meta), str(WithMeta))
print(type.__repr__(WithMeta), f'{Child!r}')
