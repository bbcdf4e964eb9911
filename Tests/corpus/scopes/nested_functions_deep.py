def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2

print(level1(1)(10)(100)(1000))

def make_adders():
    adders = []
    base = 100
    for step in (1, 2, 3):
        def adder(x, step=step):
            return base + step + x
        adders.append(adder)
    base = 1000
    return adders

print([f(0) for f in make_adders()])
