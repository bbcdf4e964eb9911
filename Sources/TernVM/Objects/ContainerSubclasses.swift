// Instances of user subclasses of list, dict, set, frozenset and tuple.
//
// Such an instance has its base's layout and kind, so every builtin method that
// reads the layout works on it unchanged, plus two extra words for attributes
// (GCFlag.attributeExtension, Shapes.swift). Its header carries the subclass's
// type id, so the interpreter's exact-type fast paths skip it and the generic
// paths look dunders up along the MRO; the base types therefore define the
// dunders natively here, each running the builtin operation with the object
// temporarily presented as its base type.

extension VM {
    /// Which builtin container a subclass instance of `id` is laid out as, or nil.
    func containerBase(of id: Int) -> Int? {
        let solid = TypeView(ObjectRef(types[id].object)[TypeLayout.solidBase]).ownTypeID
        switch solid {
        case TypeID.list, TypeID.dict, TypeID.set, TypeID.frozenset, TypeID.tuple: return solid
        default: return nil
        }
    }

    /// An empty list, dict or set (or frozenset) whose class is `id`, a subclass of `base`.
    func newContainerInstance(base: Int, typeID id: Int) throws(Raised) -> Value {
        let extra = id == base ? 0 : 2
        switch base {
        case TypeID.list:
            let ref = try allocate(kind: .list, typeID: id, words: ListLayout.words + extra)
            if extra > 0 { ref.header |= GCFlag.attributeExtension }
            return ref.value
        case TypeID.dict:
            let ref = try allocate(kind: .dict, typeID: id, words: DictLayout.words + extra)
            let template = try newDict()
            ref[DictLayout.entries] = template.ref[DictLayout.entries]
            ref[DictLayout.indices] = template.ref[DictLayout.indices]
            if extra > 0 { ref.header |= GCFlag.attributeExtension }
            return ref.value
        default:
            let ref = try allocate(kind: .set, typeID: id, words: SetLayout.words + extra)
            ref.setWord(SetLayout.mask, 7)
            ref[SetLayout.table] = try allocateValueArray(capacity: 16).ref.value
            if extra > 0 { ref.header |= GCFlag.attributeExtension }
            return ref.value
        }
    }

    /// A tuple of class `id` (a tuple subclass) holding `items`.
    func newTupleInstance(typeID id: Int, items: Value) throws(Raised) -> Value {
        let source = TupleView(items)
        let ref = try allocate(kind: .tuple, typeID: id, words: TupleLayout.items + source.count + 2)
        ref.setWord(TupleLayout.count, source.count)
        for index in 0..<source.count { ref[TupleLayout.items + index] = source[index] }
        ref.header |= GCFlag.attributeExtension
        return ref.value
    }

    /// Runs `body` with `value` presenting type `base` (its own layout type) instead of its subclass.
    /// Python code running meanwhile (item __eq__, key functions) sees the base type.
    func asBuiltin<R>(_ value: Value, _ base: Int, _ body: () throws(Raised) -> R) throws(Raised) -> R {
        let ref = ObjectRef(value)
        let savedType = ref.header >> 32
        if savedType == UInt64(base) { return try body() }
        ref.header = (ref.header & 0xFFFF_FFFF) | UInt64(base) << 32
        defer { ref.header = (ref.header & 0xFFFF_FFFF) | savedType << 32 }
        return try body()
    }

