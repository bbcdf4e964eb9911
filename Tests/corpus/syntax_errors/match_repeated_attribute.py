class C:
    pass
match C():
    case C(x=1, x=2):
        pass
