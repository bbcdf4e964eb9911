// The `array` module: array.array, typed arrays of numbers stored unboxed
// (ArrayStorage.swift), its iterator, and the pickle reconstructor.

extension VM {
    func installArrayModule(_ module: Value) throws(Raised) {
        let id = try nativeMutableSequenceClass(arrayTypeID, name: "array", module: "array", in: module)
        arrayTypeID = id
        try setModuleAttribute(module, "ArrayType", types[id].object)
        try setModuleAttribute(module, "typecodes", try newStr(ArrayTypecode.all))
        try defineModuleFunction(module, "_array_reconstructor") { vm, arguments throws(Raised) in
            try vm.arrayReconstructor(arguments)
        }
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in try vm.newArrayObject(arguments) }
        defineGetter(id, "typecode") { vm, value throws(Raised) in try vm.newStr(String(UnicodeScalar(try vm.arrayView(value).code))) }
        defineGetter(id, "itemsize") { vm, value throws(Raised) in Value(int: try vm.arrayView(value).itemSize) }
        defineArraySequenceMethods(id)
        defineArrayMethods(id)
        defineArrayConversions(id)
        // __reduce_ex__ names the reconstructor; a root, as the module holding it may be dropped.
        let reconstructor = try getAttribute(module, intern("_array_reconstructor"))
        permanentRoots.append(reconstructor)
        defineArrayPickling(id, reconstructor: reconstructor)
        try dictSet(TypeView(types[id].object).dict, names.hash, .none)
        installArrayIterator(module)
        let abc = try importName(intern("collections.abc"), fromList: try newTuple([intern("MutableSequence")]),
                                 level: Value(int: 0), globals: .none)
        let mutableSequence = try getAttribute(abc, intern("MutableSequence"))
        _ = try call(try getAttribute(mutableSequence, intern("register")), types[id].object)
    }

    /// array(typecode[, initializer]). In CPython only array itself refuses keywords (a
    /// subclass's __init__ may take its own).
    private func newArrayObject(_ arguments: Arguments) throws(Raised) -> Value {
        let type = TypeView(arguments[0]).ownTypeID
        if type == arrayTypeID && arguments.keywordCount > 0 { throw raiseTypeError("array.array() takes no keyword arguments") }
        let positional = arguments.positionalCount - 1
        if positional < 1 { throw raiseTypeError("array() takes at least 1 argument (0 given)") }
        if positional > 2 { throw raiseTypeError("array() takes at most 2 arguments (\(positional) given)") }
        let typecode = arguments[1]
        guard isStr(builtinSelf(typecode)), StrView(builtinSelf(typecode)).count == 1 else {
            let shown = typecode.isNone ? "None" : typeName(typecode)
            throw raiseTypeError("array() argument 1 must be a unicode character, not \(shown)")
        }
        guard let code = ArrayTypecode.code(StrView(builtinSelf(typecode))[0]) else {
            throw raiseValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        }
        let initializer = positional == 2 ? arguments[2] : Value.null
        if !initializer.isNull && code != ArrayTypecode.u && isStr(builtinSelf(initializer)) {
            throw raiseTypeError("cannot use a str to initialize an array with typecode '\(String(UnicodeScalar(code)))'")
        }
        if isArray(initializer) && code != ArrayTypecode.u, try arrayView(initializer).code == ArrayTypecode.u {
            throw raiseTypeError("cannot use a unicode array to initialize an array with typecode '\(String(UnicodeScalar(code)))'")
        }
        let array = try newArray(typeID: type, code: code)
        try withRoots(array) { () throws(Raised) in
            if initializer.isNull { return }
            if isBytesLike(builtinSelf(initializer)) {
                try arrayFromBytes(array, initializer)
            } else if isStr(builtinSelf(initializer)) {
                try arrayFromUnicode(array, initializer)
            } else {
                try arrayExtend(array, initializer, sameKindOnly: false)
            }
        }
        return array
    }

    /// array's iterator: a payload object whose fields are (array or None once exhausted, index).
    private func installArrayIterator(_ module: Value) {
        let id = nativeModuleClass(arrayIteratorTypeID, name: "arrayiterator", module: "array", base: TypeID.object, layout: .instance)
        arrayIteratorTypeID = id
        types[id].flags.formUnion([.withoutInstanceDict, .namedWithModule])
        defineMethod(id, "__iter__") { _, arguments throws(Raised) in arguments[0] }
        defineMethod(id, "__next__") { vm, arguments throws(Raised) in
            let fields = vm.payloadFields(arguments[0])
            let array = fields[0]
            if array.isNone { throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil)) }
            let index = Int(fields[1].int), view = try vm.arrayView(array)
            if index >= view.count {
                fields[0] = .none
                throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil))
            }
            fields[1] = Value(int: index + 1)
            return try vm.arrayItem(view, index)
        }
        defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let fields = vm.payloadFields(arguments[0])
            let iter = vm.dictGetStr(DictView(vm.builtinsDict), vm.intern("iter"))
            if fields[0].isNone { return try vm.newTuple([iter, try vm.newTuple([try vm.newTuple([])])]) }
            return try vm.newTuple([iter, try vm.newTuple([fields[0]]), fields[1]])
        }
        defineMethod(id, "__setstate__", arguments: 1...1) { vm, arguments throws(Raised) in
            let fields = vm.payloadFields(arguments[0])
            var index = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            if index < 0 { index = 0 }
            if !fields[0].isNone { index = min(index, try vm.arrayView(fields[0]).count) }
            fields[1] = Value(int: index)
            return .none
        }
    }

    func newArrayIterator(_ array: Value) throws(Raised) -> Value {
        try newPayloadObject(arrayIteratorTypeID, [array, Value(int: 0)])
    }
}
