# A SyntaxError from eval() or compile() that the program catches does not come back
# when the program ends: sys.exit(0) after it exits with status 0.
import sys

for source in ["", "1 +", "def"]:
    try:
        eval(source)
    except SyntaxError as error:
        print("caught", type(error).__name__)
try:
    compile("x = (", "<text>", "exec")
except SyntaxError as error:
    print("caught", type(error).__name__)
print("exiting")
sys.exit(0)
