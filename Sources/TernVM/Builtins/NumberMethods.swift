#if canImport(Glibc)
import Glibc
#endif

// The methods of int, bool and float: the operator dunders (so `(1).__add__(2)`
// and `super().__add__` work, returning NotImplemented for foreign operands),
// conversions, and the named methods (bit_length, to_bytes, is_integer, hex, ...).

extension VM {
    func installNumberMethods() {
        installNumberOperatorDunders()
        installIntMethods()
        installFloatMethods()
    }

    /// Whether `value` is an operand the numeric dunders of `typeID` accept.
    private func acceptsNumberOperand(_ value: Value, selfIsFloat: Bool) -> Bool {
        isIntLike(value) || (selfIsFloat && value.isFloat)
    }

    private func installNumberOperatorDunders() {
        for (typeID, isFloat) in [(TypeID.int, false), (TypeID.float, true)] {
            for base in 0..<BinaryOp.symbols.count where base != BinaryOp.matmul {
                if isFloat && base >= BinaryOp.lshift && base <= BinaryOp.and { continue }
                let forwardName = swiftString(names.binary[base]), reflectedName = swiftString(names.reflected[base])
                defineMethod(typeID, forwardName) { vm, arguments throws(Raised) in
                    try vm.expectMethodArguments(arguments, forwardName, min: 1, max: base == BinaryOp.pow ? 2 : 1)
                    let other = vm.builtinNumber(arguments[1])
                    guard vm.acceptsNumberOperand(other, selfIsFloat: isFloat) else { return vm.notImplemented }
                    if base == BinaryOp.pow && arguments.count > 2 && !arguments[2].isNone {
                        return try vm.call(vm.dictGetStr(DictView(vm.builtinsDict), vm.intern("pow")), arguments[0], other, arguments[2])
                    }
                    let result = try vm.numericBinary(arguments[0], other, base)
                    return result.isNull ? vm.notImplemented : result
                }
                defineMethod(typeID, reflectedName) { vm, arguments throws(Raised) in
                    try vm.expectMethodArguments(arguments, reflectedName, min: 1, max: base == BinaryOp.pow ? 2 : 1)
                    let other = vm.builtinNumber(arguments[1])
                    guard vm.acceptsNumberOperand(other, selfIsFloat: isFloat) else { return vm.notImplemented }
                    let result = try vm.numericBinary(other, arguments[0], base)
                    return result.isNull ? vm.notImplemented : result
                }
            }
            for (name, reflected) in [("__divmod__", false), ("__rdivmod__", true)] {
                defineMethod(typeID, name) { vm, arguments throws(Raised) in
                    try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                    let other = vm.builtinNumber(arguments[1])
                    guard vm.acceptsNumberOperand(other, selfIsFloat: isFloat) else { return vm.notImplemented }
                    return reflected ? try vm.numberDivmod(other, arguments[0]) : try vm.numberDivmod(arguments[0], other)
                }
            }
            for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
                defineMethod(typeID, name) { vm, arguments throws(Raised) in
                    try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                    let other = vm.builtinNumber(arguments[1])
                    guard vm.acceptsNumberOperand(other, selfIsFloat: isFloat), let result = try vm.builtinCompare(arguments[0], other, op) else {
                        return vm.notImplemented
                    }
                    return Value(bool: result)
                }
            }
            defineMethod(typeID, "__neg__") { vm, arguments throws(Raised) in try vm.unaryNegative(arguments[0]) }
            defineMethod(typeID, "__pos__") { vm, arguments throws(Raised) in try vm.unaryPositive(arguments[0]) }
            defineMethod(typeID, "__abs__") { vm, arguments throws(Raised) in try vm.numberAbsolute(arguments[0]) }
            defineMethod(typeID, "__bool__") { vm, arguments throws(Raised) in Value(bool: try vm.isTrue(arguments[0])) }
            defineMethod(typeID, "__hash__") { vm, arguments throws(Raised) in try vm.newInt(Int64(try vm.hashValue(arguments[0]))) }
            defineMethod(typeID, "__float__") { vm, arguments throws(Raised) in Value(anyDouble: try vm.numberAsDouble(arguments[0]) ?? 0) }
            defineMethod(typeID, "__int__") { vm, arguments throws(Raised) in try vm.numberToInt(arguments[0]) }
            defineMethod(typeID, "__trunc__") { vm, arguments throws(Raised) in try vm.numberToInt(arguments[0]) }
            defineMethod(typeID, "__floor__") { vm, arguments throws(Raised) in
                let value = arguments[0]
                return value.isFloat ? try vm.floatToInt(floor(value.double)) : try vm.numberToInt(value)
            }
            defineMethod(typeID, "__ceil__") { vm, arguments throws(Raised) in
                let value = arguments[0]
                return value.isFloat ? try vm.floatToInt(ceil(value.double)) : try vm.numberToInt(value)
            }
            defineMethod(typeID, "__round__") { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, "__round__", min: 0, max: 1)
                return try vm.roundNumber(arguments[0], digits: arguments.count > 1 ? arguments[1] : .none)
            }
            // As in CPython, int and float have no __str__ of their own: object.__str__ calls
            // repr(), so a subclass's __repr__ is what str() and print() show.
            defineMethod(typeID, "__repr__") { vm, arguments throws(Raised) in
                return try vm.repr(vm.builtinNumber(arguments[0]))
            }
            defineMethod(typeID, "__format__") { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, "__format__", min: 1, max: 1)
                return try vm.format(arguments[0], vm.formatSpecArgument(arguments[1]))
            }
            defineMethod(typeID, "conjugate") { vm, arguments throws(Raised) in
                arguments[0].isFloat ? arguments[0] : try vm.numberToInt(arguments[0])
            }
            defineGetter(typeID, "real") { vm, value throws(Raised) in value.isFloat ? value : try vm.numberToInt(value) }
            defineGetter(typeID, "imag") { vm, value throws(Raised) in value.isFloat ? Value(double: 0) : Value(int: 0) }
        }
        defineMethod(TypeID.int, "__invert__") { vm, arguments throws(Raised) in try vm.unaryInvert(arguments[0]) }
        defineMethod(TypeID.int, "__index__") { vm, arguments throws(Raised) in try vm.numberToInt(arguments[0]) }
    }

    /// The plain int or float inside a value: itself, or the payload of an instance of a subclass.
    func builtinNumber(_ value: Value) -> Value {
        if isIntLike(value) || value.isFloat { return value }
        if value.isObject && ObjectRef(value).kind == .instance {
            let payload = ObjectRef(value).instancePayload
            if !payload.isNull { return payload }
        }
        return value
    }

    /// divmod() of two numbers, with float division's own message for a zero divisor.
    func numberDivmod(_ left: Value, _ right: Value) throws(Raised) -> Value {
        if (left.isFloat || right.isFloat), let divisor = try numberAsDouble(right), divisor == 0, try numberAsDouble(left) != nil {
            throw raise(exceptionTypes.zeroDivisionError, "float divmod()")
        }
        let quotient = try binaryOp(left, right, BinaryOp.floordiv)
        return try withRoots(quotient) { () throws(Raised) in
            try newTuple(quotient, try binaryOp(left, right, BinaryOp.mod))
        }
    }

    func numberAbsolute(_ value: Value) throws(Raised) -> Value {
        if let small = smallIntValue(value) { return try newInt(small < 0 ? -small : small) }
        if value.isFloat { return Value(double: Swift.abs(value.double)) }
        return try newInt(bigIntValue(value).magnitude)
    }

    /// The exact int of an int-like (bools become 0/1) or the truncation of a float.
    func numberToInt(_ value: Value) throws(Raised) -> Value {
        if value.isFloat { return try floatToInt(value.double) }
        if let small = smallIntValue(value) { return Value(int: small) }
        if isIntLike(value) { return value }
        return try newInt(bigIntValue(value))
    }

    /// int(x) for a float, with CPython's errors for infinities and NaN.
    func floatToInt(_ double: Double) throws(Raised) -> Value {
        if double.isNaN { throw raiseValueError("cannot convert float NaN to integer") }
        if double.isInfinite { throw raise(exceptionTypes.overflowError, "cannot convert float infinity to integer") }
        return try newInt(BigInt(truncating: double))
    }

    private func installIntMethods() {
        let int = TypeID.int
        defineMethod(int, "bit_length") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "bit_length", min: 0, max: 0)
            return Value(int: vm.bigIntValue(arguments[0]).bitLength)
        }
        defineMethod(int, "bit_count") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "bit_count", min: 0, max: 0)
            return Value(int: vm.bigIntValue(arguments[0]).limbs.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        defineMethod(int, "as_integer_ratio") { vm, arguments throws(Raised) in
            try vm.newTuple(try vm.numberToInt(arguments[0]), Value(int: 1))
        }
        defineMethod(int, "is_integer") { vm, arguments throws(Raised) in .true }
        defineGetter(int, "numerator") { vm, value throws(Raised) in try vm.numberToInt(value) }
        defineGetter(int, "denominator") { vm, value throws(Raised) in Value(int: 1) }
        defineMethod(int, "to_bytes") { vm, arguments throws(Raised) in try vm.intToBytes(arguments) }
        defineClassMethod(int, "from_bytes") { vm, arguments throws(Raised) in try vm.intFromBytes(arguments) }
    }

    /// The `byteorder` argument of to_bytes/from_bytes: true for little-endian.
    private func isLittleEndian(_ value: Value, of function: String) throws(Raised) -> Bool {
        if value.isNull { return false }
        guard isStr(builtinSelf(value)) else {
            throw raiseTypeError("\(function)() argument 'byteorder' must be str, not \(argumentTypeName(value))")
        }
        let name = StrView(builtinSelf(value))
        if name.equals("big") { return false }
        if name.equals("little") { return true }
        throw raiseValueError("byteorder must be either 'little' or 'big'")
    }

    /// int.to_bytes(length=1, byteorder='big', *, signed=False).
    private func intToBytes(_ arguments: Arguments) throws(Raised) -> Value {
        if arguments.positionalCount > 3 { throw raiseTypeError("to_bytes() takes at most 2 positional arguments (\(arguments.positionalCount - 1) given)") }
        let lengthValue = arguments.positionalCount > 1 ? arguments[1] : arguments.keyword("length")
        let length = lengthValue.isNull ? 1 : try indexValue(lengthValue) { "'\(self.typeName(lengthValue))' object cannot be interpreted as an integer" }
        if length < 0 { throw raiseValueError("length argument must be non-negative") }
        let little = try isLittleEndian(arguments.positionalCount > 2 ? arguments[2] : arguments.keyword("byteorder"), of: "to_bytes")
        let signedValue = arguments.keyword("signed")
        let signed = signedValue.isNull ? false : try isTrue(signedValue)
        var number = bigIntValue(arguments[0])
        if number.isNegative && !signed { throw raise(exceptionTypes.overflowError, "can't convert negative int to unsigned") }
        let bits = length * 8
        let fits: Bool
        if number.isNegative {
            fits = bits > 0 && (number + (BigInt(1) << (bits - 1))).isNegative == false
            number = number + (BigInt(1) << bits)
        } else {
            fits = signed ? number.bitLength < bits : number.bitLength <= bits
        }
        if !fits { throw raise(exceptionTypes.overflowError, "int too big to convert") }
        try ensureHeapRoom(bytes: length)
        var bytes = [UInt8](repeating: 0, count: length)
        for index in 0..<length {
            let limbIndex = index / 8
            let limb = limbIndex < number.limbs.count ? number.limbs[limbIndex] : 0
            bytes[index] = UInt8(truncatingIfNeeded: limb >> UInt64((index % 8) * 8))
        }
        return try newBytes(little ? bytes : bytes.reversed())
    }

    /// int.from_bytes(bytes, byteorder='big', *, signed=False).
    /// from_bytes' `byteorder` (true: little-endian) and `signed`.
    private func fromBytesOrder(_ arguments: Arguments) throws(Raised) -> (little: Bool, signed: Bool) {
        let little = try isLittleEndian(arguments.positionalCount > 2 ? arguments[2] : arguments.keyword("byteorder"), of: "from_bytes")
        let signedValue = arguments.keyword("signed")
        return (little, signedValue.isNull ? false : try isTrue(signedValue))
    }

    /// from_bytes of at most eight bytes, read in one word.
    private func intFromFewBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ arguments: Arguments) throws(Raised) -> Value {
        let (little, signed) = try fromBytesOrder(arguments)
        let count = bytes.count
        var word: UInt64 = 0
        for index in 0..<count { word = word << 8 | UInt64(bytes[little ? count - 1 - index : index]) }
        if signed && count > 0 && word >> (count * 8 - 1) & 1 != 0 {
            if count < 8 { word |= ~0 << (count * 8) }
            return try newInt(Int64(bitPattern: word))
        }
        return word <= UInt64(Int64.max) ? try newInt(Int64(word)) : try newInt(isNegative: false, limbs: [word])
    }

    private func intFromBytes(_ arguments: Arguments) throws(Raised) -> Value {
        let source = arguments.positionalCount > 1 ? arguments[1] : arguments.keyword("bytes")
        if source.isNull { throw raiseTypeError("from_bytes() missing required argument 'bytes' (pos 1)") }
        if arguments.positionalCount > 3 {
            throw raiseTypeError("from_bytes() takes at most 2 positional arguments (\(arguments.positionalCount - 1) given)")
        }
        let sourceType = typeID(of: source)
        if (sourceType == TypeID.bytes || sourceType == TypeID.byteArray) && bytesLikeBytes(source).count <= 8 {
            let value = try intFromFewBytes(bytesLikeBytes(source), arguments)
            let target = arguments[0]
            if isType(target) && TypeView(target).ownTypeID != TypeID.int { return try call(target, value) }
            return value
        }
        // In CPython the bytes are bytes(source): __bytes__, a buffer, or an iterable of ints (not str).
        var bytes: [UInt8]
        let bytesMethod = typeID(of: source) == TypeID.bytes ? .null : lookupInType(typeID(of: source), intern("__bytes__"))
        if !bytesMethod.isNull {
            let result = try call(bytesMethod, source)
            guard isInstance(result, typeID: TypeID.bytes) else {
                throw raiseTypeError("__bytes__ returned non-bytes (type \(typeName(result)))")
            }
            bytes = bytesContents(builtinSelf(result))
        } else if isStr(builtinSelf(source)) {
            throw raiseTypeError("cannot convert '\(typeName(source))' object to bytes")
        } else if let contents = try bufferContents(source) {
            bytes = contents
        } else if lookupInType(typeID(of: source), names.iter).isNull && lookupInType(typeID(of: source), names.getitem).isNull {
            throw raiseTypeError("cannot convert '\(typeName(source))' object to bytes")
        } else {
            bytes = []
            try forEach(source) { (item) throws(Raised) in
                guard let byte = smallIntValue(item), byte >= 0, byte < 256 else { throw raiseValueError("bytes must be in range(0, 256)") }
                bytes.append(UInt8(byte))
            }
        }
        let (little, signed) = try fromBytesOrder(arguments)
        if !little { bytes.reverse() }
        var result = BigInt(littleEndianBytes: bytes)
        if signed, let top = bytes.last, top & 0x80 != 0 { result = result - (BigInt(1) << (bytes.count * 8)) }
        let value = try newInt(result)
        let target = arguments[0]
        if isType(target) && TypeView(target).ownTypeID != TypeID.int { return try call(target, value) }
        return value
    }

    private func installFloatMethods() {
        let float = TypeID.float
        defineMethod(float, "is_integer") { vm, arguments throws(Raised) in
            let value = arguments[0].double
            return Value(bool: value.isFinite && value.rounded(.towardZero) == value)
        }
        defineMethod(float, "as_integer_ratio") { vm, arguments throws(Raised) in
            let value = arguments[0].double
            if value.isNaN { throw vm.raiseValueError("cannot convert NaN to integer ratio") }
            if value.isInfinite { throw vm.raise(vm.exceptionTypes.overflowError, "cannot convert Infinity to integer ratio") }
            let (numerator, denominator) = floatIntegerRatio(value)
            let top = try vm.newInt(numerator)
            return try vm.withRoots(top) { () throws(Raised) in try vm.newTuple(top, try vm.newInt(denominator)) }
        }
        defineMethod(float, "hex") { vm, arguments throws(Raised) in try vm.newStr(floatHexString(arguments[0].double)) }
        defineClassMethod(float, "__getformat__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__getformat__", min: 1, max: 1)
            guard vm.isStr(arguments[1]) else {
                throw vm.raiseTypeError("__getformat__() argument must be str, not \(vm.typeName(arguments[1]))")
            }
            guard ["double", "float"].contains(vm.swiftString(arguments[1])) else {
                throw vm.raiseValueError("__getformat__() argument 1 must be 'double' or 'float'")
            }
            return try vm.newStr("IEEE, little-endian")
        }
        defineClassMethod(float, "fromhex") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "fromhex", min: 1, max: 1)
            guard vm.isStr(arguments[1]) else { throw vm.raiseTypeError("bad argument type for built-in operation") }
            guard let parsed = parseFloatHex(vm.swiftString(arguments[1])) else {
                throw vm.raiseValueError("invalid hexadecimal floating-point string")
            }
            guard let value = parsed else { throw vm.raise(vm.exceptionTypes.overflowError, "hexadecimal value too large to represent as a float") }
            // In CPython a subclass gets cls(result).
            if vm.isType(arguments[0]) && TypeView(arguments[0]).ownTypeID != TypeID.float {
                return try vm.call(arguments[0], Value(anyDouble: value))
            }
            return Value(anyDouble: value)
        }
    }
}

