match 3:
    case 1 + 2:
        pass
