classes = [ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError, FileNotFoundError,
           RecursionError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, NotImplementedError,
           UnboundLocalError, ModuleNotFoundError, TypeError, AttributeError, OverflowError, AssertionError]
for cls in classes:
    chain = [c.__name__ for c in cls.__mro__]
    print(" -> ".join(chain))
print(issubclass(KeyError, LookupError), issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
