"""A translator from a statically typeable subset of Python to C, shaped like RPython's."""
