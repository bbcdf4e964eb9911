def encode_record(name, age, score):
    raw = name.encode("utf-8")
    return bytes([len(raw)]) + raw + age.to_bytes(1, "big") + score.to_bytes(4, "big", signed=True)

def decode_record(data, pos):
    length = data[pos]
    pos += 1
    name = data[pos:pos + length].decode("utf-8")
    pos += length
    age = data[pos]
    pos += 1
    score = int.from_bytes(data[pos:pos + 4], "big", signed=True)
    return (name, age, score), pos + 4

stream = b"".join(encode_record(*r) for r in [("ann", 31, 1000), ("bö", 7, -42), ("", 0, 2 ** 31 - 1)])
print(stream.hex())
print(len(stream))
pos = 0
while pos < len(stream):
    record, pos = decode_record(stream, pos)
    print(record)
