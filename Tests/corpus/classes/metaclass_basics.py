class Registry(type):
    classes = []

    def __new__(meta, name, bases, namespace):
        namespace.setdefault("tag", name.lower())
        cls = super().__new__(meta, name, bases, namespace)
        Registry.classes.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        instance.created_by_metaclass = True
        return instance

    def describe(cls):
        return f"{cls.__name__} tagged {cls.tag!r}"


class Plugin(metaclass=Registry):
    def __init__(self, value=0):
        self.value = value


class Exporter(Plugin):
    tag = "export"


e = Exporter(5)
print(Registry.classes, type(Plugin).__name__, type(Exporter) is Registry)
print(Plugin.describe(), Exporter.describe(), e.value, e.created_by_metaclass)
print(isinstance(Exporter, Registry), isinstance(e, Plugin), hasattr(e, "describe"))
Dynamic = Registry("Dynamic", (Plugin,), {})
print(Dynamic.tag, Registry.classes[-1], type(type), type(Registry))
