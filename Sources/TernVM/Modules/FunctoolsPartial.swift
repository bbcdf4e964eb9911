// `_functools.partial`, which CPython's functools.py takes in place of its Python class:
// partial(func, *args, **keywords) calls func(*args, *more, **keywords | more_keywords).
// A payload object (ContainerSubclasses.swift) whose fields are (func, args, keywords);
// its own attributes live in its attribute store, which is its __dict__. Subclasses
// written in Python are payload objects of their own class.

extension VM {
    func installPartial(_ module: Value) throws(Raised) {
        let id = nativeModuleClass(partialTypeID, name: "partial", module: "functools", base: TypeID.object, layout: .instance)
        partialTypeID = id
        try setModuleAttribute(module, "partial", types[id].object)
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in try vm.newPartial(arguments) }
        defineMethod(id, "__call__") { vm, arguments throws(Raised) in try vm.callPartial(arguments) }
        defineGetter(id, "func") { vm, value throws(Raised) in vm.payloadFields(value)[0] }
        defineGetter(id, "args") { vm, value throws(Raised) in vm.payloadFields(value)[1] }
        defineGetter(id, "keywords") { vm, value throws(Raised) in vm.payloadFields(value)[2] }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in try vm.partialRepr(arguments[0]) }
        defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let fields = vm.payloadFields(arguments[0])
            return try vm.withStackSpace(3) { (slots) throws(Raised) in
                slots[0] = try vm.partialDictOrNone(arguments[0])
                slots[1] = try vm.newTuple([fields[0], fields[1], fields[2], slots[0]])
                slots[2] = try vm.newTuple([fields[0]])
                return try vm.newTuple([vm.typeOf(arguments[0]), slots[2], slots[1]])
            }
        }
        defineMethod(id, "__setstate__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.setPartialState(arguments[0], arguments[1])
            return .none
        }
        defineProperty(id, "__dict__", get: { vm, value throws(Raised) in try vm.attributeDict(value) },
                       set: { vm, value, new throws(Raised) in try vm.replaceAttributeDict(value, new) })
        // In CPython a partial's __dict__ cannot be deleted (a plain instance's can).
        ObjectRef(dictGetStr(TypeView(types[id].object).dict, names.dict))[PropertyLayout.deleter] =
            newNative("__dict__", receiverType: id) { vm, arguments throws(Raised) in throw vm.raiseTypeError("cannot delete __dict__") }
        defineClassMethod(id, "__class_getitem__") { vm, arguments throws(Raised) in try vm.genericAlias(arguments[0], arguments[1]) }
    }

    /// partial(func, *args, **keywords). In CPython: a partial of a partial (of a class that keeps
    /// partial's __new__, with no attributes of its own) is flattened into one.
    private func newPartial(_ arguments: Arguments) throws(Raised) -> Value {
        let type = TypeView(arguments[0]).ownTypeID
        let positional = arguments.positionalCount
        if positional < 2 { throw raiseTypeError("type 'partial' takes at least one argument") }
        var function = arguments[1]
        var storedArguments = emptyTuple, storedKeywords = Value.null
        let partialNew = dictGetStr(TypeView(types[partialTypeID].object).dict, names.new)
        if isInstance(function, typeID: partialTypeID) && lookupInType(typeID(of: function), names.new) == partialNew
            && (attributeStore(ObjectRef(function)).map { $0.shape == 0 } ?? true) {
            let inner = payloadFields(function)
            function = inner[0]
            storedArguments = inner[1]
            storedKeywords = inner[2]
        }
        guard isCallable(function) else { throw raiseTypeError("the first argument must be callable") }
        return try withStackSpace(3) { (slots) throws(Raised) in
            slots[0] = function
            let earlier = TupleView(storedArguments), given = positional - 2
            slots[1] = try newTuple(count: earlier.count + given) { index in
                index < earlier.count ? TupleView(storedArguments)[index] : arguments[2 + index - earlier.count]
            }
            let keywords = try newDict()
            slots[2] = keywords.ref.value
            if !storedKeywords.isNull { try dictUpdate(keywords, storedKeywords, rejectDuplicates: false) }
            for index in 0..<arguments.keywordCount {
                try dictSet(keywords, TupleView(arguments.keywordNames)[index], arguments[positional + index])
            }
            return try newPayloadObject(type, [slots[0], slots[1], slots[2]])
        }
    }

    /// self(*more, **more_keywords): the stored arguments first, given keywords over stored ones.
    private func callPartial(_ arguments: Arguments) throws(Raised) -> Value {
        let fields = payloadFields(arguments[0])
        let function = fields[0], stored = TupleView(fields[1]), keywords = DictView(fields[2])
        let given = arguments.positionalCount - 1, givenKeywords = arguments.keywordCount
        if keywords.count > 0 && givenKeywords > 0 {
            return try callPartialMergingKeywords(arguments)
        }
        let keywordCount = givenKeywords + keywords.count
        let total = stored.count + given + keywordCount
        return try withStackSpace(total + 1) { (scratch) throws(Raised) in
            for index in 0..<stored.count { scratch[index] = stored[index] }
            for index in 0..<given { scratch[stored.count + index] = arguments[1 + index] }
            var names = arguments.keywordNames
            if givenKeywords > 0 {
                for index in 0..<givenKeywords { scratch[stored.count + given + index] = arguments[1 + given + index] }
            } else if keywords.count > 0 {
                let nameTuple = try allocateTuple(count: keywords.count)
                var position = 0
                try dictForEach(keywords) { (key, value) throws(Raised) in
                    if !isStr(key) { throw raiseTypeError("keywords must be strings") }
                    nameTuple[position] = key
                    scratch[stored.count + given + position] = value
                    position += 1
                }
                names = nameTuple.ref.value
                scratch[total] = names
            }
            return try call(function, arguments: scratch, count: total, keywordNames: names)
        }
    }

    /// The rarer call with keywords both stored and given: through a merged dict.
    private func callPartialMergingKeywords(_ arguments: Arguments) throws(Raised) -> Value {
        let fields = payloadFields(arguments[0])
        let given = arguments.positionalCount - 1
        return try withStackSpace(2) { (slots) throws(Raised) in
            let merged = try newDict()
            slots[0] = merged.ref.value
            try dictUpdate(merged, fields[2], rejectDuplicates: false)
            for index in 0..<arguments.keywordCount {
                try dictSet(merged, TupleView(arguments.keywordNames)[index], arguments[1 + given + index])
            }
            let stored = TupleView(fields[1])
            slots[1] = try newTuple(count: stored.count + given) { index in
                index < stored.count ? TupleView(fields[1])[index] : arguments[1 + index - stored.count]
            }
            return try callWithTupleAndDict(fields[0], slots[1], slots[0])
        }
    }

    /// `functools.partial(func, 1, k=2)` (a subclass by its own name); `...` inside itself.
    private func partialRepr(_ object: Value) throws(Raised) -> Value {
        if reprInProgress.contains(object.bits) { return try newStr("...") }
        reprInProgress.insert(object.bits)
        defer { reprInProgress.remove(object.bits) }
        let fields = payloadFields(object)
        var parts = [try reprString(fields[0])]
        for index in 0..<TupleView(fields[1]).count { parts.append(try reprString(TupleView(fields[1])[index])) }
        var entry = 0
        // The dict is read again at each step: a key's __str__ may change it. The value is
        // read before the key is formatted, and kept rooted, as CPython keeps it alive.
        while entry < DictView(fields[2]).used {
            let key = DictView(fields[2]).key(entry), value = DictView(fields[2]).value(entry)
            entry += 1
            if key.isNull { continue }
            let text = try withRoots(key, value) { () throws(Raised) in
                swiftString(try str(key)) + "=" + (try reprString(value))
            }
            parts.append(text)
        }
        let name = typeID(of: object) == partialTypeID ? "functools.partial" : typeName(object)
        return try newStr(name + "(" + parts.joined(separator: ", ") + ")")
    }

    /// The partial's __dict__ for __reduce__: None when it has never had one.
    private func partialDictOrNone(_ object: Value) throws(Raised) -> Value {
        guard let store = attributeStore(ObjectRef(object)), store.shape != 0 else { return .none }
        return try instanceDict(ObjectRef(object))
    }

    /// __setstate__((func, args, keywords, dict)), checked as CPython checks it.
    private func setPartialState(_ object: Value, _ state: Value) throws(Raised) {
        let invalid = { () -> Raised in self.raiseTypeError("invalid partial state") }
        guard isInstance(state, typeID: TypeID.tuple) else { throw invalid() }
        let items = TupleView(builtinSelf(state))
        guard items.count == 4, isCallable(items[0]), isInstance(items[1], typeID: TypeID.tuple) else { throw invalid() }
        guard items[2].isNone || isInstance(items[2], typeID: TypeID.dict) else { throw invalid() }
        try withStackSpace(3) { (slots) throws(Raised) in
            slots[0] = typeID(of: items[1]) == TypeID.tuple ? items[1] : try tupleFrom(items[1])
            if typeID(of: items[2]) == TypeID.dict {
                slots[1] = items[2]
            } else {
                let keywords = try newDict()
                slots[1] = keywords.ref.value
                if !items[2].isNone { try dictUpdate(keywords, items[2], rejectDuplicates: false) }
            }
            slots[2] = try newTuple([items[0], slots[0], slots[1]])
            ObjectRef(object)[InstanceLayout.payload] = slots[2]
            if items[3].isNone {
                // CPython drops the dict (a later __dict__ makes an empty one): no attributes, no dict.
                if let store = attributeStore(ObjectRef(object)) {
                    ObjectRef(object)[store.slotsWord] = .null
                    ObjectRef(object).setWord(store.shapeWord, 0)
                }
            } else {
                try replaceAttributeDict(object, items[3])
            }
        }
    }
}
