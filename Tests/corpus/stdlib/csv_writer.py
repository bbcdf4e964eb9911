# csv.writer: quoting modes, escaping, lineterminator, None and numbers, errors.
import csv
import io

def write(rows, **options):
    out = io.StringIO()
    writer = csv.writer(out, **options)
    try:
        for row in rows:
            writer.writerow(row)
    except csv.Error as e:
        print("Error:", e)
    print(repr(out.getvalue()))

rows = [["a", "b,c", 'd"e', "f\ng", "", None, 1, 2.5, True], [], [""], [None], ["x", ""]]
write(rows)
write(rows, quoting=csv.QUOTE_ALL)
write(rows, quoting=csv.QUOTE_NONNUMERIC)
write([["a", "b,c"]], quoting=csv.QUOTE_NONE)
write([["a", "b,c", 'd"e', "g\\h"]], quoting=csv.QUOTE_NONE, escapechar="\\")
write([['d"e', "x\\y"]], doublequote=False, escapechar="\\")
write([['d"e']], doublequote=False)
write([[""]], quoting=csv.QUOTE_NONE)
write([["a\rb", "c\nd", "eXf"]], lineterminator="X")
write([["a", "b"]], delimiter="\t", lineterminator="\n")
write([["a b", " c"]], delimiter=" ")
write([["a'b", "c;d"]], delimiter=";", quotechar="'")
write([[1, 2]], dialect="unix")
write([["x"]], dialect="excel-tab")

out = io.StringIO()
writer = csv.writer(out)
print(writer.writerow(["abc", "d"]), writer.writerows([[1], [2, 3]]), repr(out.getvalue()))
print(type(writer).__name__, writer.dialect.lineterminator == "\r\n")
try:
    writer.writerow(5)
except csv.Error as e:
    print("Error:", e)
for target in [1, object()]:
    try:
        csv.writer(target).writerow(["a"])
    except TypeError as e:
        print("TypeError", e)

out = io.StringIO()
fields = ["name", "count"]
dict_writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
dict_writer.writeheader()
dict_writer.writerows([{"name": "a", "count": 1}, {"name": "b,c"}])
print(repr(out.getvalue()))
for row in csv.DictReader(io.StringIO(out.getvalue())):
    print(row)
print(list(csv.DictReader(["a,b", "1,2,3", "4"], restkey="rest", restval="?")))
try:
    dict_writer.writerow({"name": "x", "other": 2})
except ValueError as e:
    print("ValueError", e)
csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
