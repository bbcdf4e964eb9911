# os's struct sequences built from sequences, os.times, os.path.expandvars and the
# less common os.path functions.
import os

s = os.stat_result(tuple(range(10)))
print(s, s.st_mtime, s[8], len(s), s.st_atime_ns, s.st_rdev)
s = os.stat_result(range(100, 119))
print(s.st_mtime, s.st_atime_ns, s.st_rdev, s[:3])
for bad in [tuple(range(9)), tuple(range(20))]:
    try:
        os.stat_result(bad)
    except TypeError as error:
        print("TypeError", error)
print(isinstance(os.stat("."), tuple), os.stat(".") == tuple(os.stat(".")))
st = os.stat(".")
print(st.st_mtime_ns // 10**9 == st[8], int(st.st_mtime) == st[8], st.st_atime_ns // 10**9 == st[7])
times = os.times()
print(type(times).__name__, len(times), all(isinstance(value, float) for value in times), times.user >= 0)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).lines)

os.environ["TERN_CORPUS_VAR"] = "value"
for text in ["$TERN_CORPUS_VAR/x", "${TERN_CORPUS_VAR}x", "$TERN_CORPUS_VARx", "${TERN_CORPUS_VAR", "$$", "a$", "$1", "no vars",
             "$TERN_CORPUS_VAR$TERN_CORPUS_VAR", b"$TERN_CORPUS_VAR/b"]:
    print(repr(text), repr(os.path.expandvars(text)))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]))
print(os.path.normcase("A/B"), os.path.splitdrive("/x/y"), os.path.realpath("/../.."), os.path.samestat(st, os.stat(".")))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.ismount("/"), os.path.islink("/"), os.path.lexists("/"))
for target, name in [(st, "st_mode"), (st, "st_mtime_ns"), (os.times(), "user")]:
    try:
        setattr(target, name, 1)
    except AttributeError as error:
        print("set", name, error)
    try:
        delattr(target, name)
    except AttributeError as error:
        print("del", name, error)
