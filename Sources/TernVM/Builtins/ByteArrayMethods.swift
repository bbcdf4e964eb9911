// The bytes and bytearray constructors, bytearray's mutating methods and item
// protocol, and int.to_bytes / int.from_bytes.

extension VM {
    /// The bytes that bytes(x) / bytearray(x) hold, with CPython's messages.
    private func bytesConstructorContents(_ arguments: Arguments, typeName name: String) throws(Raised) -> [UInt8] {
        let source = argument(arguments, 1, "source")
        let encodingValue = argument(arguments, 2, "encoding")
        let errorsValue = argument(arguments, 3, "errors")
        if source.isNull {
            if !encodingValue.isNull || !errorsValue.isNull { throw raiseTypeError("\(encodingValue.isNull ? "errors" : "encoding") without a string argument") }
            return []
        }
        if !encodingValue.isNull {
            if !isStr(builtinSelf(source)) { throw raiseTypeError("encoding without a string argument") }
            let (encoding, errors) = try codecArguments(arguments, first: 2, method: name)
            return try encodeText(builtinSelf(source), encoding: encoding, errors: errors)
        }
        if isStr(builtinSelf(source)) { throw raiseTypeError("string argument without an encoding") }
        if !errorsValue.isNull { throw raiseTypeError("errors without a string argument") }
        if let contents = bytesLikeContents(builtinSelf(source)) { return contents }
        // In CPython: anything with __index__ is a count (an error in __index__ propagates).
        let indexMethod = isIntLike(source) ? .null : lookupInType(typeID(of: source), names.index)
        if isIntLike(source) || (!indexMethod.isNull && !indexMethod.isNone) {
            let number = try numberIndex(source)!
            guard let count = smallIntValue(number) ?? bigIntValue(number).asInt64 else {
                throw raise(exceptionTypes.overflowError, "cannot fit 'int' into an index-sized integer")
            }
            if count < 0 { throw raiseValueError("negative count") }
            try ensureHeapRoom(bytes: Int(count))
            return [UInt8](repeating: 0, count: Int(count))
        }
        if let contents = try bufferContents(source) { return contents }
        if lookupInType(typeID(of: source), names.iter).isNull && lookupInType(typeID(of: source), names.getitem).isNull && !isIterableBuiltin(source) {
            throw raiseTypeError("cannot convert '\(typeName(source))' object to \(name)")
        }
        var out: [UInt8] = []
        try forEach(source) { (item) throws(Raised) in out.append(try byteValue(item)) }
        return out
    }

    /// (type(self), arguments, state) for copy and pickle. In CPython protocols before 3 get
    /// the contents as a Latin-1 str (they have no bytes), later ones as bytes.
    fileprivate func byteArrayReduce(_ object: Value, protocol proto: Int) throws(Raised) -> Value {
        let contents = ByteArrayView(builtinSelf(object)).contents
        let state = try call(try getAttribute(object, intern("__getstate__")))
        return try withRoots(state) { () throws(Raised) in
            let parameters: Value
            if contents.isEmpty {
                parameters = emptyTuple
            } else if proto < 3 {
                let text = try newStr(String(String.UnicodeScalarView(contents.map { Unicode.Scalar($0) })))
                parameters = try withRoots(text) { () throws(Raised) in
                    try newTuple(count: 2) { (index) throws(Raised) in index == 0 ? text : try newStr("latin-1") }
                }
            } else {
                let bytes = try newBytes(contents)
                parameters = try withRoots(bytes) { () throws(Raised) in try newTuple([bytes]) }
            }
            return try withRoots(parameters) { () throws(Raised) in try newTuple([typeOf(object), parameters, state]) }
        }
    }

    /// bytes(x) for an x with __bytes__ (checked first, as in CPython, so that a bytes
    /// subclass may refuse with `__bytes__ = None`); nil when x has none or more arguments came.
    fileprivate func bytesFromDunder(_ arguments: Arguments) throws(Raised) -> Value? {
        guard arguments.count == 2, arguments.keywordCount == 0 else { return nil }
        let source = arguments[1]
        if typeID(of: source) == TypeID.bytes { return nil }
        let method = lookupInType(typeID(of: source), intern("__bytes__"))
        if method.isNull { return nil }
        let result = try call(method, source)
        guard isInstance(result, typeID: TypeID.bytes) else {
            throw raiseTypeError("__bytes__ returned non-bytes (type \(typeName(result)))")
        }
        return result
    }

