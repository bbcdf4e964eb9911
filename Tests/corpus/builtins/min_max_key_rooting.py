# min/max with a key function: the best key must stay alive while later keys are computed.
values = list(range(4000))
print(min(values, key=lambda v: (str(v)[-1], v)))
print(max(range(3000), key=lambda v: (str(v)[::-1], [v])))
