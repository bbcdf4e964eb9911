# CPython's string module over Tern's _string: formatter_parser, formatter_field_name_split, Formatter, Template.
import _string
print(list(_string.formatter_parser('a{0!r:>{w}}b{{c}}{x.y[0]}')))
f, rest = _string.formatter_field_name_split('x.y[0][k]'); print(f, list(rest))
f, rest = _string.formatter_field_name_split('12.a'); print(repr(f), list(rest))
for bad in ['{', '}', 'a{0', '{0!}', '{0!rr}','{0:{1}']:
  try: print(list(_string.formatter_parser(bad)))
  except ValueError as e: print('E', e)
print(list(_string.formatter_parser('')), list(_string.formatter_parser('{}')), list(_string.formatter_parser('{:}')), list(_string.formatter_parser('ab')))
for bad in ['x[', 'x.', 'x[]', 'x]', '']:
  try: f,r=_string.formatter_field_name_split(bad); print(repr(f), list(r))
  except ValueError as e: print('E', e)
import string
print(string.Formatter().format("{0}-{x!r:>5}", 1, x='a'), string.Template('$who likes $what').substitute(who='tim', what='pie'))
print(string.capwords(' hello  world '), string.ascii_letters, string.punctuation)
print("{0[1]}.{a.real:{w}}".format([5, 6], a=3, w=4))
