# complex numbers: literals, arithmetic, repr, parsing, comparison and hashing.
print(1j, 2.5j, 1e2j, 0j, -1j, -(0j), complex(-0.0, -1))
print(1 + 2j, (1 + 2j) * (3 - 1j), (1j) ** 2, (1 + 1j) / (2 - 1j), 2 ** 0.5j)
print(abs(3 + 4j), (2 + 3j).real, (2 + 3j).imag, complex(1, -1), (1 - 1j).conjugate(), type(1j))
print(complex("1+2j"), complex("-3.5j"), complex(" (2-1j) "), complex(3), complex(), complex(1, 2j))
print(1 + 0j == 1, 1j == 1j, bool(0j), bool(1j), hash(1 + 0j) == hash(1), (-8) ** (1 / 3))
print(round(abs((1+2j) ** 3), 6), 3 - 1j + 2, [1j * k for k in range(3)])
try:
    1j < 2j
except TypeError as e:
    print(e)
