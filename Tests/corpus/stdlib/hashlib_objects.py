# Hash objects: incremental updates equal one-shot hashing whatever the chunking, copy()
# is independent of its original, digest() leaves the object usable, the attributes,
# bytes-like inputs, SHAKE lengths, hashlib.new and file_digest.
import hashlib
import io

ALGORITHMS = sorted(hashlib.algorithms_guaranteed)
data = bytes((i * 31 + 11) & 0xFF for i in range(1000))


def final(h):
    return h.hexdigest(24) if h.name.startswith("shake") else h.hexdigest()


for name in ALGORITHMS:
    whole = final(hashlib.new(name, data))
    for size in (1, 3, 63, 64, 65, 127, 128, 129, 500):
        h = hashlib.new(name)
        for start in range(0, len(data), size):
            h.update(data[start:start + size])
        assert final(h) == whole, (name, size)
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, whole[:32])

print("copies")
for name in ALGORITHMS:
    a = hashlib.new(name, b"prefix ")
    b = a.copy()
    a.update(b"one")
    b.update(b"two")
    c = b.copy()
    print(name, final(a)[:16], final(b)[:16], final(c) == final(b),
          final(a) == final(hashlib.new(name, b"prefix one")), final(b) == final(hashlib.new(name, b"prefix two")))

print("digest leaves the object usable")
h = hashlib.sha256(b"abc")
first = h.digest()
print(first.hex() == h.hexdigest(), h.digest() == first)
h.update(b"def")
print(h.hexdigest() == hashlib.sha256(b"abcdef").hexdigest(), len(first), type(first).__name__)

print("bytes-like inputs")
for value in (b"hello world", bytearray(b"hello world"), memoryview(b"hello world"),
              memoryview(b"xxhello worldxx")[2:-2], memoryview(bytearray(b"hello world"))):
    print(type(value).__name__, hashlib.md5(value).hexdigest(), hashlib.sha1(value).hexdigest())

print("shake lengths")
for name in ("shake_128", "shake_256"):
    h = hashlib.new(name, b"shake it")
    for length in (0, 1, 16, 32, 135, 136, 137, 168, 169, 400):
        d = h.digest(length)
        print(name, length, len(d), d.hex()[-24:], h.hexdigest(length) == d.hex())
    print(h.digest(300)[:100] == h.digest(100))

print("hashlib.new")
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.new("sha512", b"x").name, hashlib.new("MD5").name, hashlib.new("blake2s", digest_size=8).digest_size)
print(hashlib.md5(b"a", usedforsecurity=False).hexdigest(), hashlib.sha3_256(string=b"x").hexdigest()[:16])
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(sorted(n for n in hashlib.__all__ if not n.startswith("sha")))

print("file_digest")
payload = bytes(range(256)) * 1000
print(hashlib.file_digest(io.BytesIO(payload), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(payload), hashlib.blake2s).hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), lambda: hashlib.sha3_224()).hexdigest())
path = "/tmp/tern_corpus_stdlib_hashlib_objects.bin"
with open(path, "wb") as f:
    f.write(payload * 3)
with open(path, "rb") as f:
    print(hashlib.file_digest(f, "sha1").hexdigest(), hashlib.sha1(payload * 3).hexdigest())
with open(path, "rb") as f:
    buffer = bytearray(8)
    print(f.readinto(buffer), buffer.hex(), f.readinto(memoryview(buffer)[2:5]), buffer.hex())
