# os.system and os.popen: the shell's wait status, output read and written through
# popen's file, and os.environ reaching the command.
import os
import sys

sys.stdout.flush()
print(os.system("echo from system"))
sys.stdout.flush()
print(os.system("exit 3"), os.waitstatus_to_exitcode(os.system("exit 3")))
print(os.system("kill -TERM $$"))
os.environ["FOR_THE_SHELL"] = "visible"
print(os.popen("echo $FOR_THE_SHELL").read(), end="")
with os.popen("printf 'one\\ntwo\\n'") as pipe:
    print(list(pipe))
pipe = os.popen("echo text; exit 4")
print(repr(pipe.read()), pipe.close())
print(os.popen("kill -KILL $$").close())
sys.stdout.flush()
with os.popen("cat", "w") as pipe:
    written = pipe.write("written to cat\n")
print(written)
for call in (lambda: os.popen(["echo"]), lambda: os.popen("true", "rb"), lambda: os.popen("true", "r", 0)):
    try:
        call()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
