match [3]:
    case *rest:
        pass
