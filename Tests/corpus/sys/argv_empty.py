import sys
print(sys.argv, sys.argv[1:] == [])
