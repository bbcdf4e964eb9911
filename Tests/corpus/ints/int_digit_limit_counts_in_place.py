# int() of text past sys.get_int_max_str_digits(): the digits are counted in place (underscores
# and spaces left out, a base prefix picks a power-of-two base, which has no limit), the message
# gives the count; power-of-two bases and huge texts of zeros with a prefix convert.
for text, base in [("0x" + "f" * 5000, 0), ("1_0" * 2500, 10), ("9" * 4301, 10), ("0b" + "1" * 5000, 0), ("0o" + "7" * 5000, 8), ("0" * 5000, 0), ("7" * 5000, 16), ("  " + "5" * 4301 + "  ", 10), ("z" * 4400, 36)]:
    try:
        print(len(str(int(text, base))))
    except ValueError as error:
        print(str(error)[:90])
