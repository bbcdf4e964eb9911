match 3:
    case 1j + 2j:
        pass
