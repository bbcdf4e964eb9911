// Instances of user subclasses of list, dict, set, frozenset and tuple.
//
// Such an instance has its base's layout and kind, so every builtin method that
// reads the layout works on it unchanged, plus two extra words for attributes
// (GCFlag.attributeExtension, Shapes.swift). Its header carries the subclass's
// type id, so the interpreter's exact-type fast paths skip it and the generic
// paths look dunders up along the MRO: the base types define those dunders on
// the object's kind (Builtins/ContainerDunders.swift).

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

    /// repr() of set and frozenset subclasses: `Name({1, 2})`, or `Name()` when empty, as CPython prints them.
    func installSetSubclassRepr() {
        for base in [TypeID.set, TypeID.frozenset] {
            defineMethod(base, "__repr__") { vm, arguments throws(Raised) in
                let set = arguments[0]
                let id = vm.typeID(of: set)
                if id == base, let text = try vm.builtinRepr(set) { return try vm.newStr(text) }
                if vm.setCount(set) == 0 { return try vm.newStr("\(vm.typeName(set))()") }
                var parts: [String] = []
                try vm.withSetItems(set) { items throws(Raised) in
                    for item in items { parts.append(try vm.reprString(item)) }
                }
                return try vm.newStr("\(vm.typeName(set))({\(parts.joined(separator: ", "))})")
            }
        }
    }
}

// Instances of user subclasses of int, float, str and bytes: ordinary instances
// (attributes in a slot array) whose payload word holds the builtin value; the
// builtin methods read it through builtinSelf / builtinNumber, and the operators
// of the base apply to it (Runtime/Operators.swift).
extension VM {
    /// What `base.__new__(cls, ...)` returns for the builtin value `value` it computed:
    /// the value itself when `cls` is `base`, else a new instance of `cls` carrying it.
    /// Whether `value` is an instance of a subclass of int, float, str or bytes.
    @inline(__always) func hasPayload(_ value: Value) -> Bool {
        value.isObject && ObjectRef(value).kind == .instance && !ObjectRef(value).instancePayload.isNull
    }

    func instance(of cls: Value, base: Int, carrying result: Value) throws(Raised) -> Value {
        let value = builtinSelf(result)
        guard isType(cls) else {
            throw raiseTypeError("\(typeName(id: base)).__new__(X): X is not a type object (\(typeName(cls)))")
        }
        let id = TypeView(cls).ownTypeID
        if id == base { return value }
        guard isSubtype(id, base) else {
            throw raiseTypeError("\(typeName(id: base)).__new__(\(typeName(id: id))): \(typeName(id: id)) is not a subtype of \(typeName(id: base))")
        }
        // A builtin subclass with its own layout (bool under int) must be made by its own __new__.
        let solid = TypeView(ObjectRef(types[id].object)[TypeLayout.solidBase]).ownTypeID
        guard solid == base else {
            throw raiseTypeError("\(typeName(id: base)).__new__(\(typeName(id: id))) is not safe, use \(typeName(id: solid)).__new__()")
        }
        let ref = try withRoots(value) { () throws(Raised) in
            try allocate(kind: .instance, typeID: id, words: InstanceLayout.wordsWithPayload, smallData: InstanceLayout.hasPayload)
        }
        ref[InstanceLayout.payload] = value
        if types[id].flags.contains(.hasFinalizer) { finalizable.append(ref.value) }
        return ref.value
    }
}

extension VM {
    /// A new instance of builtin class `typeID` whose payload is the tuple `fields`: how
    /// native objects without a layout of their own (re.Pattern, re.Match) keep their fields.
    func newPayloadObject(_ typeID: Int, _ fields: [Value]) throws(Raised) -> Value {
        let tuple = try newTuple(fields)
        return try withRoots(tuple) { () throws(Raised) in try newPayloadObject(typeID, tuple: tuple) }
    }

    /// The same for a field tuple already made (and rooted by the caller).
    func newPayloadObject(_ typeID: Int, tuple: Value) throws(Raised) -> Value {
        let ref = try allocate(kind: .instance, typeID: typeID, words: InstanceLayout.wordsWithPayload, smallData: InstanceLayout.hasPayload)
        ref[InstanceLayout.payload] = tuple
        return ref.value
    }

    /// The field tuple of an object made by newPayloadObject.
    @inline(__always) func payloadFields(_ object: Value) -> TupleView { TupleView(ObjectRef(object).instancePayload) }
}
