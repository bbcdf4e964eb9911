// sys.version_info, sys.flags and sys.float_info: tuple subclasses with named fields, as CPython's struct
// sequences (`sys.version_info.major`, `sys.version_info[:2] == (3, 11)`).

extension VM {
    func newVersionInfo() throws(Raised) -> Value {
        try newStructSequence("version_info", ["major", "minor", "micro", "releaselevel", "serial"],
                              [Value(int: 3), Value(int: 11), Value(int: 0), intern("final"), Value(int: 0)])
    }

    /// sys.flags from the command line's settings.
    func newFlags() throws(Raised) -> Value {
        let settings = commandLine
        let fields: [(String, Value)] = [
            ("debug", Value(int: 0)), ("inspect", Value(int: 0)), ("interactive", Value(int: 0)),
            ("optimize", Value(int: settings.optimize)), ("dont_write_bytecode", Value(int: settings.dontWriteBytecode ? 1 : 0)),
            ("no_user_site", Value(int: 0)), ("no_site", Value(int: 0)), ("ignore_environment", Value(int: settings.isolated ? 1 : 0)),
            ("verbose", Value(int: 0)), ("bytes_warning", Value(int: 0)), ("quiet", Value(int: 0)),
            ("hash_randomization", Value(int: 1)), ("isolated", Value(int: settings.isolated ? 1 : 0)), ("dev_mode", .false),
            ("utf8_mode", Value(int: 0)), ("warn_default_encoding", Value(int: 0)), ("safe_path", Value(bool: settings.isolated)),
            ("int_max_str_digits", Value(int: -1)),
        ]
        return try newStructSequence("flags", fields.map { $0.0 }, fields.map { $0.1 })
    }

    /// sys.float_info: the properties of the IEEE 754 double that float is.
    func newFloatInfo() throws(Raised) -> Value {
        let fields: [(String, Value)] = [
            ("max", Value(anyDouble: Double.greatestFiniteMagnitude)), ("max_exp", Value(int: 1024)), ("max_10_exp", Value(int: 308)),
            ("min", Value(anyDouble: Double.leastNormalMagnitude)), ("min_exp", Value(int: -1021)), ("min_10_exp", Value(int: -307)),
            ("dig", Value(int: 15)), ("mant_dig", Value(int: 53)), ("epsilon", Value(anyDouble: Double.ulpOfOne)),
            ("radix", Value(int: 2)), ("rounds", Value(int: 1)),
        ]
        return try newStructSequence("float_info", fields.map { $0.0 }, fields.map { $0.1 })
    }

    /// A class named `sys.<name>` deriving from tuple with a read-only property per field,
    /// and its single instance holding `values`.
    func newStructSequence(_ name: String, _ fields: [String], _ values: [Value]) throws(Raised) -> Value {
        let type = try newStructSequenceType(module: "sys", name, fields)
        return try withRoots(type) { () throws(Raised) in try structSequence(type, values) }
    }

