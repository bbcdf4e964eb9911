results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i == 2:
            raise ValueError(i)
        results.append(i)
    except ValueError as error:
        results.append(f"err{error}")
    finally:
        results.append(f"f{i}")
print(results)
i = 0
while True:
    try:
        i += 1
        if i > 3:
            raise StopIteration
    except StopIteration:
        print("stopping at", i)
        break
else:
    print("never")
for x in []:
    pass
else:
    print("for-else runs on empty")
