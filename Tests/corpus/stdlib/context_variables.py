# contextvars (CPython's module over Tern's _contextvars): get/set/reset, copy_context, run.
import contextvars

var = contextvars.ContextVar("var", default=1)
print(var.name, var.get(), var.get(7))
token = var.set(5)
print(token.var is var, token.old_value, var.get())
var.reset(token)
print(var.get(), token.old_value is contextvars.Token.MISSING)
context = contextvars.copy_context()
print(type(context).__name__, len(context), var in context)


def change():
    var.set(9)
    return var.get()


print(context.run(change), var.get(), context[var], var in context, context.get(var), list(context.values()))
try:
    var.reset(token)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(" var=")[0])
bare = contextvars.ContextVar("bare")
try:
    bare.get()
except LookupError:
    print("LookupError")
try:
    context.run(context.run, change)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(":")[0])
try:
    contextvars.ContextVar(1)
except TypeError as error:
    print("TypeError:", error)
other = contextvars.ContextVar("other")
other_token = other.set("x")
try:
    var.reset(other_token)
except ValueError as error:
    print("ValueError:", str(error).split(" was ")[1])
print(contextvars.ContextVar[int])
