# An instance of a dict (list, tuple, str) subclass that defines __get__ is a descriptor
# like any other when it is a class attribute (html5lib's MethodDispatcher, a dict).


class Dispatcher(dict):
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return {key: function.__get__(instance, owner) for key, function in self.items()}


class Named(tuple):
    def __get__(self, instance, owner=None):
        return "tuple bound to " + type(instance).__name__


class Label(str):
    def __get__(self, instance, owner=None):
        return self.upper()


class Phase:
    def start(self):
        return "start of " + self.name

    def end(self):
        return "end of " + self.name

    handlers = Dispatcher([("a", start), ("b", end)])
    pair = Named((1, 2))
    label = Label("quiet")
    plain = {"x": 1}

    def __init__(self, name):
        self.name = name


phase = Phase("p")
total = 0
for _ in range(300):
    bound = phase.handlers
    total += len(bound["a"]())
print(total, bound["b"](), type(Phase.handlers).__name__)
print(phase.pair, phase.label, Phase.label, phase.plain)
