config = {"debug": False, "level": 0, "name": ""}
for key in ["debug", "level", "name", "missing"]:
    print(key, config.get(key), config.get(key, "fallback"), key in config)
print(config.get("debug") or "falsy", config.get("level", 5))
print(dict(config.items()) == config, config.keys() == {"debug", "level", "name"})
