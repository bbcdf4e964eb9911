// object.__reduce_ex__, __reduce__ and __getstate__: how copy and pickle take an object
// apart when its class says nothing itself. In CPython: typeobject.c's reduce_newobj,
// object_getstate and _PyObject_GetNewArguments; protocols 0 and 1 go to copyreg._reduce_ex.
// Swift rather than Python because copy.deepcopy asks this of every instance it copies.

extension VM {
    func installObjectReduce() {
        let object = TypeID.object
        defineMethod(object, "__reduce_ex__", arguments: 1...1) { vm, arguments throws(Raised) in
            let protocolNumber = try vm.protocolArgument(arguments[1])
            let type = vm.typeID(of: arguments[0])
            let reduce = vm.lookupInType(type, vm.names.reduce)
            if !vm.isBuiltinMethod(reduce, of: TypeID.object, vm.names.reduce) {
                return try vm.call(try vm.getAttribute(arguments[0], vm.names.reduce))
            }
            return try vm.commonReduce(arguments[0], protocolNumber)
        }
        defineMethod(object, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.commonReduce(arguments[0], 0)
        }
        defineMethod(object, "__getstate__", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.defaultState(arguments[0], required: false)
        }
        installNewArguments()
    }

    /// __getnewargs__ of int, float, str, bytes and tuple: (the builtin value,), from which copy
    /// and pickle rebuild an instance of a subclass (the natives of the first four get that value).
    private func installNewArguments() {
        for id in [TypeID.int, TypeID.float, TypeID.str, TypeID.bytes] {
            defineMethod(id, "__getnewargs__", arguments: 0...0) { vm, arguments throws(Raised) in
                let value = arguments[0]
                return try vm.newTuple([value.isBool ? Value(int: value == .true ? 1 : 0) : value])
            }
        }
        defineMethod(TypeID.tuple, "__getnewargs__", arguments: 0...0) { vm, arguments throws(Raised) in
            let items = try vm.newTuple(count: TupleView(arguments[0]).count) { index in TupleView(arguments[0])[index] }
            return try vm.withRoots(items) { () throws(Raised) in try vm.newTuple([items]) }
        }
    }

    /// The protocol number __reduce_ex__ takes: an int or an object with __index__.
    private func protocolArgument(_ value: Value) throws(Raised) -> Int {
        if let small = smallIntValue(value) { return Int(small) }
        guard isIntLike(value) || !lookupInType(typeID(of: value), names.index).isNull else {
            throw raiseTypeError("'\(typeName(value))' object cannot be interpreted as an integer")
        }
        return try indexValue(value) { "" }
    }

    /// object.__reduce_ex__(protocol) once the class is known not to define __reduce__.
    func commonReduce(_ object: Value, _ protocolNumber: Int) throws(Raised) -> Value {
        if protocolNumber >= 2 { return try reduceToNewObject(object) }
        let reduceEx = try getAttribute(try copyregModule(), intern("_reduce_ex"))
        return try call(reduceEx, object, Value(int: Int64(protocolNumber)))
    }

    /// copyreg, from sys.modules when it is there (as it is once copy or pickle is imported).
    private func copyregModule() throws(Raised) -> Value {
        let loaded = dictGetStr(DictView(modulesDict), names.copyreg)
        return isModule(loaded) ? loaded : try importDotted("copyreg")
    }

    /// (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or __newobj_ex__
    /// with (cls, args, kwargs) when __getnewargs_ex__ gives keywords.
    private func reduceToNewObject(_ object: Value) throws(Raised) -> Value {
        // Slots: 0 args, 1 kwargs, 2 copyreg, 3 creator, 4 creator's arguments, 5 state, 6 list items, 7 dict items.
        try withStackSpace(8) { (slots) throws(Raised) in
            try newArguments(object, into: slots)
            let hasArguments = !slots[0].isNull
            if slots[0].isNull { slots[0] = emptyTuple }
            let type = typeOf(object)
            slots[2] = try copyregModule()
            if slots[1].isNull || DictView(slots[1]).count == 0 {
                slots[3] = try getAttribute(slots[2], intern("__newobj__"))
                let given = TupleView(slots[0])
                slots[4] = try newTuple(count: given.count + 1) { index in index == 0 ? type : TupleView(slots[0])[index - 1] }
            } else {
                slots[3] = try getAttribute(slots[2], intern("__newobj_ex__"))
                slots[4] = try newTuple([type, slots[0], slots[1]])
            }
            let isList = isInstance(object, typeID: TypeID.list), isDict = isInstance(object, typeID: TypeID.dict)
            slots[5] = try objectState(object, required: !(hasArguments || isList || isDict))
            slots[6] = isList ? try getIterator(object) : .none
            slots[7] = isDict ? try getIterator(try call(try getAttribute(object, intern("items")))) : .none
            return try newTuple(UnsafeBufferPointer(start: slots + 3, count: 5))
        }
    }

