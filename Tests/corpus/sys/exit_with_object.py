import sys
print("exiting with a list as the code")
sys.exit([1, "two"])
