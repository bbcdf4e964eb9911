# An attribute or method call whose name sits on a later line than the expression
# starts is reported from the name on that line (CPython 3.11's markers).
class Thing:
    def fail(self):
        return 1 / 0

thing = Thing()
print("start")
try:
    value = (thing
             .fail())
except ZeroDivisionError:
    try:
        value = (thing
                 .missing_method(1,
                                 2))
    except AttributeError:
        value = (thing
                 .missing_attribute)
