match 3:
    case int() as _:
        pass
