match 3:
    case int() as 1:
        pass
