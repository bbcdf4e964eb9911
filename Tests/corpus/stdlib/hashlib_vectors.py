# Digests of every guaranteed algorithm against CPython: the standard test inputs
# (FIPS 180-4 / RFC 1321 / FIPS 202 examples) and lengths on both sides of each
# block boundary (55/56/63/64/65 for 64-byte blocks, 111/112/127/128/129 for 128-byte
# ones, and the SHA-3 rates 72/104/136/144/168).
import hashlib

ALGORITHMS = sorted(hashlib.algorithms_guaranteed)


def show(name, data):
    h = hashlib.new(name, data)
    text = h.hexdigest(40) if name.startswith("shake") else h.hexdigest()
    print(f"{name:9} {len(data):4} {text}")


print(ALGORITHMS)
standard = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            b"The quick brown fox jumps over the lazy dog", b"message digest"]
for name in ALGORITHMS:
    for data in standard:
        show(name, data)
    show(name, b"a" * 1000000)

lengths = [0, 1, 55, 56, 57, 63, 64, 65, 71, 72, 73, 103, 104, 105, 111, 112, 113, 127, 128, 129,
           135, 136, 137, 143, 144, 145, 167, 168, 169, 255, 256, 257]
pattern = bytes((i * 7 + 3) & 0xFF for i in range(300))
for name in ALGORITHMS:
    for n in lengths:
        show(name, pattern[:n])
