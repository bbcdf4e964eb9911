# Padding, formatting and byte strings asking for more memory than any machine has:
# MemoryError (or CPython's OverflowError), never a crash.
tests = ["'x'.ljust(2**40)", "'x'.center(2**41, '*')", "'x'.zfill(2**50)", "b'x'.center(2**45)",
         "b'x'.rjust(2**44)", "'\\t'.expandtabs(2**40)", "'a\\tb'.expandtabs(2**20)[:3]",
         "'{:>1099511627776}'.format(1)", "format(2.5, '.2147483648f')", "'%1099511627776d' % 5",
         "bytes(2**50)", "bytearray(2**50)", "'x'.ljust(5)", "'%5.2f' % 2.5"]
for text in tests:
    try:
        result = eval(text)
        print(text, repr(result) if len(result) < 50 else len(result))
    except MemoryError:
        print(text, "MemoryError")
    except (OverflowError, ValueError) as error:
        print(text, type(error).__name__, error)
for f in ['%99999999999d', '%.99999999999d', '%.2147483648f']:
    try: r = f % 5; print(f, len(r))
    except Exception as e: print(f, type(e).__name__, e)
for s in ['.2147483648f', '.2147483648e', '.2147483648']:
    try: r = format(2.5, s); print(s, len(r))
    except Exception as e: print(s, type(e).__name__, e)
try: r = format('ab', '.2147483648'); print(len(r))
except Exception as e: print('str', type(e).__name__, e)
