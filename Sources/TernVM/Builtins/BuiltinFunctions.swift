// The builtins module: print, len, isinstance, min/max, sorted, ... Each builtin
// is a native function; argument errors use CPython's messages.

extension VM {
    func installBuiltinFunctions() {
        let dict = DictView(builtinsDict)
        func define(_ name: String, _ function: @escaping NativeFunction) {
            try! dictSet(dict, intern(name), newPlainNative(name, function))
        }
        for (name, id) in [("object", TypeID.object), ("type", TypeID.type), ("int", TypeID.int), ("float", TypeID.float),
                           ("bool", TypeID.bool), ("str", TypeID.str), ("bytes", TypeID.bytes), ("bytearray", TypeID.byteArray), ("tuple", TypeID.tuple),
                           ("list", TypeID.list), ("dict", TypeID.dict), ("set", TypeID.set), ("frozenset", TypeID.frozenset),
                           ("range", TypeID.range), ("slice", TypeID.slice), ("property", TypeID.property),
                           ("staticmethod", TypeID.staticMethod), ("classmethod", TypeID.classMethod), ("super", TypeID.superType),
                           ("enumerate", TypeID.enumerate), ("zip", TypeID.zip), ("map", TypeID.map), ("filter", TypeID.filter),
                           ("reversed", TypeID.reversed)] {
            try! dictSet(dict, intern(name), types[id].object)
        }
        for (name, id) in exceptionTypeIDs { try! dictSet(dict, intern(name), types[id].object) }
        try! dictSet(dict, intern("None"), .none)
        try! dictSet(dict, intern("NotImplemented"), notImplemented)
        try! dictSet(dict, intern("Ellipsis"), ellipsis)
        try! dictSet(dict, intern("__name__"), intern("builtins"))
        try! dictSet(dict, intern("EnvironmentError"), types[exceptionTypes.osError].object)
        try! dictSet(dict, intern("IOError"), types[exceptionTypes.osError].object)

        define("__build_class__") { vm, arguments throws(Raised) in try vm.buildClass(arguments) }
        define("print") { vm, arguments throws(Raised) in try vm.builtinPrint(arguments) }
        define("len") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "len", min: 1, max: 1)
            return try vm.newInt(Int64(try vm.length(of: arguments[0])))
        }
        quickNatives.len = natives.count - 1
        define("repr") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "repr", min: 1, max: 1)
            return try vm.repr(arguments[0])
        }
        define("ascii") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "ascii", min: 1, max: 1)
            return try vm.newStr(vm.asciiEscape(try vm.reprString(arguments[0])))
        }
        define("format") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "format", min: 1, max: 2)
            let spec = arguments.count > 1 ? try vm.argument(arguments[1], TypeID.str, "format() argument 2") : vm.names.emptyString
            return try vm.format(arguments[0], spec)
        }
        define("isinstance") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "isinstance", min: 2, max: 2)
            return Value(bool: try vm.isInstanceCheck(arguments[0], arguments[1]))
        }
        quickNatives.isInstance = natives.count - 1
        define("issubclass") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "issubclass", min: 2, max: 2)
            return Value(bool: try vm.isSubclassCheck(arguments[0], arguments[1]))
        }
        define("hash") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "hash", min: 1, max: 1)
            return try vm.newInt(Int64(try vm.hashValue(arguments[0])))
        }
        define("id") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "id", min: 1, max: 1)
            return try vm.newInt(Int64(bitPattern: arguments[0].bits >> 1))
        }
        define("callable") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "callable", min: 1, max: 1)
            return Value(bool: vm.isCallable(arguments[0]))
        }
        define("iter") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "iter", min: 1, max: 2)
            if arguments.count == 2 {
                return try vm.newIterator(TypeID.callableIterator, source: arguments[0], aux1: arguments[1])
            }
            return try vm.getIterator(arguments[0])
        }
        define("next") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "next", min: 1, max: 2)
            let iterator = arguments[0]
            if !vm.isIterator(iterator) { throw vm.raiseTypeError("'\(vm.typeName(iterator))' object is not an iterator") }
            if vm.typeID(of: iterator) == TypeID.generator {
                let (finished, value) = try vm.resumeGenerator(iterator, sent: .none)
                if !finished { return value }
                if arguments.count == 2 { return arguments[1] }
                throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, args: value.isNone ? vm.emptyTuple : try vm.newTuple([value])))
            }
            let method = vm.lookupInType(vm.typeID(of: iterator), vm.names.next)
            if !method.isNull && vm.types[vm.typeID(of: iterator)].flags.contains(.heapType) {
                if arguments.count == 2 {
                    do throws(Raised) { return try vm.callSpecial(method, iterator) } catch {
                        if vm.exceptionMatches(vm.raisedException, vm.exceptionTypes.stopIteration) {
                            vm.raisedException = .null
                            return arguments[1]
                        }
                        throw error
                    }
                }
                return try vm.callSpecial(method, iterator)
            }
            let next = try vm.iteratorNext(iterator)
            if !next.isNull { return next }
            if arguments.count == 2 { return arguments[1] }
            throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil))
        }
        define("getattr") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "getattr", min: 2, max: 3)
            let name = try vm.attributeName(arguments[1])
            if arguments.count == 3 {
                let value = try vm.getAttributeOrNull(arguments[0], name)
                return value.isNull ? arguments[2] : value
            }
            return try vm.getAttribute(arguments[0], name)
        }
        define("setattr") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "setattr", min: 3, max: 3)
            try vm.setAttribute(arguments[0], vm.attributeName(arguments[1]), arguments[2])
            return .none
        }
        define("delattr") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "delattr", min: 2, max: 2)
            try vm.deleteAttribute(arguments[0], vm.attributeName(arguments[1]))
            return .none
        }
        define("hasattr") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "hasattr", min: 2, max: 2)
            let name = try vm.attributeName(arguments[1])
            do throws(Raised) {
                return Value(bool: !(try vm.getAttributeOrNull(arguments[0], name)).isNull)
            } catch {
                if vm.exceptionMatches(vm.raisedException, vm.exceptionTypes.attributeError) {
                    vm.raisedException = .null
                    return .false
                }
                throw error
            }
        }
        define("abs") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "abs", min: 1, max: 1)
            let value = arguments[0]
            if let small = vm.smallIntValue(value) { return try vm.newInt(small < 0 ? -small : small) }
            if value.isFloat { return Value(double: Swift.abs(value.double)) }
            if vm.isIntLike(value) { return try vm.newInt(vm.bigIntValue(value).magnitude) }
            let method = vm.lookupInType(vm.typeID(of: value), vm.names.abs)
            if method.isNull { throw vm.raiseTypeError("bad operand type for abs(): '\(vm.typeName(value))'") }
            return try vm.callSpecial(method, value)
        }
        define("chr") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "chr", min: 1, max: 1)
            let code = try vm.indexValue(arguments[0]) { "'\(vm.typeName(arguments[0]))' object cannot be interpreted as an integer" }
            if code < 0 || code > 0x10FFFF { throw vm.raiseValueError("chr() arg not in range(0x110000)") }
            return try vm.newStr(codePoint: UInt32(code))
        }
        define("ord") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "ord", min: 1, max: 1)
            let value = vm.builtinSelf(arguments[0])
            if vm.isStr(value) {
                let view = StrView(value)
                if view.count != 1 { throw vm.raiseTypeError("ord() expected a character, but string of length \(view.count) found") }
                return Value(int: Int(view[0]))
            }
            if let bytes = vm.bytesLikeContents(value) {
                if bytes.count != 1 { throw vm.raiseTypeError("ord() expected a character, but string of length \(bytes.count) found") }
                return Value(int: Int(bytes[0]))
            }
            throw vm.raiseTypeError("ord() expected string of length 1, but \(vm.typeName(value)) found")
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            define(name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 1)
                var value = arguments[0]
                if !vm.isIntLike(value) {
                    let method = vm.lookupInType(vm.typeID(of: value), vm.names.index)
                    if method.isNull { throw vm.raiseTypeError("'\(vm.typeName(value))' object cannot be interpreted as an integer") }
                    value = try vm.callSpecial(method, value)
                }
                let big = vm.bigIntValue(value)
                let digits = big.magnitude.toString(radix: radix)
                return try vm.newStr((big.isNegative ? "-" : "") + prefix + digits)
            }
        }
        define("divmod") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "divmod", min: 2, max: 2)
            let left = arguments[0], right = arguments[1]
            let leftNumber = vm.isIntLike(left) || left.isFloat, rightNumber = vm.isIntLike(right) || right.isFloat
            if !(leftNumber && rightNumber) {
                // In CPython: divmod() tries __divmod__, then the reflected __rdivmod__.
                let forward = vm.lookupInType(vm.typeID(of: left), vm.intern("__divmod__"))
                if !forward.isNull {
                    let result = try vm.callSpecial(forward, left, right)
                    if result != vm.notImplemented { return result }
                }
                let reflected = vm.lookupInType(vm.typeID(of: right), vm.intern("__rdivmod__"))
                if !reflected.isNull {
                    let result = try vm.callSpecial(reflected, right, left)
                    if result != vm.notImplemented { return result }
                }
                if !leftNumber || !rightNumber {
                    throw vm.raiseTypeError("unsupported operand type(s) for divmod(): '\(vm.typeName(left))' and '\(vm.typeName(right))'")
                }
            }
            return try vm.numberDivmod(left, right)
        }
        define("pow") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "pow", min: 2, max: 3)
            if arguments.count == 3 && !arguments[2].isNone {
                // In CPython a class of a module or program (decimal.Decimal) takes the three-argument
                // form through its own __pow__(exponent, modulus).
                let baseType = vm.typeID(of: arguments[0]), baseNumber = vm.builtinNumber(arguments[0])
                if vm.types[baseType].flags.contains(.heapType) && !vm.isIntLike(baseNumber) && !baseNumber.isFloat
                    && !vm.isComplex(baseNumber) {
                    let method = vm.lookupInType(baseType, vm.intern("__pow__"))
                    if !method.isNull {
                        let result = try vm.callSpecial(method, arguments[0], arguments[1], arguments[2])
                        if result != vm.notImplemented { return result }
                    }
                }
                let base = vm.builtinNumber(arguments[0]), exponent = vm.builtinNumber(arguments[1])
                let modulus = vm.builtinNumber(arguments[2])
                // In CPython the first of base, exponent, modulus whose type takes the call decides:
                // float refuses a modulus (TypeError), complex refuses it with a ValueError.
                let decider = vm.isIntLike(base) ? (vm.isIntLike(exponent) ? modulus : exponent) : base
                if vm.isComplex(decider) { throw vm.raiseValueError("complex modulo") }
                guard vm.isIntLike(base) && vm.isIntLike(exponent) && vm.isIntLike(modulus) else {
                    throw vm.raiseTypeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                let result: BigInt
                do throws(PythonNumberError) {
                    result = try vm.bigIntValue(base).modularPower(exponent: vm.bigIntValue(exponent), modulus: vm.bigIntValue(modulus))
                } catch { throw vm.raiseNumberError(error) }
                return try vm.newInt(result)
            }
            return try vm.binaryOp(arguments[0], arguments[1], BinaryOp.pow)
        }
        define("round") { vm, arguments throws(Raised) in try vm.builtinRound(arguments) }
        define("sum") { vm, arguments throws(Raised) in
            if arguments.positionalCount < 1 { throw vm.raiseTypeError("sum() takes at least 1 positional argument (0 given)") }
            var total = arguments.positionalCount > 1 ? arguments[1] : arguments.keyword("start")
            if total.isNull { total = Value(int: 0) }
            if vm.isStr(total) { throw vm.raiseTypeError("sum() can't sum strings [use ''.join(seq) instead]") }
            let holder = try vm.newList([total])
            try vm.withRoots(holder) { () throws(Raised) in
                try vm.forEach(arguments[0]) { (item) throws(Raised) in
                    let list = ListView(holder)
                    let current = list[0]
                    if Value.bothInts(current, item), let fast = vm.smallIntBinary(current.int, item.int, BinaryOp.add) {
                        list[0] = fast
                    } else {
                        list[0] = try vm.binaryOp(current, item, BinaryOp.add)
                    }
                }
            }
            return ListView(holder)[0]
        }
        define("min") { vm, arguments throws(Raised) in try vm.builtinMinMax(arguments, name: "min", op: 2) }
        define("max") { vm, arguments throws(Raised) in try vm.builtinMinMax(arguments, name: "max", op: 4) }
        define("all") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "all", min: 1, max: 1)
            var result = true
            let iterator = try vm.getIterator(arguments[0])
            try vm.withRoots(iterator) { () throws(Raised) in
                while true {
                    let item = try vm.iteratorNext(iterator)
                    if item.isNull { return }
                    if !(try vm.isTrue(item)) { result = false; return }
                }
            }
            return Value(bool: result)
        }
        define("any") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "any", min: 1, max: 1)
            var result = false
            let iterator = try vm.getIterator(arguments[0])
            try vm.withRoots(iterator) { () throws(Raised) in
                while true {
                    let item = try vm.iteratorNext(iterator)
                    if item.isNull { return }
                    if try vm.isTrue(item) { result = true; return }
                }
            }
            return Value(bool: result)
        }
        define("sorted") { vm, arguments throws(Raised) in
            if arguments.positionalCount != 1 {
                throw vm.raiseTypeError("sorted expected 1 argument, got \(arguments.positionalCount)")
            }
            let list = try vm.listFrom(arguments[0])
            try vm.withRoots(list) { () throws(Raised) in
                try vm.sortList(ListView(list), key: arguments.keyword("key"), reverse: arguments.keyword("reverse"))
            }
            return list
        }
        define("globals") { vm, arguments throws(Raised) in vm.frames[vm.frameCount - 1].globals }
        define("locals") { vm, arguments throws(Raised) in try vm.currentLocals() }
        define("vars") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "vars", min: 0, max: 1)
            if arguments.count == 0 { return try vm.currentLocals() }
            do throws(Raised) {
                return try vm.getAttribute(arguments[0], vm.names.dict)
            } catch {
                if vm.exceptionMatches(vm.raisedException, vm.exceptionTypes.attributeError) {
                    vm.raisedException = .null
                    throw vm.raiseTypeError("vars() argument must have __dict__ attribute")
                }
                throw error
            }
        }
        define("dir") { vm, arguments throws(Raised) in try vm.builtinDir(arguments) }
        define("input") { vm, arguments throws(Raised) in try vm.builtinInput(arguments) }
        define("open") { vm, arguments throws(Raised) in try vm.builtinOpen(arguments) }
        define("exit") { vm, arguments throws(Raised) in
            throw vm.raise(exception: try vm.newException(vm.exceptionTypes.systemExit, args: try vm.newTuple(arguments.count > 0 ? [arguments[0]] : [])))
        }
        try! dictSet(dict, intern("quit"), dictGetStr(dict, intern("exit")))
    }

    func isIterator(_ value: Value) -> Bool {
        if value.isObject {
            let kind = ObjectRef(value).kind
            if kind == .iterator || kind == .generator { return true }
        }
        return !lookupInType(typeID(of: value), names.next).isNull
    }

    /// isinstance(): a class whose metaclass is builtin answers from the MRO; tuples
    /// answer for any member; anything else (ABCMeta, unions) through __instancecheck__.
    func isInstanceCheck(_ value: Value, _ classInfo: Value) throws(Raised) -> Bool {
        // An instance of exactly the class, whatever its metaclass: CPython answers before __instancecheck__.
        if isType(classInfo) && typeID(of: value) == TypeView(classInfo).ownTypeID { return true }
        if let answer = plainIsInstance(value, classInfo) { return answer }
        if typeID(of: classInfo) == TypeID.tuple {
            let tuple = TupleView(classInfo)
            for index in 0..<tuple.count where try isInstanceCheck(value, tuple[index]) { return true }
            return false
        }
        let hook = lookupInType(typeID(of: classInfo), names.instancecheck)
        if !hook.isNull { return try isTrue(try call(hook, classInfo, value)) }
        guard isType(classInfo) else {
            throw raiseTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        return isSubtype(typeID(of: value), TypeView(classInfo).ownTypeID)
    }

    /// isinstance() of a class whose metaclass is builtin, or of a tuple of such classes: the answer
    /// from the MROs, or nil when a `__instancecheck__` or an error may decide (isInstanceCheck).
    func plainIsInstance(_ value: Value, _ classInfo: Value) -> Bool? {
        if isType(classInfo) {
            guard !types[typeID(of: classInfo)].flags.contains(.heapType) else { return nil }
            let target = TypeView(classInfo).ownTypeID, id = typeID(of: value)
            return id == target || isSubtype(id, target)
        }
        guard typeID(of: classInfo) == TypeID.tuple else { return nil }
        let tuple = TupleView(classInfo)
        var found = false
        for index in 0..<tuple.count {
            let item = tuple[index]
            guard isType(item), !types[typeID(of: item)].flags.contains(.heapType) else { return nil }
            if !found { found = isSubtype(typeID(of: value), TypeView(item).ownTypeID) }
        }
        return found
    }

    /// issubclass(), with the same three cases as isinstance().
    func isSubclassCheck(_ type: Value, _ classInfo: Value) throws(Raised) -> Bool {
        if isType(classInfo) && !types[typeID(of: classInfo)].flags.contains(.heapType) {
            guard isType(type) else { throw raiseTypeError("issubclass() arg 1 must be a class") }
            return isSubtype(TypeView(type).ownTypeID, TypeView(classInfo).ownTypeID)
        }
        if typeID(of: classInfo) == TypeID.tuple {
            let tuple = TupleView(classInfo)
            for index in 0..<tuple.count where try isSubclassCheck(type, tuple[index]) { return true }
            return false
        }
        let hook = lookupInType(typeID(of: classInfo), names.subclasscheck)
        if !hook.isNull { return try isTrue(try call(hook, classInfo, type)) }
        guard isType(classInfo) else {
            throw raiseTypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        guard isType(type) else { throw raiseTypeError("issubclass() arg 1 must be a class") }
        return isSubtype(TypeView(type).ownTypeID, TypeView(classInfo).ownTypeID)
    }

    private func builtinMinMax(_ arguments: Arguments, name: String, op: Int) throws(Raised) -> Value {
        let key = arguments.keyword("key")
        let defaultValue = arguments.keyword("default")
        let candidates: Value
        if arguments.positionalCount == 0 {
            throw raiseTypeError("\(name) expected at least 1 argument, got 0")
        } else if arguments.positionalCount == 1 {
            candidates = arguments[0]
        } else {
            if !defaultValue.isNull {
                throw raiseTypeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            if key.isNull || key.isNone {
                // `min(a, b)`: the candidates are the arguments, rooted by the caller; no tuple.
                var best = arguments[0]
                for index in 1..<arguments.positionalCount {
                    let item = arguments[index]
                    if try minMaxPrefers(item, over: best, op) { best = item }
                }
                return best
            }
            candidates = try newTuple(UnsafeBufferPointer(start: arguments.base, count: arguments.positionalCount))
        }
        let plain = key.isNull || key.isNone
        // The items are compared as the iteration yields them (no list of them first); `kept`
        // roots the best item, its key and the key being compared across calls into Python.
        let kept = ListView(try newList([.null, .null, .null]))
        return try withRoots(candidates, kept.ref.value) { () throws(Raised) in
            var best = Value.null, bestKey = Value.null
            try forEach(candidates) { (item: Value) throws(Raised) in
                let itemKey = plain ? item : try call(key, item)
                if best.isNull {
                    best = item
                    bestKey = itemKey
                } else {
                    kept[2] = itemKey
                    guard try minMaxPrefers(itemKey, over: bestKey, op) else { return }
                    best = item
                    bestKey = itemKey
                }
                kept[0] = best
                kept[1] = bestKey
            }
            if best.isNull {
                if !defaultValue.isNull { return defaultValue }
                throw raiseValueError("\(name)() arg is an empty sequence")
            }
            return best
        }
    }

    /// Whether min (op <) or max (op >) takes `candidate` over the best so far.
    @inline(__always) private func minMaxPrefers(_ candidate: Value, over best: Value, _ op: Int) throws(Raised) -> Bool {
        candidate.isInt && best.isInt ? compareInts(candidate.int, best.int, op) : try isTrue(try richCompare(candidate, best, op))
    }

    private func builtinRound(_ arguments: Arguments) throws(Raised) -> Value {
        let bound = try bindNativeArguments(arguments, "round", ["number", "ndigits"], required: 1)
        return try roundNumber(bound[0], digits: bound[1].isNull ? Value.none : bound[1])
    }

    /// round(value, digits) for ints and floats (banker's rounding), else via __round__.
    func roundNumber(_ value: Value, digits: Value) throws(Raised) -> Value {
        if value.isFloat {
            if digits.isNone {
                guard let rounded = roundDoubleToInteger(value.double) else {
                    throw raise(value.double.isNaN ? exceptionTypes.valueError : exceptionTypes.overflowError,
                                value.double.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
                }
                return try newInt(rounded)
            }
            let count = try clampedIndexValue(digits) { "'\(self.typeName(digits))' object cannot be interpreted as an integer" }
            guard let rounded = roundDouble(value.double, digits: count) else {
                throw raise(exceptionTypes.overflowError, "rounded value too large to represent")
            }
            return Value(anyDouble: rounded)
        }
        if isIntLike(value) {
            if digits.isNone { return value.isBool ? Value(int: value == .true ? 1 : 0) : value }
            let count = try clampedIndexValue(digits) { "'\(self.typeName(digits))' object cannot be interpreted as an integer" }
            if count >= 0 { return try numberToInt(value) }
            let big = bigIntValue(value)
            // 10**-count > 2*|value| once -count passes its bit length: the result is 0. CPython
            // computes the power anyway (minutes for round(1, -2**62)); `-count` would trap for Int.min.
            if count < -max(1, big.bitLength) { return Value(int: 0) }
            let scale = BigInt(10).power(-count)
            let (quotient, remainder) = big.floorDivMod(scale)
            let twice = remainder + remainder
            var result = quotient
            if twice > scale || (twice == scale && !(quotient.limbs.first.map { $0 & 1 == 0 } ?? true)) { result = quotient + BigInt(1) }
            return try newInt(result * scale)
        }
        let method = lookupInType(typeID(of: value), names.round)
        if method.isNull { throw raiseTypeError("type \(typeName(value)) doesn't define __round__ method") }
        return digits.isNone ? try callSpecial(method, value) : try callSpecial(method, value, digits)
    }

    func currentLocals() throws(Raised) -> Value {
        try frameLocals(frames + frameCount - 1)
    }

    private func builtinDir(_ arguments: Arguments) throws(Raised) -> Value {
        let list: Value
        if arguments.count == 0 {
            var collected: [Value] = []
            let namespace = try currentLocals()
            try dictForEach(DictView(namespace)) { (key, _) throws(Raised) in collected.append(key) }
            list = try newList(collected)
        } else {
            // type(x).__dir__ gives the names (object's and type's: defaultDir), sorted here.
            let value = arguments[0]
            let method = lookupInType(typeID(of: value), intern("__dir__"))
            if method.isNull {
                list = try defaultDir(value)
            } else {
                let listed = try callSpecial(method, value)
                list = try withRoots(listed) { () throws(Raised) in try listFrom(listed) }
            }
        }
        try withRoots(list) { () throws(Raised) in try sortList(ListView(list), key: .null, reverse: .null) }
        return list
    }

    /// object.__dir__ and type.__dir__: the names of a module's dict, or of an instance's
    /// attributes and its class's MRO (a class's own MRO for a class), each once, unsorted.
    func defaultDir(_ value: Value) throws(Raised) -> Value {
        var collected: [Value] = []
        var seen = Set<String>()
        func add(_ key: Value) { let text = swiftString(key); if seen.insert(text).inserted { collected.append(key) } }
        if value.isObject && (ObjectRef(value).kind == .instance || ObjectRef(value).kind == .exception) {
            for (name, _) in instanceAttributes(ObjectRef(value)) { add(name) }
        }
        if isModule(value) {
            try dictForEach(DictView(ObjectRef(value)[ModuleLayout.dict])) { (key, _) throws(Raised) in add(key) }
        } else {
            let mro = TypeView(isType(value) ? value : typeOf(value)).mro
            for index in 0..<mro.count {
                try dictForEach(TypeView(mro[index]).dict) { (key, _) throws(Raised) in add(key) }
            }
        }
        return try newList(collected)
    }
}
