"""Phase 'stackcheckinsertion' (placeholder)."""


class StackChecker:
    def __init__(self):
        self.cycles = []
        self.inserted = 0


def insert_stack_checks(program, graphs):
    return StackChecker()
