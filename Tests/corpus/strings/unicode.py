s = "naïve café 日本語 🎉"
print(len(s), s.upper(), len(s.encode("utf-8")))
print([len(w) for w in s.split()])
print(s.find("日本"), s[11:14], s[-1] == "🎉")
print("\u0041\u030a", len("\u0041\u030a"), "Å" == "\u00c5")
print(sorted("zäaö"), "ä" < "z")
print("ǅ".lower(), "ǅ".upper(), "ﬁ".upper(), "İ".lower() == "i\u0307")
print(ascii(s), repr("\x00\x1f\x7f"))
