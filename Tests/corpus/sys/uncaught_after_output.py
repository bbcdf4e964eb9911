import sys
sys.stdout.write("partial output before failure\n")
print("buffered print")
values = {"a": 1}
print(values["b"])