    /// The arguments __getnewargs_ex__ or __getnewargs__ give, into slots[0] (a tuple, or NULL
    /// when the class defines neither) and slots[1] (a dict or NULL), checked as CPython does.
    private func newArguments(_ object: Value, into slots: UnsafeMutablePointer<Value>) throws(Raised) {
        let type = typeID(of: object)
        let withKeywords = lookupInType(type, intern("__getnewargs_ex__"))
        if !withKeywords.isNull {
            let result = try call(try bindDescriptor(withKeywords, object, typeOf(object)))
            guard isInstance(result, typeID: TypeID.tuple) else {
                throw raiseTypeError("__getnewargs_ex__ should return a tuple, not '\(typeName(result))'")
            }
            let pair = TupleView(builtinSelf(result))
            guard pair.count == 2 else {
                throw raiseValueError("__getnewargs_ex__ should return a tuple of length 2, not \(pair.count)")
            }
            guard isInstance(pair[0], typeID: TypeID.tuple) else {
                throw raiseTypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '\(typeName(pair[0]))'")
            }
            guard isInstance(pair[1], typeID: TypeID.dict) else {
                throw raiseTypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '\(typeName(pair[1]))'")
            }
            slots[0] = builtinSelf(pair[0])
            slots[1] = pair[1]
            return
        }
        let plain = lookupInType(type, intern("__getnewargs__"))
        if plain.isNull { return }
        let result = try call(try bindDescriptor(plain, object, typeOf(object)))
        guard isInstance(result, typeID: TypeID.tuple) else {
            throw raiseTypeError("__getnewargs__ should return a tuple, not '\(typeName(result))'")
        }
        slots[0] = builtinSelf(result)
    }

    /// obj.__getstate__(), or object's default without the bound method when the class keeps object's.
    private func objectState(_ object: Value, required: Bool) throws(Raised) -> Value {
        let getstate = lookupInType(typeID(of: object), names.getstate)
        let ownAttribute = object.isObject && instanceHasOwn(ObjectRef(object), names.getstate)
        if isBuiltinMethod(getstate, of: TypeID.object, names.getstate) && !ownAttribute {
            return try defaultState(object, required: required)
        }
        return try call(try getAttribute(object, names.getstate))
    }

    /// object.__getstate__: the instance dict (live, None when empty) and, when the class has
    /// slots holding values, (dict, {slot: value}). `required` (the object is rebuilt from its
    /// class alone) refuses objects whose builtin layout keeps data the state would lose.
    func defaultState(_ object: Value, required: Bool) throws(Raised) -> Value {
        let type = typeID(of: object)
        if required && object.isObject && ObjectRef(object).kind == .code {
            throw raiseTypeError("cannot pickle code objects")
        }
        // In CPython: the object is bigger than object plus its dict, weakref and slot pointers.
        if required && TypeView(ObjectRef(types[type].object)[TypeLayout.solidBase]).ownTypeID != TypeID.object {
            throw raiseTypeError("cannot pickle '\(typeName(object))' object")
        }
        return try withStackSpace(3) { (slots) throws(Raised) in
            slots[0] = try instanceDictOrNone(object)
            slots[1] = try slotNames(type)
            guard typeID(of: slots[1]) == TypeID.list, ListView(slots[1]).count > 0 else { return slots[0] }
            slots[2] = try newDict().ref.value
            var index = 0
            while index < ListView(slots[1]).count {
                let name = ListView(slots[1])[index]
                index += 1
                let value: Value
                do throws(Raised) {
                    value = try getAttribute(object, name)
                } catch {
                    if !exceptionMatches(raisedException, exceptionTypes.attributeError) { throw error }
                    raisedException = .null
                    continue
                }
                try withRoots(value) { () throws(Raised) in try dictSet(DictView(slots[2]), name, value) }
            }
            return DictView(slots[2]).count > 0 ? try newTuple(slots[0], slots[2]) : slots[0]
        }
    }

    /// The object's live __dict__, or None when it has none or it is empty.
    func instanceDictOrNone(_ object: Value) throws(Raised) -> Value {
        guard object.isObject, let store = attributeStore(ObjectRef(object)),
              !types[ObjectRef(object).typeID].flags.contains(.withoutInstanceDict) else { return .none }
        if store.isDict ? DictView(store.slots).count == 0 : shapes.slotNames[store.shape].isEmpty { return .none }
        return try instanceDict(ObjectRef(object))
    }

    /// The class's __slotnames__ as copyreg._slotnames computes and caches it on the class.
    private func slotNames(_ type: Int) throws(Raised) -> Value {
        let cached = dictGetStr(TypeView(types[type].object).dict, names.slotnames)
        if typeID(of: cached) == TypeID.list || cached.isNone { return cached }
        let computed = try call(try getAttribute(try copyregModule(), intern("_slotnames")), types[type].object)
        guard typeID(of: computed) == TypeID.list || computed.isNone else {
            throw raiseTypeError("copyreg._slotnames didn't return a list or None")
        }
        return computed
    }
}