    private func isIterableBuiltin(_ value: Value) -> Bool {
        switch typeID(of: value) {
        case TypeID.list, TypeID.tuple, TypeID.range, TypeID.dict, TypeID.set, TypeID.frozenset, TypeID.generator: return true
        default: return value.isObject && ObjectRef(value).kind == .iterator
        }
    }

    /// An int in range(256) (the element type of bytes).
    func byteValue(_ item: Value) throws(Raised) -> UInt8 {
        let number = try clampedIndexValue(item) { "'\(self.typeName(item))' object cannot be interpreted as an integer" }
        if number < 0 || number > 255 { throw raiseValueError("byte must be in range(0, 256)") }
        return UInt8(number)
    }

    func installByteArrayMethods() {
        defineStaticMethod(TypeID.bytes, "__new__") { vm, arguments throws(Raised) in
            if let converted = try vm.bytesFromDunder(arguments) {
                if vm.isType(arguments[0]) && TypeView(arguments[0]).ownTypeID == TypeID.bytes { return converted }
                return try vm.instance(of: arguments[0], base: TypeID.bytes, carrying: try vm.newBytes(vm.bytesContents(vm.builtinSelf(converted))))
            }
            let contents: [UInt8]
            do throws(Raised) {
                contents = try vm.bytesConstructorContents(arguments, typeName: "bytes")
            } catch let raised {
                // In CPython: bytes() reports out-of-range items with its own wording.
                if vm.exceptionMatches(vm.raisedException, vm.exceptionTypes.valueError),
                   vm.strString(orEmpty: vm.raisedException) == "byte must be in range(0, 256)" {
                    throw vm.raiseValueError("bytes must be in range(0, 256)")
                }
                throw raised
            }
            return try vm.instance(of: arguments[0], base: TypeID.bytes, carrying: try vm.newBytes(contents))
        }
        // In CPython bytearray.__new__ makes an empty bytearray and __init__ fills it, so that
        // a subclass's __init__ may take other arguments.
        defineStaticMethod(TypeID.byteArray, "__new__") { vm, arguments throws(Raised) in
            try vm.instance(of: arguments[0], base: TypeID.byteArray, carrying: try vm.newByteArray([]))
        }
        defineMethod(TypeID.byteArray, "__init__") { vm, arguments throws(Raised) in
            let contents = try vm.bytesConstructorContents(arguments, typeName: "bytearray")
            try vm.byteArraySetContents(ByteArrayView(vm.builtinSelf(arguments[0])), contents)
            return .none
        }
        let id = TypeID.byteArray
        defineMethod(id, "__len__") { vm, arguments throws(Raised) in Value(int: ByteArrayView(vm.builtinSelf(arguments[0])).count) }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            // In CPython: a subclass's repr names the subclass: BA(b'...').
            let contents = ByteArrayView(vm.builtinSelf(arguments[0])).contents
            return try vm.newStr(vm.typeName(arguments[0]) + "(" + vm.bytesRepr(contents, alwaysEscapeSingleQuote: true) + ")")
        }
        defineMethod(id, "__iter__") { vm, arguments throws(Raised) in
            try vm.newIterator(TypeID.bytesIterator, source: vm.builtinSelf(arguments[0]))
        }
        // Reached by instances of subclasses (plain bytearrays compare in builtinCompare).
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in
                let me = vm.builtinSelf(arguments[0]), other = vm.builtinSelf(arguments[1])
                guard let result = vm.compareBytesLike(me, other, op) else { return vm.notImplemented }
                return Value(bool: result)
            }
        }
        for name in ["__reduce__", "__reduce_ex__"] {
            defineMethod(id, name, arguments: name == "__reduce__" ? 0...0 : 0...1) { vm, arguments throws(Raised) in
                let proto = name == "__reduce__" ? 2 : (arguments.count > 1 ? try vm.cIntValue(arguments[1]) { "an integer is required" } : 0)
                return try vm.byteArrayReduce(arguments[0], protocol: proto)
            }
        }
        defineMethod(id, "__contains__") { vm, arguments throws(Raised) in
            Value(bool: try vm.bytesContains(arguments[0], arguments[1]))
        }
        defineMethod(id, "__getitem__") { vm, arguments throws(Raised) in
            let me = vm.builtinSelf(arguments[0])
            let key = arguments[1]
            if vm.typeID(of: key) == TypeID.slice {
                // Only the slice is copied (BytesIO reads are slices of a large buffer); the
                // bounds are checked again in case __index__ of the slice's ends resized it.
                let (start, _, step, count) = try vm.sliceIndices(key, length: ByteArrayView(me).count)
                let array = ByteArrayView(me), length = array.count
                var slice = [UInt8]()
                slice.reserveCapacity(count)
                for position in 0..<count {
                    let index = start + position * step
                    if index >= 0 && index < length { slice.append(array.data[index]) }
                }
                return try vm.newByteArray(slice)
            }
            var index = try vm.indexValue(key) { "bytearray indices must be integers or slices, not \(vm.typeName(key))" }
            let array = ByteArrayView(me)
            if index < 0 { index += array.count }
            if index < 0 || index >= array.count { throw vm.raise(vm.exceptionTypes.indexError, "bytearray index out of range") }
            return Value(int: Int(array.data[index]))
        }
        defineMethod(id, "__setitem__") { vm, arguments throws(Raised) in
            let me = vm.builtinSelf(arguments[0])
            let key = arguments[1], value = arguments[2]
            if vm.typeID(of: key) == TypeID.slice {
                var replacement: [UInt8]
                if let bytes = try vm.bufferContents(value) { replacement = bytes }
                else if vm.isIntLike(value) || vm.isStr(value) {
                    throw vm.raiseTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                } else {
                    replacement = []
                    try vm.forEach(value) { (item) throws(Raised) in replacement.append(try vm.byteValue(item)) }
                }
                var length = ByteArrayView(me).count
                var (start, _, step, count) = try vm.sliceIndices(key, length: length)
                if ByteArrayView(me).count != length {
                    // An __index__ of the slice changed the array: bounds for its new length.
                    length = ByteArrayView(me).count
                    (start, _, step, count) = try vm.sliceIndices(key, length: length)
                }
                if step == 1 {
                    try replacement.withUnsafeBufferPointer { (bytes) throws(Raised) in
                        try vm.byteArraySplice(ByteArrayView(me), at: start, removing: count, bytes)
                    }
                    return .none
                }
                if replacement.isEmpty && count > 0 {
                    // In CPython assigning nothing to an extended slice deletes its items.
                    let removed = Set((0..<count).map { start + $0 * step })
                    let kept = ByteArrayView(me).contents.enumerated().filter { !removed.contains($0.offset) }.map { $0.element }
                    try vm.byteArraySetContents(ByteArrayView(me), kept)
                    return .none
                }
                if replacement.count != count {
                    throw vm.raiseValueError("attempt to assign bytes of size \(replacement.count) to extended slice of size \(count)")
                }
                let data = ByteArrayView(me).data
                for index in 0..<count { data[start + index * step] = replacement[index] }
                return .none
            }
            var index = try vm.indexValue(key) { "bytearray indices must be integers or slices, not \(vm.typeName(key))" }
            let byte = try vm.byteValue(value)
            let array = ByteArrayView(me)
            if index < 0 { index += array.count }
            if index < 0 || index >= array.count { throw vm.raise(vm.exceptionTypes.indexError, "bytearray index out of range") }
            array.data[index] = byte
            return .none
        }
        defineMethod(id, "__delitem__") { vm, arguments throws(Raised) in
            let me = vm.builtinSelf(arguments[0])
            var contents = ByteArrayView(me).contents
            let key = arguments[1]
            if vm.typeID(of: key) == TypeID.slice {
                let (start, _, step, count) = try vm.sliceIndices(key, length: contents.count)
                let removed = Set((0..<count).map { start + $0 * step })
                contents = contents.enumerated().filter { !removed.contains($0.offset) }.map { $0.element }
            } else {
                var index = try vm.indexValue(key) { "bytearray indices must be integers or slices, not \(vm.typeName(key))" }
                if index < 0 { index += contents.count }
                if index < 0 || index >= contents.count { throw vm.raise(vm.exceptionTypes.indexError, "bytearray index out of range") }
                contents.remove(at: index)
            }
            try vm.byteArraySetContents(ByteArrayView(me), contents)
            return .none
        }
        defineMethod(id, "append") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "append", min: 1, max: 1)
            let me = vm.builtinSelf(arguments[0])
            let byte = try vm.byteValue(arguments[1])
            let array = ByteArrayView(me)
            try vm.checkResizable(array, to: array.count + 1)
            try vm.byteArrayReserve(array, array.count + 1)
            array.data[array.count] = byte
            array.count += 1
            return .none
        }
        defineMethod(id, "extend") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "extend", min: 1, max: 1)
            let me = vm.builtinSelf(arguments[0])
            var added: [UInt8]
            if let bytes = try vm.bufferContents(arguments[1]) { added = bytes }
            else {
                added = []
                try vm.forEach(arguments[1]) { (item) throws(Raised) in added.append(try vm.byteValue(item)) }
            }
            try vm.byteArrayAppend(ByteArrayView(me), added)
            return .none
        }
        defineMethod(id, "insert") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "insert", min: 2, max: 2)
            let me = vm.builtinSelf(arguments[0])
            var contents = ByteArrayView(me).contents
            var index = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            let byte = try vm.byteValue(arguments[2])
            if index < 0 { index = max(0, index + contents.count) }
            contents.insert(byte, at: min(index, contents.count))
            try vm.byteArraySetContents(ByteArrayView(me), contents)
            return .none
        }
        defineMethod(id, "pop") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "pop", min: 0, max: 1)
            let me = vm.builtinSelf(arguments[0])
            var contents = ByteArrayView(me).contents
            if contents.isEmpty { throw vm.raise(vm.exceptionTypes.indexError, "pop from empty bytearray") }
            var index = arguments.count > 1 ? try vm.indexValue(arguments[1]) { "" } : -1
            if index < 0 { index += contents.count }
            if index < 0 || index >= contents.count { throw vm.raise(vm.exceptionTypes.indexError, "pop index out of range") }
            let byte = contents.remove(at: index)
            try vm.byteArraySetContents(ByteArrayView(me), contents)
            return Value(int: Int(byte))
        }
        defineMethod(id, "remove") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "remove", min: 1, max: 1)
            let me = vm.builtinSelf(arguments[0])
            var contents = ByteArrayView(me).contents
            let byte = try vm.byteValue(arguments[1])
            guard let index = contents.firstIndex(of: byte) else { throw vm.raiseValueError("value not found in bytearray") }
            contents.remove(at: index)
            try vm.byteArraySetContents(ByteArrayView(me), contents)
            return .none
        }
        defineMethod(id, "reverse") { vm, arguments throws(Raised) in
            let me = vm.builtinSelf(arguments[0])
            try vm.byteArraySetContents(ByteArrayView(me), ByteArrayView(me).contents.reversed())
            return .none
        }
        defineMethod(id, "clear") { vm, arguments throws(Raised) in
            let array = ByteArrayView(vm.builtinSelf(arguments[0]))
            try vm.checkResizable(array, to: 0)
            array.count = 0
            return .none
        }
        defineMethod(id, "copy") { vm, arguments throws(Raised) in try vm.newByteArray(ByteArrayView(vm.builtinSelf(arguments[0])).contents) }
        installIntByteConversions()
        installNumberParts()
    }

    /// int.real/imag/numerator/denominator and float.real/imag, which "{z.real}" fields reach;
    /// defined only when no other part of the runtime has defined them.
    private func installNumberParts() {
        let parts: [(Int, String, (VM, Value) throws(Raised) -> Value)] = [
            (TypeID.int, "real", { vm, value throws(Raised) in vm.isIntLike(value) && !value.isBool ? value : try vm.newInt(vm.bigIntValue(vm.builtinSelf(value))) }),
            (TypeID.int, "imag", { _, _ throws(Raised) in Value(int: 0) }),
            (TypeID.int, "numerator", { vm, value throws(Raised) in value.isBool ? Value(int: value == .true ? 1 : 0) : vm.builtinSelf(value) }),
            (TypeID.int, "denominator", { _, _ throws(Raised) in Value(int: 1) }),
            (TypeID.float, "real", { vm, value throws(Raised) in vm.builtinSelf(value) }),
            (TypeID.float, "imag", { _, _ throws(Raised) in Value(double: 0) }),
        ]
        for (id, name, getter) in parts where lookupInType(id, intern(name)).isNull {
            defineGetter(id, name, getter)
        }
    }

    /// int.to_bytes(length=1, byteorder='big', *, signed=False) and int.from_bytes(bytes, byteorder='big', *, signed=False);
    /// defined only when the int methods have not defined them already.
    private func installIntByteConversions() {
        if !lookupInType(TypeID.int, intern("to_bytes")).isNull { return }
        func byteOrder(_ value: Value, _ method: String) throws(Raised) -> Bool {
            if value.isNull { return false }
            guard isStr(value) else { throw raiseTypeError("\(method)() argument 'byteorder' must be str, not \(typeName(value))") }
            switch swiftString(value) {
            case "little": return true
            case "big": return false
            default: throw raiseValueError("byteorder must be either 'little' or 'big'")
            }
        }
        defineMethod(TypeID.int, "to_bytes") { vm, arguments throws(Raised) in
            let lengthValue = vm.argument(arguments, 1, "length")
            let length = lengthValue.isNull ? 1 : try vm.indexValue(lengthValue) { "'\(vm.typeName(lengthValue))' object cannot be interpreted as an integer" }
            if length < 0 { throw vm.raiseValueError("length argument must be non-negative") }
            let little = try byteOrder(vm.argument(arguments, 2, "byteorder"), "to_bytes")
            let signedValue = arguments.keyword("signed")
            let signed = signedValue.isNull ? false : try vm.isTrue(signedValue)
            var number = vm.bigIntValue(vm.builtinSelf(arguments[0]))
            if number.isNegative && !signed { throw vm.raise(vm.exceptionTypes.overflowError, "can't convert negative int to unsigned") }
            let bits = length * 8
            let fits: Bool
            if signed {
                let limit = BigInt(1) << max(0, bits - 1)
                fits = bits > 0 ? !(number < -limit) && number < limit : number.isZero
            } else {
                fits = number.bitLength <= bits
            }
            if !fits { throw vm.raise(vm.exceptionTypes.overflowError, "int too big to convert") }
            if number.isNegative { number = number + (BigInt(1) << bits) }
            var out: [UInt8] = []
            for index in 0..<length { out.append(UInt8(((number >> (index * 8)) & BigInt(255)).asInt64 ?? 0)) }
            return try vm.newBytes(little ? out : out.reversed())
        }
        defineClassMethod(TypeID.int, "from_bytes") { vm, arguments throws(Raised) in
            let source = vm.argument(arguments, 1, "bytes")
            if source.isNull { throw vm.raiseTypeError("from_bytes() missing required argument 'bytes' (pos 1)") }
            var bytes: [UInt8]
            if let contents = try vm.bufferContents(source) { bytes = contents }
            else if vm.isStr(source) { throw vm.raiseTypeError("cannot convert 'str' object to bytes") }
            else {
                bytes = []
                try vm.forEach(source) { (item) throws(Raised) in bytes.append(try vm.byteValue(item)) }
            }
            let little = try byteOrder(vm.argument(arguments, 2, "byteorder"), "from_bytes")
            let signedValue = arguments.keyword("signed")
            let signed = signedValue.isNull ? false : try vm.isTrue(signedValue)
            if little { bytes.reverse() }
            var number = BigInt(0)
            for byte in bytes { number = (number << 8) | BigInt(Int(byte)) }
            if signed, let first = bytes.first, first >= 128 { number = number - (BigInt(1) << (bytes.count * 8)) }
            return try vm.newInt(number)
        }
    }

    /// The message of an exception value (its str), or "" when it has none.
    func strString(orEmpty exception: Value) -> String {
        (try? strString(exception)) ?? ""
    }
}
