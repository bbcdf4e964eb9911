// member_descriptor: what each name of a class's `__slots__` puts into the class's namespace
// (`<member 'x' of 'P' objects>`). The slot's value lives in the instance's attribute store
// (Objects/Shapes.swift) under the member's name, so attribute access reads and writes it there
// directly (Attributes.swift, through the same inline caches as any instance attribute); the
// methods below are the descriptor protocol for code that calls it. A payload object whose
// fields are (name, owner class). In CPython: PyMemberDescr_Type in descrobject.c.

extension RuntimeTypeIDs {
    nonisolated(unsafe) static var memberDescriptor = -1
}

/// The fields of a member descriptor's payload tuple; a builtin type's read-only member also has
/// the native getter that reads it.
enum MemberFields {
    static let name = 0, owner = 1, getter = 2
}

extension VM {
    func installMemberDescriptorType() {
        let id = makeBuiltinClass(name: "member_descriptor", base: TypeID.object, layout: .instance,
                                  flags: [.withoutInstanceDict, .final])
        RuntimeTypeIDs.memberDescriptor = id
        // Only class creation makes members: one without its fields would be read as one.
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            throw vm.raiseTypeError("cannot create 'member_descriptor' instances")
        }
        defineMethod(id, "__get__", arguments: 1...2) { vm, arguments throws(Raised) in
            let object = arguments[1], owner = arguments.count > 2 ? arguments[2] : Value.none
            if object.isNone {
                if owner.isNone { throw vm.raiseTypeError("__get__(None, None) is invalid") }
                return arguments[0]
            }
            let value = try vm.memberValue(arguments[0], object, cache: nil)
            if value.isNull { throw vm.raiseAttributeError(object, vm.memberName(arguments[0])) }
            return value
        }
        defineMethod(id, "__set__", arguments: 2...2) { vm, arguments throws(Raised) in
            try vm.setMember(arguments[0], arguments[1], arguments[2], cache: nil)
            return .none
        }
        defineMethod(id, "__delete__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.deleteMember(arguments[0], arguments[1])
            return .none
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            try vm.newStr("<member '\(vm.swiftString(vm.memberName(arguments[0])))' of '\(vm.memberOwnerName(arguments[0]))' objects>")
        }
        // Pickled as the attribute of its class it is.
        defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let fields = vm.payloadFields(arguments[0])
            let getattr = try vm.builtinNamed("getattr")
            return try vm.withRoots(getattr) { () throws(Raised) in
                let pair = try vm.newTuple([fields[MemberFields.owner], fields[MemberFields.name]])
                return try vm.withRoots(pair) { () throws(Raised) in try vm.newTuple([getattr, pair]) }
            }
        }
        defineGetter(id, "__name__") { vm, value throws(Raised) in vm.memberName(value) }
        defineGetter(id, "__objclass__") { vm, value throws(Raised) in vm.payloadFields(value)[MemberFields.owner] }
        defineGetter(id, "__qualname__") { vm, value throws(Raised) in
            let owner = vm.payloadFields(value)[MemberFields.owner]
            return try vm.newStr(vm.swiftString(ObjectRef(owner)[TypeLayout.qualifiedName]) + "." + vm.swiftString(vm.memberName(value)))
        }
        // In CPython 3.11 a slot's member has no doc, even when __slots__ is a dict of docs.
        defineGetter(id, "__doc__") { vm, value throws(Raised) in .none }
        // Function attributes CPython makes members: `types.MemberDescriptorType` is
        // `type(FunctionType.__globals__)`, and dataclasses tells slots from defaults by it.
        for name in ["__globals__", "__closure__"] { makeReadonlyMember(TypeID.function, name) }
    }

    /// Turns the read-only property `name` of builtin type `id` into a member reading through its getter.
    private func makeReadonlyMember(_ id: Int, _ name: String) {
        let key = intern(name), dict = TypeView(types[id].object).dict
        let getter = ObjectRef(dictGetStr(dict, key))[PropertyLayout.getter]
        let member = try! newPayloadObject(RuntimeTypeIDs.memberDescriptor, [key, types[id].object, getter])
        TypeLookupCache.invalidate()
        try! dictSet(dict, key, member)
    }

    /// A builtin type's member's native getter; nil for a slot's member.
    @inline(__always) private func nativeGetter(_ member: Value) -> Value? {
        let fields = payloadFields(member)
        return fields.count > MemberFields.getter ? fields[MemberFields.getter] : nil
    }

    func newMemberDescriptor(_ name: Value, owner: Value) throws(Raised) -> Value {
        try newPayloadObject(RuntimeTypeIDs.memberDescriptor, [name, owner])
    }

    @inline(__always) func isMemberDescriptor(_ value: Value) -> Bool {
        value.isObject && ObjectRef(value).typeID == RuntimeTypeIDs.memberDescriptor
    }

    /// The member's slot name (interned).
    @inline(__always) func memberName(_ member: Value) -> Value { payloadFields(member)[MemberFields.name] }

    private func memberOwnerName(_ member: Value) -> String {
        swiftString(TypeView(payloadFields(member)[MemberFields.owner]).name)
    }

    /// Whether `member` is the one named `name` of a class in the MRO of class `id`: then the
    /// instance's own attribute `name` is what the member reads.
    @inline(__always) func isOwnSlotMember(_ member: Value, _ name: Value, of id: Int) -> Bool {
        isMemberDescriptor(member) && memberName(member) == name && nativeGetter(member) == nil
            && isSubtype(id, TypeView(payloadFields(member)[MemberFields.owner]).ownTypeID)
    }

    /// The TypeError of a member used on an object that is not an instance of its class.
    private func checkMemberApplies(_ member: Value, _ object: Value) throws(Raised) {
        let owner = TypeView(payloadFields(member)[MemberFields.owner]).ownTypeID
        if !isInstance(object, typeID: owner) {
            let name = swiftString(memberName(member))
            throw raiseTypeError("descriptor '\(name)' for '\(typeName(id: owner))' objects doesn't apply to a '\(typeName(object))' object")
        }
    }

    /// The slot's value on `object`, or NULL when the slot is empty; a read the cache can repeat
    /// fills it as any instance attribute's.
    func memberValue(_ member: Value, _ object: Value, cache: UnsafeMutablePointer<InlineCache>?) throws(Raised) -> Value {
        try checkMemberApplies(member, object)
        if let getter = nativeGetter(member) { return try call(getter, object) }
        return ownAttribute(ObjectRef(object), memberName(member), cache: cache)
    }

    func setMember(_ member: Value, _ object: Value, _ value: Value, cache: UnsafeMutablePointer<InlineCache>?) throws(Raised) {
        try checkMemberApplies(member, object)
        if nativeGetter(member) != nil { throw raise(exceptionTypes.attributeError, "readonly attribute") }
        try storeOwnAttribute(ObjectRef(object), memberName(member), value, cache: cache)
    }

    /// Empties the slot; an empty one is an AttributeError carrying only the name, as in CPython.
    func deleteMember(_ member: Value, _ object: Value) throws(Raised) {
        try checkMemberApplies(member, object)
        if nativeGetter(member) != nil { throw raise(exceptionTypes.attributeError, "readonly attribute") }
        let name = memberName(member)
        if !(try deleteInstanceSlot(ObjectRef(object), name)) { throw raise(exceptionTypes.attributeError, swiftString(name)) }
    }
}
