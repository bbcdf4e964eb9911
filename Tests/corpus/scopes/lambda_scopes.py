k = 3
add_k = lambda x: x + k
print(add_k(1))
k = 10
print(add_k(1))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))

curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, z=3, a=4))
