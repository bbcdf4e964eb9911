words = ["hello", "WORLD", "MiXeD cAsE", "ßtraße", "title case here", "123abc", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Title Case".istitle())
