print("reading from empty stdin")
try:
    value = input()
except EOFError as error:
    print("EOFError:", repr(error))
value = input("prompt> ")
