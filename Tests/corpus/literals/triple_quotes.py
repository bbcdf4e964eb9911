text = """line one
line two
    indented"""
print(text)
print(len(text.splitlines()))
other = '''it's "quoted"'''
print(other)
joined = """a\
b"""
print(joined)
empty = """"""
print(repr(empty))
print(repr("""ends with quote\""""))
doc = '''
  leading newline
'''
print(repr(doc))
