# Repeating a sequence by a count too big for memory: MemoryError or OverflowError as CPython.
for e in ["(1,2)*(2**62)", "[1]*(2**63)", "'ab'*(2**62)", "b'ab'*(2**62)", "[1]*(-2**62)", "'ab'*(2**40)", "b'a'*(2**62)", "(2**62)*[1]"]:
    try: print(e, len(eval(e)))
    except MemoryError: print(e, 'ME')
    except OverflowError as x: print(e, 'OE', x)
