// `_operator.itemgetter`, `attrgetter` and `methodcaller`, which CPython's operator.py takes
// from `_operator` in place of its Python classes: key functions for sorted, min, max and
// groupby, called once per item, so a Python-level __call__ would dominate those loops.
// Each is a payload object (ContainerSubclasses.swift) holding its fields in a tuple.

/// The classes, made by `_operator`'s first import and reused by fresh imports.
struct OperatorGetterTypes {
    var itemGetter = 0, attributeGetter = 0, methodCaller = 0
}

extension VM {
    func installOperatorGetters(_ module: Value) throws(Raised) {
        try installItemGetter(module)
        try installAttributeGetter(module)
        try installMethodCaller(module)
    }

    /// A class of `operator` that, as CPython's, cannot be subclassed.
    private func operatorClass(_ existing: Int, _ name: String) -> Int {
        let id = nativeModuleClass(existing, name: name, module: "operator", base: TypeID.object, layout: .instance)
        types[id].flags.insert(.final)
        return id
    }

    /// The checks of calling a getter: exactly one positional argument, no keywords.
    @inline(__always) private func expectOneOperand(_ arguments: Arguments, _ name: String) throws(Raised) {
        if arguments.keywordCount > 0 { throw raiseTypeError("\(name)() takes no keyword arguments") }
        if arguments.count != 2 { throw raiseTypeError("\(name) expected 1 argument, got \(arguments.count - 1)") }
    }

