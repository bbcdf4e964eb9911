# A finder a program puts on sys.meta_path (six's `six.moves` importer works this way)
# supplies modules that exist nowhere on the path; absent ones still fail as usual.
import sys
import importlib.util


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.answer = len(module.__name__)
        module.where = module.__spec__.name


class Finder:
    def __init__(self):
        self.asked = []

    def find_spec(self, name, path, target=None):
        if not name.startswith("virtual_"):
            return None
        self.asked.append((name, path is None))
        return importlib.util.spec_from_loader(name, Loader())


finder = Finder()
sys.meta_path.append(finder)

import virtual_one
print(virtual_one.answer, virtual_one.where, type(virtual_one.__loader__).__name__)
from virtual_two import answer, where
print(answer, where)
print(sys.modules["virtual_one"] is virtual_one, "virtual_two" in sys.modules)
import virtual_one as again
print(again is virtual_one, finder.asked)

try:
    import not_virtual_at_all
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
sys.meta_path.remove(finder)
try:
    import virtual_three
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
