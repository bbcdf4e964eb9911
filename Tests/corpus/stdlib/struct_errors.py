# struct.error and the other exceptions, with CPython's exact messages.
import struct

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', result)

class Index:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value

values = [-1, 2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63 - 1, -2**31 - 1, -129, 1.5, 'x', None, Index(300)]
for order in ['', '<', '>', '=', '!']:
    for code in 'bBhHiIlLqQnNP':
        if order and code in 'nNP':
            continue
        for value in values:
            attempt(order + code, struct.pack, order + code, value)

for order in ['', '<', '>']:
    for code in 'efd':
        for value in [1e300, -1e300, 65520.0, 3.5e38, 10**400, 'x', None, b'1']:
            attempt(order + code, struct.pack, order + code, value)

attempt('c', struct.pack, 'c', b'ab')
attempt('c', struct.pack, 'c', 'a')
attempt('c', struct.pack, 'c', bytearray(b'a'))
attempt('c', struct.pack, 'c', 1)
attempt('s', struct.pack, 's', 'a')
attempt('p', struct.pack, 'p', 1)
attempt('count', struct.pack, 'i', 1, 2)
attempt('count', struct.pack, 'ii', 1)
attempt('count', struct.pack, 'x', 1)
attempt('count', struct.Struct('3h').pack, 1)
attempt('fmt', struct.pack, '3z')
attempt('fmt', struct.pack, '3')
attempt('fmt', struct.pack, '<3')
attempt('fmt', struct.pack, '3 i', 1)
attempt('fmt', struct.calcsize, '<P')
attempt('fmt', struct.calcsize, '>n')
attempt('fmt', struct.calcsize, 'i\0i')
attempt('fmt', struct.calcsize, b'\xff')
attempt('fmt', struct.calcsize, '\xe9')
attempt('fmt', struct.calcsize, 5)
attempt('fmt', struct.calcsize, bytearray(b'i'))
attempt('fmt', struct.calcsize, '9999999999999999999999i')
attempt('fmt', struct.calcsize, '99999999999999999q')
attempt('fmt', struct.Struct, 5)
attempt('fmt', struct.Struct)
attempt('fmt', struct.Struct, 'i', 1)

attempt('unpack', struct.unpack, 'i', b'123')
attempt('unpack', struct.unpack, 'i', b'12345')
attempt('unpack', struct.unpack, 'i', 'abcd')
attempt('unpack', struct.unpack, 'i', 5)
attempt('unpack', struct.unpack, 'i')
attempt('unpack', struct.Struct('i').unpack)
attempt('unpack', struct.Struct('i').unpack, b'1234', 1)
attempt('unpack_from', struct.unpack_from, 'i', b'1234', -1)
attempt('unpack_from', struct.unpack_from, 'i', b'1234', 1)
attempt('unpack_from', struct.unpack_from, 'i', b'1234', 5)
attempt('unpack_from', struct.unpack_from, 'i', b'1234', -5)
attempt('unpack_from', struct.unpack_from, '20s', b'1234', -10)
attempt('unpack_from', struct.unpack_from, 'i', b'123')
attempt('unpack_from', struct.unpack_from, 'i', b'12345678', 2**70)
attempt('unpack_from', struct.unpack_from, 'i', b'12345678', None)
attempt('unpack_from', struct.unpack_from, 'i', b'1234', 1.0)
attempt('unpack_from', struct.unpack_from, 'i')
attempt('unpack_from', struct.Struct('i').unpack_from)
attempt('iter_unpack', struct.iter_unpack, 'i', b'1234567')
attempt('iter_unpack', struct.iter_unpack, '0s', b'')
attempt('iter_unpack', lambda: list(struct.iter_unpack('x0i', b'')))
attempt('iter_unpack', struct.iter_unpack, 'i', 'abcd')
attempt('iter_unpack', struct.iter_unpack, 'i')
attempt('iter_unpack', struct.Struct('i').iter_unpack)

buffer = bytearray(6)
attempt('pack_into', struct.pack_into, 'i', buffer, 3, 1)
attempt('pack_into', struct.pack_into, 'i', buffer, -1, 1)
attempt('pack_into', struct.pack_into, 'i', buffer, -7, 1)
attempt('pack_into', struct.pack_into, 'i', buffer, 7, 1)
attempt('pack_into', struct.pack_into, '20s', buffer, -10, b'')
attempt('pack_into', struct.pack_into, 'i', b'123456', 0, 1)
attempt('pack_into', struct.pack_into, 'i', 5, 0, 1)
attempt('pack_into', struct.pack_into, 'i', buffer, 0)
attempt('pack_into', struct.pack_into, 'i', buffer)
attempt('pack_into', struct.pack_into, 'i')
attempt('pack_into', struct.pack_into)
attempt('pack_into', struct.pack_into, 'i', buffer, 2**70, 1)
attempt('pack_into', struct.pack_into, 'i', buffer, 'x', 1)
attempt('pack_into', struct.Struct('i').pack_into)
attempt('pack_into', struct.Struct('i').pack_into, buffer, 0, 1, 2)
print(buffer)
# A failing item leaves what CPython leaves: the area zeroed, earlier items written.
buffer = bytearray(b'\xaa' * 8)
attempt('pack_into', struct.pack_into, '<hhh', buffer, 1, 0x101, 'no', 3)
print(buffer)

attempt('pack', struct.pack)
attempt('pack', struct.pack, 'i', x=1)
attempt('pack', struct.Struct('i').pack, x=1)
attempt('calcsize', struct.calcsize)

class BadIndex:
    def __index__(self):
        return 'x'
class BadBool:
    def __bool__(self):
        raise ValueError('no truth')
class BadFloat:
    def __float__(self):
        raise KeyError('k')
attempt('index', struct.pack, 'i', BadIndex())
attempt('bool', struct.pack, '?', BadBool())
attempt('float', struct.pack, 'd', BadFloat())
attempt('index', struct.pack, '<q', Index(2**40))
attempt('index', struct.pack, '>Q', Index(-1))
for code, value in [('<e', 10**10), ('<f', 10**39), ('>Q', Index(2**64)), ('>q', Index(2**63)), ('P', Index(2**64)),
                    ('P', Index(-2**63 - 1)), ('e', Index(10**10)), ('<d', 10**400), ('>Q', -1), ('>q', 2**63)]:
    attempt('overflow', struct.pack, code, value)

try:
    struct.pack('>h', 40000)
except struct.error as e:
    print('caught', repr(e), e.args)
s = struct.Struct('i')
try:
    s.format = 'h'
except AttributeError:
    print('format is read-only')
print(s.format)
