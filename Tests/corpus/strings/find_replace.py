s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print(s.replace("the", "a"), s.replace("o", "0", 2))
print("aaa".replace("a", "bb"), "abc".replace("", "-"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.startswith("quick", 4))
print("fox" in s, "cat" not in s, "" in s)
try:
    s.index("cat")
except ValueError as error:
    print("ValueError:", error)
