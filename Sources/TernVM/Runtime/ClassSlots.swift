// A class statement's `__slots__` (In CPython: type_new's slot handling and best_base in
// typeobject.c). Tern keeps a slot's value in the instance's attribute store (Objects/Shapes.swift)
// like any attribute. What `__slots__` decides is the member descriptor each name puts into the
// class's namespace (Builtins/MemberDescriptors.swift), whether instances get an attribute dict and
// weak references, and the instance layout: two bases whose slots both add fields cannot combine.

import TernCompiler

/// What a class's `__slots__` declares, read once (it may be an iterator).
struct DeclaredSlots {
    /// The names that get a member descriptor: mangled, sorted, without __dict__ and __weakref__.
    var members: [String] = []
    var addsDict = false
    var addsWeakReference = false
}

extension VM {
    /// The namespace's `__slots__`, checked as type.__new__ checks them, or nil when it has none.
    /// `bestBase` is the base whose instance layout the new class extends.
    func readDeclaredSlots(_ dict: DictView, className: String, bestBase: Int) throws(Raised) -> DeclaredSlots? {
        let slots = dictGetStr(dict, intern("__slots__"))
        if slots.isNull { return nil }
        var items = [slots]
        if !isStr(slots) {
            let list = ListView(try listFrom(slots))
            items = (0..<list.count).map { list[$0] }
        }
        let solid = TypeView(ObjectRef(types[bestBase].object)[TypeLayout.solidBase]).ownTypeID
        // Instances of int, tuple and bytes end in their items: nothing can follow them.
        let isVariableSize = solid == TypeID.int || solid == TypeID.tuple || solid == TypeID.bytes
        if isVariableSize && !items.isEmpty {
            throw raiseTypeError("nonempty __slots__ not supported for subtype of '\(typeName(id: bestBase))'")
        }
        var declared = DeclaredSlots()
        var names: [String] = []
        for item in items {
            guard isStr(item) else { throw raiseTypeError("__slots__ items must be strings, not '\(typeName(item))'") }
            guard isIdentifier(item) else { throw raiseTypeError("__slots__ must be identifiers") }
            switch swiftString(item) {
            case "__dict__":
                if declared.addsDict || instancesHaveDict(bestBase) { throw raiseTypeError("__dict__ slot disallowed: we already got one") }
                declared.addsDict = true
            case "__weakref__":
                if declared.addsWeakReference || isVariableSize || instancesHaveWeakReferences(bestBase) {
                    throw raiseTypeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
                }
                declared.addsWeakReference = true
            case let name:
                names.append(mangle(name, privateName: className))
            }
        }
        // The namespace still holds __qualname__ and __classcell__ here in CPython; they do not conflict.
        for name in names where name != "__qualname__" && name != "__classcell__" && !dictGetStr(dict, intern(name)).isNull {
            throw raiseValueError("'\(name)' in __slots__ conflicts with class variable")
        }
        declared.members = names.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return declared
    }

    /// Records a new class's slots: its members, and whether its instances go without a dict
    /// (no base gives them one) and without weak references (no base lets them have them).
    func recordSlots(_ slots: DeclaredSlots, _ members: [Value], _ id: Int, _ bases: Value) {
        if !members.isEmpty { classSlotMembers[id] = members }
        let baseTuple = TupleView(bases)
        let baseIDs = (0..<baseTuple.count).map { TypeView(baseTuple[$0]).ownTypeID }
        if !slots.addsDict && !baseIDs.contains(where: instancesHaveDict) {
            types[id].flags.insert(.withoutInstanceDict)
        }
        if !slots.addsWeakReference && !baseIDs.contains(where: instancesHaveWeakReferences) {
            types[id].flags.insert(.withoutWeakReferences)
        }
    }

    /// Whether instances of class `id` have an attribute dict (In CPython: tp_dictoffset != 0).
    private func instancesHaveDict(_ id: Int) -> Bool {
        let flags = types[id].flags
        return types[id].layout == .exception || (id != TypeID.object && flags.contains(.heapType) && !flags.contains(.withoutInstanceDict))
    }

    /// Whether instances of class `id` can be weakly referenced (set and frozenset's can).
    private func instancesHaveWeakReferences(_ id: Int) -> Bool {
        let flags = types[id].flags
        return id == TypeID.set || id == TypeID.frozenset || (flags.contains(.heapType) && !flags.contains(.withoutWeakReferences))
    }

    /// The class whose instance layout instances of class `id` have (In CPython: solid_base): the
    /// nearest class along its MRO whose own slots add members, else its builtin solid base.
    func instanceLayoutOwner(_ id: Int) -> Int {
        let mro = TypeView(types[id].object).mro
        for index in 0..<mro.count {
            let classID = TypeView(mro[index]).ownTypeID
            if classSlotMembers[classID] != nil { return classID }
        }
        return TypeView(ObjectRef(types[id].object)[TypeLayout.solidBase]).ownTypeID
    }

    /// The slot members the classes along the MRO of class `id` declare, in MRO order.
    func declaredSlotNames(_ id: Int) -> [Value] {
        let mro = TypeView(types[id].object).mro
        return (0..<mro.count).flatMap { classSlotMembers[TypeView(mro[$0]).ownTypeID] ?? [] }
    }
}
