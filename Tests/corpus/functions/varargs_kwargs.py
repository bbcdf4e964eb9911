def collect(*args, **kwargs):
    return args, sorted(kwargs.items())

print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, *[2, 3], *(4,), x=5, **{"y": 6}))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1), head_tail(1, 2, 3))

def forward(*args, **kwargs):
    return collect(*args, **kwargs)

print(forward(9, z=0))
def show(**options):
    for key, value in options.items():
        print(f"  {key} = {value!r}")
show(color="red", size=3, flags=[1])
