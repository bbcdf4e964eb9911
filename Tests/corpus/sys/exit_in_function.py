import sys

def shutdown(code):
    try:
        print("shutting down")
        sys.exit(code)
    finally:
        print("cleanup in finally")

try:
    shutdown(2)
except Exception:
    print("SystemExit is not an Exception; never printed")
