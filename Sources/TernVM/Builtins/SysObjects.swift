// sys.version_info: a tuple subclass with named fields, as CPython's struct
// sequence (`sys.version_info.major`, `sys.version_info[:2] == (3, 11)`).

extension VM {
    /// Builds the `sys.version_info` class and its single instance.
    func newVersionInfo() throws(Raised) -> Value {
        let fields = ["major", "minor", "micro", "releaselevel", "serial"]
        let values = [Value(int: 3), Value(int: 11), Value(int: 0), intern("final"), Value(int: 0)]
        let namespace = try newDict()
        try dictSet(namespace, names.module, intern("sys"))
        for (index, field) in fields.enumerated() {
            let getter = newNative(field, receiverType: TypeID.tuple) { vm, arguments throws(Raised) in TupleView(arguments[0])[index] }
            let property = try allocate(kind: .property, typeID: TypeID.property, words: PropertyLayout.words)
            property[PropertyLayout.getter] = getter
            property[PropertyLayout.setter] = .none
            property[PropertyLayout.deleter] = .none
            property[PropertyLayout.doc] = .none
            try dictSet(namespace, intern(field), property.value)
        }
        try dictSet(namespace, names.repr, newNative("__repr__") { vm, arguments throws(Raised) in
            let tuple = TupleView(arguments[0])
            var parts: [String] = []
            for (index, field) in fields.enumerated() { parts.append("\(field)=\(try vm.reprString(tuple[index]))") }
            return try vm.newStr("sys.version_info(\(parts.joined(separator: ", ")))")
        })
        // Built directly rather than through createClass: no frame exists yet while sys is installed.
        let typeRef = try allocate(kind: .type, typeID: TypeID.type, words: TypeLayout.words)
        typeRef[TypeLayout.name] = intern("version_info")
        typeRef[TypeLayout.qualifiedName] = intern("version_info")
        typeRef[TypeLayout.bases] = try newTuple([typeObject(TypeID.tuple)])
        typeRef[TypeLayout.dict] = namespace.ref.value
        typeRef[TypeLayout.solidBase] = typeObject(TypeID.tuple)
        typeRef[TypeLayout.mro] = try newTuple([typeRef.value, typeObject(TypeID.tuple), typeObject(TypeID.object)])
        try dictSet(namespace, names.doc, .none)
        let type = typeRef.value
        let id = registerType(object: type, layout: .tuple, flags: [.heapType])
        updateTypeFlags(id)
        permanentRoots.append(type)
        let instance = try allocate(kind: .tuple, typeID: TypeView(type).ownTypeID, words: TupleLayout.items + values.count)
        instance.setWord(TupleLayout.count, values.count)
        let view = TupleView(instance.value)
        for (index, value) in values.enumerated() { view[index] = value }
        return instance.value
    }
}
