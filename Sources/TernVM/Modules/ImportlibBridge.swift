// CPython's importlib beside Tern's own importer: it is loaded only when a program
// imports it or asks a module for __spec__ or __loader__, which Tern's importer does
// not make at import time (see lib/_imp.py, which does the work in Python).

extension VM {
    /// module.__spec__ or module.__loader__ for a module that has none in its namespace
    /// yet: made and stored by lib/_imp.py, NULL while importlib itself is loading.
    func moduleSpecAttribute(_ module: Value, _ name: Value) throws(Raised) -> Value {
        do throws(Raised) {
            return try callLibraryFunction("_imp", "_module_attribute", module, name)
        } catch {
            if !exceptionMatches(raisedException, exceptionTypes.attributeError) { throw error }
            raisedException = .null
            return .null
        }
    }

    /// Once the importlib package has run: its finders go on sys.meta_path and
    /// sys.path_hooks, where CPython puts them at start-up.
    func installImportlib(_ module: Value) throws(Raised) {
        _ = try callLibraryFunction("_imp", "_install", module)
    }
}
