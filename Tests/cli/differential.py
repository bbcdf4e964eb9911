"""What the command-line test scripts share: the files a case runs among, CPython's real
executable, and running an interpreter in a folder without the caller's PYTHON* variables."""
import os
import subprocess
import sys


def write_files(directory, files):
    """Writes {relative path: text} below `directory`, making folders as needed."""
    for name, text in files.items():
        os.makedirs(os.path.dirname(os.path.join(directory, name)), exist_ok=True)
        with open(os.path.join(directory, name), "w") as file:
            file.write(text)


def find_cpython():
    """The CPython binary itself (not a shim), so that its path can be normalised in output."""
    return subprocess.run([sys.executable, "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True).stdout.strip()


def run(command, arguments, env, directory):
    """Runs command + arguments in `directory` with the PYTHON* variables replaced by `env`."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    environment.update(env)
    return subprocess.run(command + arguments, capture_output=True, text=True, cwd=directory, env=environment, timeout=60)
