match 3:
    case 3:
    pass
