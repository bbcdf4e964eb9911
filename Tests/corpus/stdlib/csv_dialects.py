# csv dialects: the registry, Dialect objects and their checks, csv.Dialect classes, Sniffer.
import csv
import _csv
import io
import pickle

print(sorted(csv.list_dialects()))
for name in ["excel", "excel-tab", "unix"]:
    d = csv.get_dialect(name)
    print(name, type(d).__name__, repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator),
          d.quoting, d.doublequote, d.skipinitialspace, d.strict)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter, csv.get_dialect("pipes").quoting)
csv.register_dialect("pipes2", "pipes", strict=True)
print(csv.get_dialect("pipes2").delimiter, csv.get_dialect("pipes2").strict)
csv.unregister_dialect("pipes2")
for call in ["csv.get_dialect('pipes2')", "csv.unregister_dialect('nope')", "csv.register_dialect(1)",
             "_csv.Dialect(delimiter=None)", "_csv.Dialect(delimiter='ab')", "_csv.Dialect(delimiter=1)",
             "_csv.Dialect(quotechar=1)", "_csv.Dialect(quotechar='ab')", "_csv.Dialect(quotechar=None).quoting",
             "_csv.Dialect(quotechar=None, quoting=0)", "_csv.Dialect(lineterminator=None)",
             "_csv.Dialect(lineterminator=1)", "_csv.Dialect(quoting=9)", "_csv.Dialect(quoting='a')",
             "_csv.Dialect(escapechar='ab')", "_csv.Dialect(escapechar='')", "_csv.Dialect(foo=1)",
             "_csv.Dialect('nope')", "_csv.Dialect(doublequote=0).doublequote", "_csv.Dialect(strict=[1]).strict",
             "_csv.Dialect(escapechar=None).escapechar", "csv.field_size_limit('a')", "csv.field_size_limit(1, 2)",
             "csv.reader()", "csv.writer()", "_csv.Dialect(csv.excel).lineterminator"]:
    try:
        print(call, "->", repr(eval(call)))
    except (TypeError, csv.Error) as e:
        print(call, "!", type(e).__name__, e)

d = _csv.Dialect(delimiter=";")
print(_csv.Dialect(d) is d, _csv.Dialect(d, delimiter=",") is d)
try:
    d.delimiter = ","
except AttributeError as e:
    print("AttributeError", e)

for thing in [csv.get_dialect("excel"), csv.reader([]), csv.writer(io.StringIO())]:
    try:
        pickle.dumps(thing)
    except TypeError as e:
        print("pickle TypeError", e)

class Tabbed(_csv.Dialect):
    pass

tabbed = Tabbed(delimiter="\t")
print(type(tabbed).__name__, repr(tabbed.delimiter), isinstance(tabbed, _csv.Dialect), list(csv.reader(["a\tb"], tabbed)))

class Semicolons(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False

print(list(csv.reader(["a;b"], Semicolons)), csv.get_dialect("excel") is csv.get_dialect("excel"))

class Broken(csv.Dialect):
    delimiter = ";"

try:
    Broken()
except csv.Error as e:
    print("Error", e)
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL,
      csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, _csv.__version__)

sample = 'name;age;city\n"Smith, J";42;Paris\nDoe;7;"New\nYork"\n'
sniffed = csv.Sniffer().sniff(sample)
print(repr(sniffed.delimiter), repr(sniffed.quotechar), sniffed.doublequote, sniffed.skipinitialspace)
print(csv.Sniffer().has_header(sample), csv.Sniffer().sniff("a,b,c\n1,2,3\n").delimiter)
print(list(csv.reader(sample.splitlines(True), sniffed)))
csv.get_dialect("missing")
