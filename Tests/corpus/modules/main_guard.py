import _guarded
print("this module is", __name__)
if __name__ == "__main__":
    print("running as script")
    _guarded.main()
print(_guarded.__name__)
