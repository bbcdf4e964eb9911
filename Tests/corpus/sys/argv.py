import sys
print(sys.argv[0], len(sys.argv))
for index, argument in enumerate(sys.argv[1:], 1):
    print(index, repr(argument))
numbers = [int(a) for a in sys.argv[1:] if a.lstrip("-").isdigit()]
print(sum(numbers))
