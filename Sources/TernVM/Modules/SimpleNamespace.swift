// types.SimpleNamespace: an object whose attributes are the keywords it was made
// with. CPython's `types` module finds the class as `type(sys.implementation)`, so
// sys.implementation is one (installSysModule makes it before anything imports).

extension RuntimeTypeIDs {
    nonisolated(unsafe) static var simpleNamespace = -1
}

extension VM {
    /// Creates the class (once per process's type table) and defines its methods.
    func installSimpleNamespaceType() {
        let id = makeBuiltinClass(name: "SimpleNamespace", base: TypeID.object, layout: .instance, flags: [.heapType])
        RuntimeTypeIDs.simpleNamespace = id
        try! dictSet(TypeView(types[id].object).dict, names.module, intern("types"))
        // Equality by contents makes namespaces unhashable, as in CPython.
        try! dictSet(TypeView(types[id].object).dict, names.hash, .none)
        TypeLookupCache.invalidate()
        defineMethod(id, "__init__") { vm, arguments throws(Raised) in
            if arguments.positionalCount > 1 { throw vm.raiseTypeError("no positional arguments expected") }
            let names = arguments.keywordNames
            for index in 0..<arguments.keywordCount {
                try vm.setAttribute(arguments[0], TupleView(names)[index], arguments[arguments.positionalCount + index])
            }
            return .none
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            try vm.newStr(try vm.simpleNamespaceRepr(arguments[0]))
        }
        for (name, op) in [("__eq__", 0), ("__ne__", 1)] {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in
                try vm.simpleNamespaceCompare(arguments[0], arguments[1], op)
            }
        }
        defineMethod(id, "__reduce__") { vm, arguments throws(Raised) in
            let namespace = try vm.getAttribute(arguments[0], vm.names.dict)
            return try vm.withRoots(namespace) { () throws(Raised) in
                try vm.newTuple([vm.types[vm.typeID(of: arguments[0])].object, vm.emptyTuple, namespace])
            }
        }
    }

    /// A namespace holding `attributes`, as `SimpleNamespace(**attributes)` makes.
    func newSimpleNamespace(_ attributes: [(String, Value)]) throws(Raised) -> Value {
        let namespace = try newInstance(RuntimeTypeIDs.simpleNamespace)
        try withRoots(namespace) { () throws(Raised) in
            for (name, value) in attributes { try setAttribute(namespace, intern(name), value) }
        }
        return namespace
    }

    /// In CPython: `namespace(a=1, b='x')`, named by the class for subclasses, with only
    /// non-empty str keys shown and `namespace(...)` for a namespace inside itself.
    func simpleNamespaceRepr(_ namespace: Value) throws(Raised) -> String {
        let id = typeID(of: namespace)
        let name = id == RuntimeTypeIDs.simpleNamespace ? "namespace" : typeName(namespace)
        if reprInProgress.contains(namespace.bits) { return name + "(...)" }
        reprInProgress.insert(namespace.bits)
        defer { reprInProgress.remove(namespace.bits) }
        let attributes = try getAttribute(namespace, names.dict)
        var parts: [String] = []
        try withRoots(attributes) { () throws(Raised) in
            var entry = 0
            // The dict is read again at each step: a value's __repr__ may change it.
            while entry < DictView(attributes).used {
                let dict = DictView(attributes)
                let key = dict.key(entry)
                if !key.isNull, isInstance(key, typeID: TypeID.str), StrView(key).count > 0 {
                    parts.append(StrView(key).string + "=" + (try reprString(dict.value(entry))))
                }
                entry += 1
            }
        }
        return name + "(" + parts.joined(separator: ", ") + ")"
    }

    /// In CPython: two namespaces compare by their `__dict__`s; anything else is NotImplemented.
    func simpleNamespaceCompare(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        guard isInstance(right, typeID: RuntimeTypeIDs.simpleNamespace) else { return notImplemented }
        let leftDict = try getAttribute(left, names.dict)
        return try withRoots(leftDict) { () throws(Raised) in
            let rightDict = try getAttribute(right, names.dict)
            return try withRoots(rightDict) { () throws(Raised) in
                try richCompare(leftDict, rightDict, op)
            }
        }
    }
}
