class ConfigError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as error:
        raise ConfigError("missing key " + key) from error

print(load("a"))
load("b")
