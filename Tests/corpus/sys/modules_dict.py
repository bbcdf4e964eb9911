import sys
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__)
print(type(sys.path).__name__, isinstance(sys.path[0], str))
