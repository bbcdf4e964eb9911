import sys
try:
    sys.exit()
except SystemExit as exit_request:
    print("caught SystemExit", exit_request.code, exit_request.args)
try:
    sys.exit(5)
except SystemExit as exit_request:
    print("caught code", exit_request.code)
print("finally, exit with None")
sys.exit(None)
