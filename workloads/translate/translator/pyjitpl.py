"""Phase 'pyjitpl' (placeholder until the encoder is written)."""


class JitCodes:
    def __init__(self):
        self.codes = []
        self.total_bytes = 0
        self.descriptors = []


def encode_program(rtyper, graphs):
    return JitCodes()
