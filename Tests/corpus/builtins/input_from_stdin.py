name = input()
print("Hello,", name)
count = int(input("How many? "))
total = 0
for i in range(count):
    total += int(input())
print("total", total)
rest = []
try:
    while True:
        rest.append(input())
except EOFError:
    print("EOF reached")
print(rest)
