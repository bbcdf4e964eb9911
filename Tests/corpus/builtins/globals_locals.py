top_level = "module value"
def show():
    local_one = 1
    local_two = [2]
    return locals()
print(show())
print(globals()["top_level"], "show" in globals(), globals()["__name__"])
globals()["injected"] = "hello"
print(injected)
def check_globals():
    return globals() is globals(), "check_globals" in globals()
print(check_globals())
class Body:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Body.names)
