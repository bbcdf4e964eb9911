// The constructors of the builtin types: int(), float(), str(), list(), ... as
// their __new__ (and, for mutable containers, __init__) methods.

extension VM {
    func installConstructors() {
        installNumberMethods()
        installContainerDunders()
        installSequenceObjectMethods()
        installModuleTypeMethods()
        defineStaticMethod(TypeID.int, "__new__") { vm, arguments throws(Raised) in
            try vm.instance(of: arguments[0], base: TypeID.int, carrying: try vm.constructInt(arguments))
        }
        defineStaticMethod(TypeID.float, "__new__") { vm, arguments throws(Raised) in
            try vm.instance(of: arguments[0], base: TypeID.float,
                            carrying: try vm.constructFloat(try vm.positionalNewArguments(arguments, "float")))
        }
        defineStaticMethod(TypeID.bool, "__new__") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "bool", min: 1, max: 2)
            return arguments.count == 1 ? .false : Value(bool: try vm.isTrue(arguments[1]))
        }
        defineStaticMethod(TypeID.tuple, "__new__") { vm, arguments throws(Raised) in
            let arguments = try vm.positionalNewArguments(arguments, "tuple")
            try vm.expectArguments(arguments, "tuple", min: 1, max: 2)
            let items = arguments.count == 1 ? vm.emptyTuple : try vm.tupleFrom(arguments[1])
            let id = TypeView(arguments[0]).ownTypeID
            if id == TypeID.tuple { return items }
            return try vm.withRoots(items) { () throws(Raised) in try vm.newTupleInstance(typeID: id, items: items) }
        }
        defineStaticMethod(TypeID.list, "__new__") { vm, arguments throws(Raised) in
            try vm.newContainerInstance(base: TypeID.list, typeID: TypeView(arguments[0]).ownTypeID)
        }
        defineMethod(TypeID.list, "__init__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "list", min: 0, max: 1)
            let list = ListView(arguments[0])
            vm.listClear(list)
            if arguments.count > 1 { try vm.listExtend(list, arguments[1]) }
            return .none
        }
        defineStaticMethod(TypeID.dict, "__new__") { vm, arguments throws(Raised) in
            try vm.newContainerInstance(base: TypeID.dict, typeID: TypeView(arguments[0]).ownTypeID)
        }
        defineMethod(TypeID.dict, "__init__") { vm, arguments throws(Raised) in
            let dict = DictView(arguments[0])
            if arguments.positionalCount > 2 { throw vm.raiseTypeError("dict expected at most 1 argument, got \(arguments.positionalCount - 1)") }
            if arguments.positionalCount == 2 { try vm.dictUpdate(dict, arguments[1], rejectDuplicates: false) }
            if arguments.keywordCount > 0 {
                let names = TupleView(arguments.keywordNames)
                for index in 0..<names.count { try vm.dictSet(dict, names[index], arguments[arguments.positionalCount + index]) }
            }
            return .none
        }
        for id in [TypeID.set, TypeID.frozenset] {
            defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
                if arguments.keywordCount > 0 { throw vm.raiseTypeError("\(vm.typeName(id: id))() takes no keyword arguments") }
                let set = try vm.newContainerInstance(base: id, typeID: TypeView(arguments[0]).ownTypeID)
                // In CPython: a frozenset is filled when made; a set by __init__, which a subclass's
                // own __init__ may replace (SQLAlchemy's OrderedSet consumes the iterable itself).
                if id == TypeID.frozenset && arguments.count == 2 { try vm.setUpdate(set, arguments[1]) }
                return set
            }
        }
        defineMethod(TypeID.set, "__init__") { vm, arguments throws(Raised) in
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("set() takes no keyword arguments") }
            if arguments.count > 2 { throw vm.raiseTypeError("\(vm.typeName(arguments[0])) expected at most 1 argument, got \(arguments.count - 1)") }
            if ObjectRef(arguments[0]).word(SetLayout.fill) != 0 { try vm.setClear(arguments[0]) }
            if arguments.count == 2 { try vm.setUpdate(arguments[0], arguments[1]) }
            return .none
        }
        defineStaticMethod(TypeID.range, "__new__") { vm, arguments throws(Raised) in
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("range() takes no keyword arguments") }
            if arguments.count == 1 { throw vm.raiseTypeError("range expected at least 1 argument, got 0") }
            if arguments.count > 4 { throw vm.raiseTypeError("range expected at most 3 arguments, got \(arguments.count - 1)") }
            // Small-int bounds (nearly every range) skip the exact BigInt arithmetic.
            let first = arguments[1], second = arguments.count > 2 ? arguments[2] : Value(int: 0)
            let third = arguments.count > 3 ? arguments[3] : Value(int: 1)
            if first.isInt && second.isInt && third.isInt {
                if arguments.count == 2 { return try vm.newRange(start: 0, stop: Int(first.int), step: 1) }
                return try vm.newRange(start: Int(first.int), stop: Int(second.int), step: Int(third.int))
            }
            return try vm.newRange(arguments: Array(UnsafeBufferPointer(start: arguments.base + 1, count: arguments.count - 1)))
        }
        defineStaticMethod(TypeID.slice, "__new__") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "slice", min: 2, max: 4)
            if arguments.count == 2 { return try vm.newSlice(.none, arguments[1], .none) }
            return try vm.newSlice(arguments[1], arguments[2], arguments.count > 3 ? arguments[3] : .none)
        }
        defineStaticMethod(TypeID.enumerate, "__new__") { vm, arguments throws(Raised) in
            let iterable = arguments.positionalCount > 1 ? arguments[1] : arguments.keyword("iterable")
            if iterable.isNull { throw vm.raiseTypeError("enumerate() missing required argument 'iterable' (pos 1)") }
            var start = arguments.positionalCount > 2 ? arguments[2] : arguments.keyword("start")
            if start.isNull { start = Value(int: 0) }
            let iterator = try vm.getIterator(iterable)
            return try vm.newIterator(TypeID.enumerate, source: iterator, aux1: start)
        }
        defineStaticMethod(TypeID.zip, "__new__") { vm, arguments throws(Raised) in
            var iterators: [Value] = []
            for index in 1..<arguments.positionalCount { iterators.append(try vm.getIterator(arguments[index])) }
            let strict = arguments.keyword("strict")
            var isStrict = false
            if !strict.isNull { isStrict = try vm.isTrue(strict) }
            return try vm.newIterator(TypeID.zip, source: try vm.newTuple(iterators), limit: isStrict ? 1 : 0)
        }
        defineStaticMethod(TypeID.map, "__new__") { vm, arguments throws(Raised) in
            if arguments.count < 3 { throw vm.raiseTypeError("map() must have at least two arguments.") }
            var iterators: [Value] = []
            for index in 2..<arguments.count { iterators.append(try vm.getIterator(arguments[index])) }
            return try vm.newIterator(TypeID.map, source: try vm.newTuple(iterators), aux1: arguments[1])
        }
        defineStaticMethod(TypeID.filter, "__new__") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "filter", min: 3, max: 3)
            return try vm.newIterator(TypeID.filter, source: try vm.getIterator(arguments[2]), aux1: arguments[1])
        }
        defineStaticMethod(TypeID.reversed, "__new__") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "reversed", min: 2, max: 2)
            let value = arguments[1]
            let id = vm.typeID(of: value)
            if id == TypeID.list {
                return try vm.newIterator(TypeID.listReverseIterator, source: value, index: ListView(value).count - 1)
            }
            let method = vm.lookupInType(id, vm.names.reversed)
            if !method.isNull && vm.types[id].flags.contains(.heapType) { return try vm.callSpecial(method, value) }
            if id == TypeID.range { return try vm.rangeReversedIterator(value) }
            if id == TypeID.tuple || id == TypeID.str || id == TypeID.dict || id == TypeID.dictKeys || id == TypeID.dictValues || id == TypeID.dictItems || !vm.lookupInType(id, vm.names.getitem).isNull {
                let items = try vm.listFrom(value)
                return try vm.newIterator(TypeID.listReverseIterator, source: items, index: ListView(items).count - 1)
            }
            throw vm.raiseTypeError("'\(vm.typeName(value))' object is not reversible")
        }
        defineStaticMethod(TypeID.type, "__new__") { vm, arguments throws(Raised) in
            if arguments.count == 2 { return vm.typeOf(arguments[1]) }
            if arguments.count < 4 { throw vm.raiseTypeError("type() takes 1 or 3 arguments") }
            let keywordCount = arguments.keywordCount
            return try vm.createClass(metatype: arguments[0], name: arguments[1], bases: arguments[2], namespace: arguments[3],
                                      keywordNames: keywordCount > 0 ? arguments.keywordNames : .null,
                                      keywordValues: arguments.base + arguments.positionalCount)
        }
        defineMethod(TypeID.type, "__init__") { vm, arguments throws(Raised) in .none }
        defineMethod(TypeID.type, "__call__") { vm, arguments throws(Raised) in
            try vm.constructInstance(arguments[0], arguments: arguments.base + 1, count: arguments.count - 1, keywordNames: arguments.keywordNames)
        }
    }

    /// The str or bytes an instance of a subclass of them carries (int() and float() parse it), else `value`.
    private func textPayload(_ value: Value) -> Value {
        let payload = builtinSelf(value)
        return isStr(payload) || typeID(of: payload) == TypeID.bytes ? payload : value
    }

    /// float(x): the float value (its __new__ makes a subclass's instance of it).
    private func constructFloat(_ arguments: Arguments) throws(Raised) -> Value {
        if arguments.count > 2 { throw raiseTypeError("float expected at most 1 argument, got \(arguments.count - 1)") }
        try expectArguments(arguments, "float", min: 1, max: 2)
        if arguments.count == 1 { return Value(double: 0) }
        let value = textPayload(arguments[1])
        if value.isFloat { return value }
        if let number = try numberAsDouble(value) { return Value(anyDouble: number) }
        if isStr(value) || typeID(of: value) == TypeID.bytes {
            let text = isStr(value) ? swiftString(value) : String(decoding: bytesContents(value), as: UTF8.self)
            guard let parsed = parsePythonFloat(text) else {
                throw raiseValueError("could not convert string to float: \(try reprString(value))")
            }
            return Value(anyDouble: parsed)
        }
        let method = lookupInType(typeID(of: value), names.float)
        if method.isNull, let contents = try bufferContents(value) {
            guard let parsed = parsePythonFloat(String(decoding: contents, as: UTF8.self)) else {
                throw raiseValueError("could not convert string to float: \(try reprString(value))")
            }
            return Value(anyDouble: parsed)
        }
        if method.isNull { throw raiseTypeError("float() argument must be a string or a real number, not '\(typeName(value))'") }
        return try callSpecial(method, value)
    }

    /// The value of plain digits of `radix` (no sign, space or underscore) when it is a small
    /// int; nil for anything else, left to the full parser. Any number of digits: `re` parses
    /// 32 binary digits per word of a charset's bitmap.
    static func plainDigitsValue(_ text: UnsafeBufferPointer<UInt8>, radix: Int) -> Int64? {
        guard radix >= 2, text.count >= 1 else { return nil }
        var value: Int64 = 0
        for byte in text {
            let digit: Int
            switch byte {
            case 0x30...0x39: digit = Int(byte) - 0x30
            case 0x61...0x7A: digit = Int(byte) - 0x61 + 10
            case 0x41...0x5A: digit = Int(byte) - 0x41 + 10
            default: return nil
            }
            if digit >= radix { return nil }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: Int64(radix))
            if overflowed || shifted > Value.smallIntMax - Int64(digit) { return nil }
            value = shifted + Int64(digit)
        }
        return value
    }

    private func constructInt(_ arguments: Arguments) throws(Raised) -> Value {
        // Positional arguments only (the usual call) bind without the general binder.
        let bound = arguments.keywordNames.isNull && arguments.count <= 3
            ? [arguments.count > 1 ? arguments[1] : .null, arguments.count > 2 ? arguments[2] : .null]
            : try bindNativeArguments(arguments, "int", ["x", "base"], required: 0, skip: 1)
        if bound[0].isNull {
            if !bound[1].isNull { throw raiseTypeError("int() missing string argument") }
            return Value(int: 0)
        }
        var value = textPayload(bound[0])
        // In CPython: a bytearray parses (and reports errors) as the bytes it holds.
        if isByteArray(value) {
            let radix = bound[1].isNull ? 10 : (bound[1].isInt ? Int(bound[1].int) : 0)
            if (2...36).contains(radix), let small = VM.plainDigitsValue(bytesLikeBytes(value), radix: radix) {
                return Value(int: small)
            }
            if let contents = bytesLikeContents(value) { value = try newBytes(contents) }
        }
        var base = bound[1]
        if !base.isNull {
            guard isStr(value) || typeID(of: value) == TypeID.bytes else {
                throw raiseTypeError("int() can't convert non-string with explicit base")
            }
        } else {
            base = .null
        }
        if isStr(value) || typeID(of: value) == TypeID.bytes {
            let radix = base.isNull ? 10 : try clampedIndexValue(base) { "'\(self.typeName(base))' object cannot be interpreted as an integer" }
            if radix != 0 && (radix < 2 || radix > 36) { throw raiseValueError("int() base must be >= 2 and <= 36, or 0") }
            let ascii = isStr(value) ? (StrView(value).isASCII ? UnsafeBufferPointer(start: StrView(value).asciiBytes, count: StrView(value).count) : nil)
                : bytesLikeBytes(value)
            if let ascii, let small = VM.plainDigitsValue(ascii, radix: radix) { return Value(int: small) }
            let text = isStr(value) ? swiftString(value) : String(decoding: bytesContents(value), as: UTF8.self)
            try checkIntDigitsToParse(text, radix: radix)
            guard let parsed = BigInt(pythonLiteral: text, radix: radix) else {
                throw raiseValueError("invalid literal for int() with base \(radix): \(isStr(value) ? try reprString(value) : bytesRepr(bytesContents(value)))")
            }
            return try newInt(parsed)
        }
        if let small = smallIntValue(value) { return Value(int: small) }
        if isIntLike(value) { return value }
        if value.isFloat {
            let double = value.double
            if double.isNaN { throw raiseValueError("cannot convert float NaN to integer") }
            if double.isInfinite { throw raise(exceptionTypes.overflowError, "cannot convert float infinity to integer") }
            return try newInt(BigInt(truncating: double))
        }
        for name in [names.int, names.index, names.trunc] {
            let method = lookupInType(typeID(of: value), name)
            if !method.isNull { return try callSpecial(method, value) }
        }
        throw raiseTypeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(value))'")
    }
}
