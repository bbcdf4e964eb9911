# How a child that cannot start is reported: the errno the child saw becomes the
# parent's OSError subclass, naming the program (or the cwd when chdir failed).
import os
import subprocess

PLAIN_FILE = "/tmp/tern_corpus_stdlib_subprocess_errors.txt"
with open(PLAIN_FILE, "w") as file:
    file.write("echo not a program\n")
os.chmod(PLAIN_FILE, 0o644)

def attempt(description, function):
    try:
        result = function()
        print(description, "->", result)
    except Exception as error:
        print(description, "->", type(error).__name__, error.errno if isinstance(error, OSError) else "", error)
        if isinstance(error, OSError):
            print("   filename:", error.filename)

attempt("missing absolute", lambda: subprocess.run(["/nonexistent/program"]))
attempt("missing on PATH", lambda: subprocess.run(["no_such_program_here"]))
attempt("not executable", lambda: subprocess.run([PLAIN_FILE]))
attempt("a directory", lambda: subprocess.run(["/"]))
attempt("bad cwd", lambda: subprocess.run(["true"], cwd="/nonexistent/dir"))
attempt("empty PATH", lambda: subprocess.run(["true"], env={"PATH": ""}))
attempt("executable=", lambda: subprocess.run(["anything", "-c", "echo $0"], executable="/bin/sh", capture_output=True).stdout)
attempt("bad argument", lambda: subprocess.run(["echo", 3]))
attempt("null byte", lambda: subprocess.run(["echo", "a\0b"]))
attempt("bad env name", lambda: subprocess.run(["true"], env={"A=B": "1"}))
attempt("timeout", lambda: subprocess.run(["sleep", "5"], timeout=0.2, capture_output=True))
attempt("after", lambda: subprocess.run(["echo", "still works"], capture_output=True).stdout)
os.remove(PLAIN_FILE)
