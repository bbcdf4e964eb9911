print("raising SystemExit(7)")
try:
    raise SystemExit(7)
finally:
    print("finally runs before exit")
