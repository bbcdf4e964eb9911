# The forms __slots__ takes and the checks type() makes on them.
class Str:
    __slots__ = 'only'
print(Str.only, Str.__slots__)

class FromList:
    __slots__ = ['b', 'a']
print([k for k in FromList.__dict__ if not k.startswith('__')])

class FromDict:
    __slots__ = {'first': 'the first', 'second': None}
print(FromDict.first, FromDict.first.__doc__, type(FromDict.__slots__).__name__)

class FromIterator:
    __slots__ = iter(('m', 'n'))
f = FromIterator()
f.m, f.n = 1, 2
print(FromIterator.m, FromIterator.n, f.m + f.n, type(FromIterator.__slots__).__name__)

class Private:
    __slots__ = ('__hidden', '__dunder__', 'plain')
    def __init__(self):
        self.__hidden = 'h'
    def reveal(self):
        return self.__hidden
print(sorted(k for k in Private.__dict__ if k not in ('__module__', '__slots__', '__init__', 'reveal', '__doc__')))
print(Private().reveal(), Private()._Private__hidden, Private._Private__hidden)

class _Underscored:
    __slots__ = ('__x',)
print(_Underscored._Underscored__x)

print(list(type('Made', (), {'__slots__': ('z', 'y'), 'k': 1}).__dict__))

for bad in [(1,), ('not an identifier',), ('1a',), ('__dict__', '__dict__'), ('__weakref__', '__weakref__')]:
    try:
        type('Bad', (), {'__slots__': bad})
    except TypeError as e:
        print('TypeError:', e)
try:
    class Conflict:
        __slots__ = ('a', 'b')
        b = 1
except ValueError as e:
    print('ValueError:', e)
try:
    class PrivateConflict:
        __slots__ = ('__p',)
        _PrivateConflict__p = 1
except ValueError as e:
    print('ValueError:', e)

class HasDict:
    pass
for extra in ('__dict__', '__weakref__'):
    try:
        type('Again', (HasDict,), {'__slots__': (extra,)})
    except TypeError as e:
        print('TypeError:', e)
for base in (int, tuple, bytes):
    try:
        type('Sized', (base,), {'__slots__': ('a',)})
    except TypeError as e:
        print('TypeError:', e)
print(type('EmptyInt', (int,), {'__slots__': ()})(3) + 1)

import weakref
class WithDictAndRef:
    __slots__ = ('a', '__dict__', '__weakref__')
w = WithDictAndRef()
w.a, w.other = 1, 2
print(w.a, w.other, weakref.ref(w)() is w, sorted(k for k in WithDictAndRef.__dict__ if k == 'a'))
class NoRef:
    __slots__ = ('a',)
try:
    weakref.ref(NoRef())
except TypeError as e:
    print('TypeError:', e)
