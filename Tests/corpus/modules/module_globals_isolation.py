CONSTANT = "main's constant"
import _helpers
print(_helpers.read_constant(), CONSTANT)
def read_constant():
    return CONSTANT
print(read_constant())
import sys
main_module = sys.modules["__main__"]
print(main_module.CONSTANT, main_module.read_constant is read_constant)
