errors = []
for value in ["1", "x", "3", None, "5"]:
    try:
        errors.append(int(value))
    except ValueError as error:
        errors.append(f"ValueError({error})")
    except TypeError as error:
        errors.append(f"TypeError({error})")
for item in errors:
    print(item)