    /// The positional arguments after the class, as a tuple; at least one, no keywords.
    private func getterArguments(_ arguments: Arguments, _ name: String) throws(Raised) -> Value {
        if arguments.keywordCount > 0 { throw raiseTypeError("\(name)() takes no keyword arguments") }
        if arguments.count < 2 { throw raiseTypeError("\(name) expected 1 argument, got 0") }
        return try newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: arguments.count - 1))
    }

    /// `operator.name(a)` for one argument, `operator.name(a, b)` for more; `operator.name(...)` inside itself.
    private func getterRepr(_ object: Value, _ name: String, _ items: Value) throws(Raised) -> Value {
        if reprInProgress.contains(object.bits) { return try newStr("operator.\(name)(...)") }
        reprInProgress.insert(object.bits)
        defer { reprInProgress.remove(object.bits) }
        let view = TupleView(items)
        let inside = view.count == 1 ? "(" + (try reprString(view[0])) + ")" : try reprString(items)
        return try newStr("operator.\(name)\(inside)")
    }

    /// __call__, __repr__ and __reduce__ of itemgetter and attrgetter: `apply` of each of the keys in
    /// field `keysField` to the operand (one result for one key, a tuple for several); shown and
    /// pickled as the arguments given (field 0).
    private func defineGetterMethods(_ id: Int, _ name: String, keysField: Int,
                                     apply: @escaping (VM, Value, Value) throws(Raised) -> Value) {
        defineMethod(id, "__call__") { vm, arguments throws(Raised) in
            try vm.expectOneOperand(arguments, name)
            let keys = vm.payloadFields(arguments[0])[keysField]
            if TupleView(keys).count == 1 { return try apply(vm, arguments[1], TupleView(keys)[0]) }
            return try vm.newTuple(count: TupleView(keys).count) { index throws(Raised) in
                try apply(vm, arguments[1], TupleView(keys)[index])
            }
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            try vm.getterRepr(arguments[0], name, vm.payloadFields(arguments[0])[0])
        }
        defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.newTuple(vm.typeOf(arguments[0]), vm.payloadFields(arguments[0])[0])
        }
    }

    /// itemgetter(*items): obj[item], or a tuple of obj[item] for several. Fields: (items,).
    private func installItemGetter(_ module: Value) throws(Raised) {
        let id = operatorClass(operatorGetterTypes.itemGetter, "itemgetter")
        operatorGetterTypes.itemGetter = id
        try setModuleAttribute(module, "itemgetter", types[id].object)
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let items = try vm.getterArguments(arguments, "itemgetter")
            return try vm.withRoots(items) { () throws(Raised) in
                try vm.newPayloadObject(TypeView(arguments[0]).ownTypeID, [items])
            }
        }
        defineGetterMethods(id, "itemgetter", keysField: 0) { vm, object, item throws(Raised) in try vm.getItem(object, item) }
    }

    /// attrgetter(*names): obj.name (dotted names walk), or a tuple for several.
    /// Fields: (names as given, a tuple of interned parts per name).
    private func installAttributeGetter(_ module: Value) throws(Raised) {
        let id = operatorClass(operatorGetterTypes.attributeGetter, "attrgetter")
        operatorGetterTypes.attributeGetter = id
        try setModuleAttribute(module, "attrgetter", types[id].object)
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let given = try vm.getterArguments(arguments, "attrgetter")
            return try vm.withRoots(given) { () throws(Raised) in
                let paths = try vm.newTuple(count: TupleView(given).count) { index throws(Raised) in
                    let name = TupleView(given)[index]
                    guard vm.isInstance(name, typeID: TypeID.str) else { throw vm.raiseTypeError("attribute name must be a string") }
                    let parts = vm.swiftString(name).split(separator: ".", omittingEmptySubsequences: false)
                    return try vm.newTuple(parts.map { vm.intern(String($0)) })
                }
                return try vm.withRoots(paths) { () throws(Raised) in
                    try vm.newPayloadObject(TypeView(arguments[0]).ownTypeID, [given, paths])
                }
            }
        }
        defineGetterMethods(id, "attrgetter", keysField: 1) { vm, object, path throws(Raised) in try vm.attributePath(object, path) }
    }

    /// object.a.b.c for the parts (a, b, c).
    private func attributePath(_ object: Value, _ parts: Value) throws(Raised) -> Value {
        let path = TupleView(parts)
        if path.count == 1 { return try getAttribute(object, path[0]) }
        return try withStackSpace(1) { (slot) throws(Raised) in
            slot[0] = object
            for index in 0..<path.count { slot[0] = try getAttribute(slot[0], path[index]) }
            return slot[0]
        }
    }

    /// methodcaller(name, *args, **kwargs): obj.name(*args, **kwargs). Fields: (name, args, kwargs).
    private func installMethodCaller(_ module: Value) throws(Raised) {
        let id = operatorClass(operatorGetterTypes.methodCaller, "methodcaller")
        operatorGetterTypes.methodCaller = id
        try setModuleAttribute(module, "methodcaller", types[id].object)
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let positional = arguments.positionalCount
            if positional < 2 { throw vm.raiseTypeError("methodcaller needs at least one argument, the method name") }
            guard vm.isInstance(arguments[1], typeID: TypeID.str) else { throw vm.raiseTypeError("method name must be a string") }
            return try vm.withStackSpace(3) { (slots) throws(Raised) in
                slots[0] = vm.intern(vm.swiftString(arguments[1]))
                slots[1] = try vm.newTuple(UnsafeBufferPointer(start: arguments.base + 2, count: positional - 2))
                let keywords = try vm.newDict()
                slots[2] = keywords.ref.value
                for index in 0..<arguments.keywordCount {
                    try vm.dictSet(keywords, TupleView(arguments.keywordNames)[index], arguments[positional + index])
                }
                return try vm.newPayloadObject(TypeView(arguments[0]).ownTypeID, [slots[0], slots[1], slots[2]])
            }
        }
        defineMethod(id, "__call__") { vm, arguments throws(Raised) in
            try vm.expectOneOperand(arguments, "methodcaller")
            let fields = vm.payloadFields(arguments[0])
            let method = try vm.getAttribute(arguments[1], fields[0])
            if TupleView(fields[1]).count == 0 && DictView(fields[2]).count == 0 { return try vm.call(method) }
            return try vm.withRoots(method) { () throws(Raised) in
                try vm.callWithTupleAndDict(method, fields[1], DictView(fields[2]).count == 0 ? .null : fields[2])
            }
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            let object = arguments[0]
            if vm.reprInProgress.contains(object.bits) { return try vm.newStr("operator.methodcaller(...)") }
            vm.reprInProgress.insert(object.bits)
            defer { vm.reprInProgress.remove(object.bits) }
            let fields = vm.payloadFields(object)
            var parts = [try vm.reprString(fields[0])]
            for index in 0..<TupleView(fields[1]).count { parts.append(try vm.reprString(TupleView(fields[1])[index])) }
            var entry = 0
            while entry < DictView(fields[2]).used {
                let key = DictView(fields[2]).key(entry)
                if !key.isNull { parts.append(vm.swiftString(key) + "=" + (try vm.reprString(DictView(fields[2]).value(entry)))) }
                entry += 1
            }
            return try vm.newStr("operator.methodcaller(" + parts.joined(separator: ", ") + ")")
        }
        // With keywords, which a class call cannot take back from a tuple: (partial(cls, name, **kwargs), args).
        defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let fields = vm.payloadFields(arguments[0])
            let type = vm.typeOf(arguments[0])
            if DictView(fields[2]).count == 0 {
                let callArguments = try vm.newTuple(count: TupleView(fields[1]).count + 1) { index in
                    index == 0 ? fields[0] : TupleView(fields[1])[index - 1]
                }
                return try vm.withRoots(callArguments) { () throws(Raised) in try vm.newTuple(type, callArguments) }
            }
            let partial = try vm.getAttribute(try vm.importDotted("functools"), vm.intern("partial"))
            let constructor = try vm.withRoots(partial) { () throws(Raised) in
                let head = try vm.newTuple(type, fields[0])
                return try vm.withRoots(head) { () throws(Raised) in try vm.callWithTupleAndDict(partial, head, fields[2]) }
            }
            return try vm.withRoots(constructor) { () throws(Raised) in try vm.newTuple(constructor, fields[1]) }
        }
    }
}
