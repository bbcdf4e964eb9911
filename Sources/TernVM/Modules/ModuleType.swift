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

    /// repr(module) as importlib's _module_repr writes it: from its __spec__ (name, origin, and
    /// `from` when it has a location), else its __file__, else its loader, else its name alone.
    /// Only what the namespace holds is read: a spec not made yet is not made for a repr, and a
    /// module Tern builds natively is `(built-in)`, as its spec would say.
    func moduleRepr(_ module: Value) throws(Raised) -> String {
        let namespace = DictView(ObjectRef(module)[ModuleLayout.dict])
        func entry(_ name: String) -> Value { dictGetStr(namespace, intern(name)) }
        func quoted(_ value: Value) throws(Raised) -> String { try reprString(value) }
        let spec = entry("__spec__")
        if !spec.isNull && !spec.isNone {
            let specName = try getAttributeOrNull(spec, intern("name"))
            let name = specName.isNull || specName.isNone ? "'?'" : try quoted(specName)
            let origin = try getAttributeOrNull(spec, intern("origin"))
            if origin.isNull || origin.isNone {
                let loader = try getAttributeOrNull(spec, intern("loader"))
                return loader.isNull || loader.isNone ? "<module \(name)>" : "<module \(name) (\(try quoted(loader)))>"
            }
            let hasLocation = try getAttributeOrNull(spec, intern("has_location"))
            if !hasLocation.isNull, try isTrue(hasLocation) { return "<module \(name) from \(try quoted(origin))>" }
            return "<module \(name) (\(try strString(origin)))>"
        }
        let nameValue = entry("__name__")
        let name = nameValue.isNull ? "'?'" : try quoted(nameValue)
        let file = entry("__file__")
        if !file.isNull { return "<module \(name) from \(try quoted(file))>" }
        if spec.isNull && isStr(nameValue) && isNativeModuleName(swiftString(nameValue))
            && dictGetStr(DictView(modulesDict), nameValue) == module {
            return "<module \(name) (built-in)>"
        }
        let loader = entry("__loader__")
        if loader.isNull || loader.isNone { return "<module \(name)>" }
        return "<module \(name) (\(try quoted(loader)))>"
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
