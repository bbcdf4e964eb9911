public_name = 1
_underscore_name = 2
def public_function():
    return "public"
