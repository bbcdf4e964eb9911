# PEP 646 substitution: `*tuple[int, str]` among subscript items stands for its items,
# `*tuple[int, ...]` stays one item, and an unpacked TypeVarTuple takes what it binds.
from typing import Generic, Tuple, TypeVar, TypeVarTuple, Unpack

T1 = TypeVar("T1")
T2 = TypeVar("T2")
Ts = TypeVarTuple("Ts")


class C(Generic[T1, T2]):
    pass


print(C[T1, T2][*tuple[int, str], *tuple[()]])
print(dict[T1, T2][*tuple[int, str]])
print(dict[T1, T2][*tuple[int], str])
print(next(iter(tuple[int, str])).__typing_unpacked_tuple_args__)
print(next(iter(tuple[int, ...])).__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
print(list[T1].__typing_unpacked_tuple_args__)
for alias, items in ((dict[T1, T2], (*tuple[int, ...],)), (C[T1, T2], (int,)), (dict[T1, T2], (int, str, bytes))):
    try:
        print(alias[items])
    except TypeError as error:
        print("TypeError", error)

print(tuple[T1, *Ts][int, str, bytes])
print(tuple[*Ts][int, str])
print(tuple[*Ts, T1][int])
print(Tuple[T1, *Ts][int, str, bytes])
print(tuple[int, *Ts][*tuple[str, ...]])
print(list[Unpack[Ts]].__parameters__, tuple[T1, *Ts].__parameters__)
