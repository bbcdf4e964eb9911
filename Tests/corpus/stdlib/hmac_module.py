# hmac over hashlib: RFC 2104 / RFC 4231 vectors, every digestmod form, copy(),
# hmac.digest, compare_digest on bytes and ASCII str, and pbkdf2_hmac (hashlib's
# pure-Python one warns that it is deprecated where OpenSSL is missing: the warning
# is silenced, the keys compared).
import hashlib
import hmac
import warnings

print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5").hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha1).hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", digestmod=hashlib.sha256).hexdigest())
# RFC 4231 test cases 1, 2, 6 and 7 (a key longer than the block).
cases = [(b"\x0b" * 20, b"Hi There"), (b"Jefe", b"what do ya want for nothing?"),
         (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
         (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than block-size data."
                         b" The key needs to be hashed before being used by the HMAC algorithm.")]
for key, message in cases:
    for name in ("sha224", "sha256", "sha384", "sha512"):
        print(name, hmac.new(key, message, name).hexdigest())
for name in sorted(hashlib.algorithms_guaranteed - {"shake_128", "shake_256"}):
    h = hmac.new(b"k" * 200, b"msg", name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:32], hmac.digest(b"k" * 200, b"msg", name) == h.digest())

h = hmac.new(b"secret", digestmod="sha256")
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest())
print(h.hexdigest() == hmac.new(b"secret", b"part one, part two", "sha256").hexdigest())
print(hmac.new(bytearray(b"key"), memoryview(b"data"), "sha1").hexdigest())
print(hmac.digest(b"key", b"data", hashlib.md5).hex())

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"abc", b"ab"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest("abc", "xbc"), hmac.compare_digest(bytearray(b"x"), b"x"))
print(hmac.compare_digest(b"", b""), hmac.compare_digest("", ""))
try:
    hmac.compare_digest("é", "é")
except TypeError as error:
    print("TypeError", error)
try:
    hmac.new(b"key", b"msg")
except TypeError as error:
    print("TypeError", error)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    # RFC 6070's PBKDF2-HMAC-SHA1 vectors, then SHA-256 with dklen.
    print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
    print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2).hex())
    print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 50, 25).hex())
    print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 20, dklen=50).hex())
    print(hashlib.pbkdf2_hmac("sha512", bytearray(b"pw"), memoryview(b"salt"), 3).hex())