    /// A tuple subclass `module.name` whose items are read as the named `fields`, as
    /// CPython's struct sequences (sys.flags, time.struct_time). `hidden` fields are
    /// attributes only (os.stat_result's st_atime_ns); one named like an item replaces
    /// it as an attribute, the item keeping the name in repr. Kept alive for good.
    func newStructSequenceType(module: String, _ name: String, _ fields: [String], hidden: [String] = []) throws(Raised) -> Value {
        let namespace = try newDict()
        try dictSet(namespace, names.module, intern(module))
        for (index, field) in fields.enumerated() where !hidden.contains(field) {
            let getter = newNative(field, receiverType: TypeID.tuple) { vm, arguments throws(Raised) in
                let tuple = TupleView(vm.builtinSelf(arguments[0]))
                return index < tuple.count ? tuple[index] : .none
            }
            try dictSet(namespace, intern(field), try newReadOnlyProperty(getter))
        }
        for field in hidden {
            let key = intern(field)
            let getter = newNative(field, receiverType: TypeID.tuple) { vm, arguments throws(Raised) in
                let value = vm.instanceSlotValue(ObjectRef(arguments[0]), key)
                return value.isNull ? .none : value
            }
            try dictSet(namespace, key, try newReadOnlyProperty(getter))
        }
        try dictSet(namespace, names.repr, newNative("__repr__") { vm, arguments throws(Raised) in
            let tuple = TupleView(vm.builtinSelf(arguments[0]))
            var parts: [String] = []
            for (index, field) in fields.enumerated() where index < tuple.count { parts.append("\(field)=\(try vm.reprString(tuple[index]))") }
            return try vm.newStr("\(module == "builtins" ? name : "\(module).\(name)")(\(parts.joined(separator: ", ")))")
        })
        try dictSet(namespace, intern("n_fields"), Value(int: fields.count + hidden.count))
        try dictSet(namespace, intern("n_sequence_fields"), Value(int: fields.count))
        try dictSet(namespace, intern("n_unnamed_fields"), Value(int: fields.filter(hidden.contains).count))
        // Built directly rather than through createClass: no frame exists yet while sys is installed.
        let typeRef = try allocate(kind: .type, typeID: TypeID.type, words: TypeLayout.words)
        typeRef[TypeLayout.name] = intern(name)
        typeRef[TypeLayout.qualifiedName] = intern(name)
        typeRef[TypeLayout.bases] = try newTuple([typeObject(TypeID.tuple)])
        typeRef[TypeLayout.dict] = namespace.ref.value
        typeRef[TypeLayout.solidBase] = typeObject(TypeID.tuple)
        typeRef[TypeLayout.mro] = try newTuple([typeRef.value, typeObject(TypeID.tuple), typeObject(TypeID.object)])
        try dictSet(namespace, names.doc, .none)
        let type = typeRef.value
        let id = registerType(object: type, layout: .tuple, flags: [.heapType])
        if !hidden.isEmpty { defineStructSequenceNew(id, module: module, name, fields, hidden: hidden) }
        updateTypeFlags(id)
        permanentRoots.append(type)
        return type
    }

    /// An instance of a struct sequence type holding `values`, and its hidden fields
    /// (interned name, value) as attributes.
    func structSequence(_ type: Value, _ values: [Value], hidden: [(Value, Value)] = []) throws(Raised) -> Value {
        let extension_ = hidden.isEmpty ? 0 : 2
        let instance = try allocate(kind: .tuple, typeID: TypeView(type).ownTypeID, words: TupleLayout.items + values.count + extension_)
        instance.setWord(TupleLayout.count, values.count)
        let view = TupleView(instance.value)
        for (index, value) in values.enumerated() { view[index] = value }
        if extension_ > 0 {
            instance.header |= GCFlag.attributeExtension
            for (name, value) in hidden { try setInstanceSlot(instance, name, value) }
        }
        return instance.value
    }

    /// `Type(sequence)`: the items, then the hidden fields (None when not given; a hidden
    /// field named like an item then takes the item, as os.stat_result's times do).
    private func defineStructSequenceNew(_ id: Int, module: String, _ name: String, _ fields: [String], hidden: [String]) {
        let hiddenKeys = hidden.map { intern($0) }
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, name, ["sequence", "dict"], required: 1, skip: 1)
            let items = try vm.tupleFrom(bound[0])
            return try vm.withRoots(items) { () throws(Raised) in
                let tuple = TupleView(items)
                let total = fields.count + hidden.count
                guard tuple.count >= fields.count && tuple.count <= total else {
                    let limit = tuple.count < fields.count ? "at least \(fields.count)" : "at most \(total)"
                    throw vm.raiseTypeError("\(module).\(name)() takes an \(limit)-sequence (\(tuple.count)-sequence given)")
                }
                var extra: [(Value, Value)] = []
                for (index, key) in hiddenKeys.enumerated() {
                    var value = fields.count + index < tuple.count ? tuple[fields.count + index] : Value.none
                    if value.isNone, let item = fields.firstIndex(of: hidden[index]) { value = tuple[item] }
                    extra.append((key, value))
                }
                return try vm.structSequence(arguments[0], (0..<fields.count).map { tuple[$0] }, hidden: extra)
            }
        }
    }

    /// A field's property: setting or deleting it is CPython's "readonly attribute" error.
    private func newReadOnlyProperty(_ getter: Value) throws(Raised) -> Value {
        let readOnly = newNative("readonly") { vm, arguments throws(Raised) in
            throw vm.raise(vm.exceptionTypes.attributeError, "readonly attribute")
        }
        let property = try allocate(kind: .property, typeID: TypeID.property, words: PropertyLayout.words)
        property[PropertyLayout.getter] = getter
        property[PropertyLayout.setter] = readOnly
        property[PropertyLayout.deleter] = readOnly
        property[PropertyLayout.doc] = .none
        return property.value
    }
}
