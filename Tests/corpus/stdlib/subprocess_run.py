# subprocess.run and its helpers over programs every Linux has: captured output as
# bytes and text, exit codes (negative for a signal), check=, shell=, cwd=, env=, input=.
import os
import subprocess

result = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(result)
print(result.args, result.returncode, repr(result.stdout), repr(result.stderr))
result = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 4"], capture_output=True)
print(result.returncode, result.stdout, result.stderr)
print(subprocess.run(["printf", "%s-%s\\n", "a", "b"], stdout=subprocess.PIPE).stdout)
print(subprocess.run(["sh", "-c", "echo both; echo two >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(["cat"], input=b"fed through stdin\n", capture_output=True).stdout)
print(subprocess.run(["cat"], input="text input\n", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["true"]).returncode, subprocess.run(["false"]).returncode)
print(subprocess.run(["sh", "-c", "exit 42"]).returncode)
print(subprocess.run(["sh", "-c", "kill -TERM $$"]).returncode)
print(subprocess.run(["sh", "-c", "kill -KILL $$"]).returncode)

# shell=True runs /bin/sh -c; cwd and env reach the child.
print(subprocess.run("echo $((6 * 7)) | cat", shell=True, capture_output=True, text=True).stdout, end="")
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["sh", "-c", "echo [$ONLY] [$HOME]"], env={"ONLY": "this"}, capture_output=True, text=True).stdout, end="")
environment = dict(os.environ, ADDED="yes")
print(subprocess.run(["sh", "-c", "echo $ADDED"], env=environment, capture_output=True, text=True).stdout, end="")
os.environ["SET_IN_PARENT"] = "inherited"
print(subprocess.run(["sh", "-c", "echo $SET_IN_PARENT"], capture_output=True, text=True).stdout, end="")
del os.environ["SET_IN_PARENT"]
print(subprocess.run(["sh", "-c", "echo [$SET_IN_PARENT]"], capture_output=True, text=True).stdout, end="")

# The helpers.
print(subprocess.check_output(["echo", "checked"]))
print(subprocess.check_output("echo text mode", shell=True, text=True), end="")
print(subprocess.check_call(["true"]), subprocess.call(["sh", "-c", "exit 3"]))
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo failing; exit 5"))
for call in (lambda: subprocess.check_call(["false"]),
             lambda: subprocess.check_output(["sh", "-c", "echo partial; exit 2"]),
             lambda: subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)):
    try:
        call()
    except subprocess.CalledProcessError as error:
        print(type(error).__name__, error.returncode, error.cmd, error.output)
        print(error)
completed = subprocess.run(["sh", "-c", "exit 9"])
try:
    completed.check_returncode()
except subprocess.CalledProcessError as error:
    print(error)
