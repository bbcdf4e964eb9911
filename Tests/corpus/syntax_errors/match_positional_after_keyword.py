class C:
    pass
match C():
    case C(a=1, b, c):
        pass
