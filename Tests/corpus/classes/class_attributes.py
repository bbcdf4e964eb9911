class Config:
    defaults = {"debug": False}
    version = 1

    def __init__(self):
        self.local = True

a, b = Config(), Config()
a.version = 2
print(a.version, b.version, Config.version)
Config.version = 3
print(a.version, b.version)
del a.version
print(a.version)
a.defaults["debug"] = True
print(b.defaults, "local" in vars(a), sorted(vars(a)))
print(hasattr(Config, "local"), hasattr(a, "local"), getattr(a, "missing", "none"))
Config.added_later = "dynamic"
print(b.added_later)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
