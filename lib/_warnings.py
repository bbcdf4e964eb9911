"""_warnings for Tern: only warn(), which importlib's bootstrap calls. CPython's
warnings.py imports its filters and the rest from _warnings when they are there and
otherwise defines them in Python, as it does on Tern; warn() hands over to it."""


def warn(message, category=None, stacklevel=1, source=None):
    import warnings
    warnings.warn(message, category, stacklevel + 1, source)
