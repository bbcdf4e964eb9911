import _helpers
print(_helpers.CONSTANT, _helpers.greet("ann"), _helpers.greet("bo"), _helpers.calls)
print(_helpers.Shape().describe(), _helpers.__name__, _helpers.__doc__)
print(type(_helpers).__name__, _helpers.__file__.endswith("_helpers.py"))