    func installContainerSubclassDunders() {
        let containers = [TypeID.list, TypeID.tuple, TypeID.dict, TypeID.set, TypeID.frozenset]
        for base in containers {
            defineMethod(base, "__len__") { vm, arguments throws(Raised) in
                Value(int: try vm.asBuiltin(arguments[0], base) { () throws(Raised) in try vm.length(of: arguments[0]) })
            }
            defineMethod(base, "__iter__") { vm, arguments throws(Raised) in
                try vm.asBuiltin(arguments[0], base) { () throws(Raised) in try vm.getIterator(arguments[0]) }
            }
            defineMethod(base, "__contains__") { vm, arguments throws(Raised) in
                Value(bool: try vm.asBuiltin(arguments[0], base) { () throws(Raised) in try vm.contains(arguments[0], arguments[1]) })
            }
            defineMethod(base, "__repr__") { vm, arguments throws(Raised) in
                let ownName = vm.typeName(arguments[0])
                var text = try vm.asBuiltin(arguments[0], base) { () throws(Raised) in try vm.reprString(arguments[0]) }
                if (base == TypeID.set || base == TypeID.frozenset) && vm.typeID(of: arguments[0]) != base {
                    // In CPython: set subclasses print as Name({...}), or Name() when empty.
                    if text.hasPrefix("frozenset(") { text = String(text.dropFirst("frozenset(".count).dropLast()) }
                    text = text == "set()" || text.isEmpty ? "\(ownName)()" : "\(ownName)(\(text))"
                }
                return try vm.newStr(text)
            }
            for (name, op) in [("__eq__", 0), ("__ne__", 1), ("__lt__", 2), ("__le__", 3), ("__gt__", 4), ("__ge__", 5)] {
                defineMethod(base, name) { vm, arguments throws(Raised) in
                    let other = arguments[1]
                    guard vm.containerBase(of: vm.typeID(of: other)) == base || (base >= TypeID.set && vm.isSetLike(other)) else {
                        return vm.notImplemented
                    }
                    let otherBase = vm.containerBase(of: vm.typeID(of: other)) ?? base
                    let result = try vm.asBuiltin(arguments[0], base) { () throws(Raised) in
                        try vm.asBuiltin(other, otherBase) { () throws(Raised) in try vm.builtinCompare(arguments[0], other, op) }
                    }
                    return result.map { Value(bool: $0) } ?? vm.notImplemented
                }
            }
            if base != TypeID.dict {
                for (name, op) in [("__add__", BinaryOp.add), ("__mul__", BinaryOp.mul), ("__or__", BinaryOp.or),
                                   ("__and__", BinaryOp.and), ("__sub__", BinaryOp.sub), ("__xor__", BinaryOp.xor)] {
                    if (base == TypeID.list || base == TypeID.tuple) != (op == BinaryOp.add || op == BinaryOp.mul) { continue }
                    defineMethod(base, name) { vm, arguments throws(Raised) in
                        let other = arguments[1]
                        let otherBase = vm.containerBase(of: vm.typeID(of: other))
                        let result = try vm.asBuiltin(arguments[0], base) { () throws(Raised) in
                            if let otherBase {
                                return try vm.asBuiltin(other, otherBase) { () throws(Raised) in
                                    try vm.builtinSequenceBinary(arguments[0], other, op, inPlace: false)
                                }
                            }
                            return try vm.builtinSequenceBinary(arguments[0], other, op, inPlace: false)
                        }
                        return result.isNull ? vm.notImplemented : result
                    }
                }
            }
        }
        defineMethod(TypeID.dict, "__getitem__") { vm, arguments throws(Raised) in
            let found = try vm.dictGet(DictView(arguments[0]), arguments[1])
            if !found.isNull { return found }
            // In CPython: dict.__getitem__ calls a subclass's __missing__ for absent keys.
            let missing = vm.lookupInType(vm.typeID(of: arguments[0]), vm.names.missing)
            if !missing.isNull { return try vm.call(missing, arguments[0], arguments[1]) }
            throw vm.raise(exception: try vm.newException(vm.exceptionTypes.keyError, args: try vm.newTuple([arguments[1]])))
        }
        for base in [TypeID.list, TypeID.tuple] {
            defineMethod(base, "__getitem__") { vm, arguments throws(Raised) in
                try vm.asBuiltin(arguments[0], base) { () throws(Raised) in try vm.getItem(arguments[0], arguments[1]) }
            }
        }
        for base in [TypeID.list, TypeID.dict] {
            defineMethod(base, "__setitem__") { vm, arguments throws(Raised) in
                try vm.asBuiltin(arguments[0], base) { () throws(Raised) in try vm.setItem(arguments[0], arguments[1], arguments[2]) }
                return .none
            }
            defineMethod(base, "__delitem__") { vm, arguments throws(Raised) in
                try vm.asBuiltin(arguments[0], base) { () throws(Raised) in try vm.deleteItem(arguments[0], arguments[1]) }
                return .none
            }
        }
        for base in [TypeID.tuple, TypeID.frozenset] {
            defineMethod(base, "__hash__") { vm, arguments throws(Raised) in
                try vm.newInt(Int64(try vm.asBuiltin(arguments[0], base) { () throws(Raised) in try vm.hashValue(arguments[0]) }))
            }
        }
    }
}