/// The exact ratio of a finite double as (numerator, denominator), denominator a power of two.
func floatIntegerRatio(_ value: Double) -> (BigInt, BigInt) {
    if value == 0 { return (BigInt.zero, BigInt(1)) }
    var significand = value.significandBitPattern | (value.isNormal ? (1 << 52) : 0)
    var exponent = Int(value.exponent) - 52
    if !value.isNormal { exponent = -1074 }
    while significand & 1 == 0 && exponent < 0 { significand >>= 1; exponent += 1 }
    var numerator = BigInt(significand)
    var denominator = BigInt(1)
    if exponent > 0 { numerator = numerator << exponent } else { denominator = denominator << -exponent }
    return (value < 0 ? numerator.negated : numerator, denominator)
}

/// float.hex(): `[-]0x1.<13 hex digits>p<exponent>` as CPython prints it.
func floatHexString(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let sign = value.sign == .minus ? "-" : ""
    if value == 0 { return sign + "0x0.0p+0" }
    let fraction = value.significandBitPattern
    var digits = String(fraction, radix: 16)
    digits = String(repeating: "0", count: 13 - digits.count) + digits
    if value.isNormal {
        let exponent = Int(value.exponent)
        return "\(sign)0x1.\(digits)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }
    return "\(sign)0x0.\(digits)p-1022"
}

/// float.fromhex(): nil when the text is malformed, .some(nil) on overflow.
func parseFloatHex(_ text: String) -> Double?? {
    var characters = Array(trimmedOfWhitespace(text.lowercased()))
    var negative = false
    if let first = characters.first, first == "+" || first == "-" { negative = first == "-"; characters.removeFirst() }
    let word = String(characters)
    if word == "inf" || word == "infinity" { return .some(negative ? -Double.infinity : Double.infinity) }
    if word == "nan" { return .some(Double.nan) }
    if characters.count >= 2 && characters[0] == "0" && characters[1] == "x" { characters.removeFirst(2) }
    var mantissa = BigInt.zero
    var fractionDigits = 0, sawDigit = false, sawPoint = false, index = 0
    // ASCII digits only: Character.hexDigitValue also reads fullwidth ones.
    while index < characters.count, let digit = characters[index].isASCII ? characters[index].hexDigitValue ?? (characters[index] == "." ? -1 : nil) : nil {
        if digit == -1 {
            if sawPoint { return nil }
            sawPoint = true
        } else {
            mantissa = (mantissa << 4) + BigInt(Int64(digit))
            sawDigit = true
            if sawPoint { fractionDigits += 1 }
        }
        index += 1
    }
    if !sawDigit { return nil }
    var exponent = 0
    if index < characters.count && characters[index] == "p" {
        index += 1
        var exponentText = ""
        while index < characters.count { exponentText.append(characters[index]); index += 1 }
        guard let parsed = Int(exponentText) else { return nil }
        exponent = parsed
    }
    if index != characters.count { return nil }
    exponent -= 4 * fractionDigits
    guard let magnitude = BigInt.trueDivide(exponent >= 0 ? mantissa << min(exponent, 20000) : mantissa,
                                            exponent >= 0 ? BigInt(1) : BigInt(1) << min(-exponent, 20000)) else { return .some(nil) }
    if magnitude.isInfinite { return .some(nil) }
    return .some(negative ? -magnitude : magnitude)
}

/// The text without leading and trailing ASCII whitespace.
private func trimmedOfWhitespace(_ text: String) -> Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" }
    guard let start = text.firstIndex(where: { !isSpace($0) }), let end = text.lastIndex(where: { !isSpace($0) }) else { return "" }
    return text[start...end]
}
