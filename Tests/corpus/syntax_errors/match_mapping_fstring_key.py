match {}:
    case {f"a": 1}:
        pass
