// Module objects: types.ModuleType(name, doc=None), for programs and for importlib's
// module_from_spec (which makes the module before its loader runs the code), and the
// __spec__ and __loader__ Tern's importer does not make at import time: lib/_imp.py
// makes them when first read, loading CPython's importlib (lib/_frozen_importlib.py).

extension VM {
    func installModuleTypeMethods() {
        defineStaticMethod(TypeID.module, "__new__") { vm, arguments throws(Raised) in
            let ref = try vm.allocate(kind: .module, typeID: TypeView(arguments[0]).ownTypeID, words: ModuleLayout.words)
            let dict = try vm.withRoots(ref.value) { () throws(Raised) in try vm.newDict() }
            ref[ModuleLayout.dict] = dict.ref.value
            ref[ModuleLayout.name] = .none
            return ref.value
        }
        defineMethod(TypeID.module, "__init__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "module", ["name", "doc"], required: 1, skip: 1)
            guard vm.isInstance(bound[0], typeID: TypeID.str) else {
                throw vm.raiseTypeError("module() argument 'name' must be str, not \(vm.typeName(bound[0]))")
            }
            let module = arguments[0]
            ObjectRef(module)[ModuleLayout.name] = bound[0]
            for (name, value) in [("__name__", bound[0]), ("__doc__", bound[1].isNull ? .none : bound[1]),
                                  ("__package__", .none), ("__loader__", .none), ("__spec__", .none)] {
                try vm.setModuleAttribute(module, name, value)
            }
            return .none
        }
    }

    /// module.__spec__ or module.__loader__ for a module that has none in its namespace
    /// yet: made and stored by lib/_imp.py; NULL while importlib itself is loading.
    func moduleSpecAttribute(_ module: Value, _ name: Value) throws(Raised) -> Value {
        do throws(Raised) {
            return try callLibraryFunction("_imp", "_module_attribute", module, name)
        } catch {
            if !exceptionMatches(raisedException, exceptionTypes.attributeError) { throw error }
            raisedException = .null
            return .null
        }
    }
}
