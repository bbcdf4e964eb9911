def connect(host, port=80, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"

print(connect("a"))
print(connect("b", 8080, secure=True))
print(connect("c", timeout=1))
try:
    connect("d", 1, 2)
except TypeError as error:
    print("TypeError:", error)

def required_kw(*, name):
    return name

print(required_kw(name="x"))
try:
    required_kw()
except TypeError as error:
    print("TypeError:", error)
try:
    required_kw("positional")
except TypeError as error:
    print("TypeError:", error)
