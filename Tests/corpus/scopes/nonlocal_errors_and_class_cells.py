def outer():
    value = "outer"
    class Inner:
        value = "class attribute"
        def method(self):
            return value
        seen_in_body = value
    return Inner

Inner = outer()
print(Inner().method(), Inner.value, Inner.seen_in_body)

def counter_class():
    count = 0
    class Counter:
        def increment(self):
            nonlocal count
            count += 1
            return count
    return Counter()

c = counter_class()
print(c.increment(), c.increment())

def method_sees_class_name():
    class Node:
        def clone(self):
            return Node()
    return Node().clone().__class__.__name__
print(method_sees_class_name())

class UsesSuper:
    def who(self):
        return __class__.__name__
print(UsesSuper().who())
