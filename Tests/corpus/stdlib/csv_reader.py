# csv.reader over CPython's csv.py: quoting, escapes, doublequote, skipinitialspace,
# multi-line fields, line_num, QUOTE_NONNUMERIC and strict-mode errors.
import csv
import io

def show(lines, **options):
    reader = csv.reader(lines, **options)
    try:
        for row in reader:
            print(reader.line_num, row)
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, "at", reader.line_num, ":", e)

show(["a,b,c", "1,2,3", "", "x"])
show(['"a,b",c', '"he said ""hi""",d', '"multi', 'line",e', "end"])
show(io.StringIO('one,"two\r\nlines",three\r\nfour,,\r\n\r\n"",x\r\n', newline=""))
show(["a, b,  c"], skipinitialspace=True)
show(["a, b,  c"])
show(["a\\,b,c\\\\d,e\\"], escapechar="\\")
show(['"a\\"b",c'], escapechar="\\", doublequote=False)
show(['"a""b",c'], doublequote=False)
show(["a;b;'c;d'"], delimiter=";", quotechar="'")
show(['"a",b'], quoting=csv.QUOTE_NONE)
show(["1,2.5,x", '"1",3'], quoting=csv.QUOTE_NONNUMERIC)
show(['a,"b'])
show(['a,"b'], strict=True)
show(['"a"b,c'])
show(['"a"b,c'], strict=True)
show(["a\rb"])
show(["a\x00b,c"])
show([b"a,b"])
show(["a,b\n", "c,d\r\n", "e\r"])
show(["\t".join("abc")], dialect="excel-tab")

old = csv.field_size_limit(8)
show(["12345678,123456789"])
print(old, csv.field_size_limit(old))
reader = csv.reader(["a"])
print(type(reader).__name__, reader.dialect.delimiter, reader.line_num)
for bad in [1, None]:
    try:
        csv.reader(bad)
    except TypeError as e:
        print("TypeError", e)
show(['"never closed'], strict=True)
list(csv.reader(['"x"y'], strict=True))
