# BLAKE2b and BLAKE2s with their parameters: digest sizes, keys (RFC 7693's keyed
# vectors use the key 00..3f), salt, personalization, tree parameters, and the
# class constants.
import hashlib

print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc").hexdigest())
for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    top = cls.MAX_DIGEST_SIZE
    for size in (1, 2, 16, 20, 31, 32, top - 1, top):
        if size <= top:
            h = cls(b"digest size", digest_size=size)
            print(size, h.digest_size, h.hexdigest())
    key = bytes(range(top))
    message = bytes(range(256))
    for n in (0, 1, 63, 64, 65, 127, 128, 129, 255):
        print("keyed", n, cls(message[:n], key=key).hexdigest()[:32])
    print(cls(key=b"k").hexdigest()[:32], cls(b"", key=b"").hexdigest() == cls().hexdigest())
    salt = b"S" * cls.SALT_SIZE
    person = b"P" * cls.PERSON_SIZE
    print(cls(b"x", salt=salt).hexdigest()[:32], cls(b"x", salt=b"s").hexdigest()[:32])
    print(cls(b"x", person=person).hexdigest()[:32], cls(b"x", person=b"me").hexdigest()[:32])
    print(cls(b"x", key=b"key", salt=b"salt", person=b"me", digest_size=20).hexdigest())
    print(cls(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=top // 2).hexdigest()[:32])
    print(cls(b"tree", fanout=0, depth=255, leaf_size=2**32 - 1, node_depth=255, inner_size=top, last_node=True).hexdigest()[:32])
    print(cls(b"tree", last_node=True).hexdigest()[:32], cls(b"tree", last_node=False).hexdigest()[:32])
    h = cls(key=b"secret", digest_size=10)
    h.update(b"part one, ")
    c = h.copy()
    h.update(b"part two")
    print(h.hexdigest(), c.hexdigest(), c.digest_size, c.name, c.block_size)
    print(hashlib.new(cls.__name__, b"x", digest_size=12).hexdigest())
print(hashlib.blake2s(node_offset=2**48 - 1).hexdigest()[:16], hashlib.blake2b(node_offset=2**64 - 1).hexdigest()[:16])
