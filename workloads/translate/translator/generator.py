"""Placeholder."""
def generate_program(directory, scale, seed):
    raise Exception("not yet")
