# Errors of the hash constructors and objects, with CPython's messages; the last
# one is left uncaught.
import hashlib


def attempt(label, action):
    try:
        result = action()
    except Exception as error:
        print(label, type(error).__name__, error)
    else:
        print(label, "ok", result)


attempt("new nope", lambda: hashlib.new("nope"))
attempt("new sha257", lambda: hashlib.new("sha257", b"x"))
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "shake_128", "blake2b", "blake2s"):
    constructor = getattr(hashlib, name)
    attempt(name + " str", lambda: constructor("text"))
    attempt(name + " int", lambda: constructor(5))
    attempt(name + " update str", lambda: constructor().update("text"))
    attempt(name + " update None", lambda: constructor().update(None))
    attempt(name + " update list", lambda: constructor().update([1, 2]))
attempt("shake no length", lambda: hashlib.shake_128(b"").digest())
attempt("shake hex no length", lambda: hashlib.shake_256(b"").hexdigest())
attempt("shake float", lambda: hashlib.shake_128(b"").digest(2.0))
attempt("shake str", lambda: hashlib.shake_128(b"").digest("3"))
attempt("blake2b size 0", lambda: hashlib.blake2b(digest_size=0))
attempt("blake2b size 65", lambda: hashlib.blake2b(digest_size=65))
attempt("blake2s size 33", lambda: hashlib.blake2s(digest_size=33))
attempt("blake2b size str", lambda: hashlib.blake2b(digest_size="8"))
attempt("blake2b key 65", lambda: hashlib.blake2b(key=b"k" * 65))
attempt("blake2s key 33", lambda: hashlib.blake2s(key=b"k" * 33))
attempt("blake2b key str", lambda: hashlib.blake2b(key="k"))
attempt("blake2b salt 17", lambda: hashlib.blake2b(salt=b"s" * 17))
attempt("blake2s salt 9", lambda: hashlib.blake2s(salt=b"s" * 9))
attempt("blake2b person 17", lambda: hashlib.blake2b(person=b"p" * 17))
attempt("blake2s person 9", lambda: hashlib.blake2s(person=b"p" * 9))
attempt("blake2b fanout", lambda: hashlib.blake2b(fanout=256))
attempt("blake2b fanout -1", lambda: hashlib.blake2b(fanout=-1))
attempt("blake2b depth 0", lambda: hashlib.blake2b(depth=0))
attempt("blake2b leaf big", lambda: hashlib.blake2b(leaf_size=2**32))
attempt("blake2b leaf -1", lambda: hashlib.blake2b(leaf_size=-1))
attempt("blake2s offset big", lambda: hashlib.blake2s(node_offset=2**48))
attempt("blake2b offset -1", lambda: hashlib.blake2b(node_offset=-1))
attempt("blake2b node depth", lambda: hashlib.blake2b(node_depth=256))
attempt("blake2b inner", lambda: hashlib.blake2b(inner_size=65))
attempt("blake2s inner", lambda: hashlib.blake2s(inner_size=33))
attempt("blake2b two args", lambda: hashlib.blake2b(b"", b""))
attempt("blake2b data=", lambda: hashlib.blake2b(data=b""))
attempt("blake2b unknown", lambda: hashlib.blake2b(foo=1))
try:
    hashlib.file_digest(object(), "sha256")
except ValueError as error:
    print("file_digest object", str(error).endswith("is not a file-like object in binary reading mode."))
print("uncaught next")
hashlib.sha256("not bytes")
