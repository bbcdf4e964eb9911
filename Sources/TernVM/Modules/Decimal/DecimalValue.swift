// decimal.Decimal's representation: a payload object (ContainerSubclasses.swift) whose fields
// are (sign, coefficient, exponent, kind). The sign is 0 or 1; the coefficient is a Python
// int (unboxed while it fits a small int, a heap big int past that; a NaN's payload, 0 when
// it has none); the exponent is a Python int (0 for specials); the kind says finite,
// infinity, quiet or signalling NaN. Decimals are immutable: the fields are written once.
//
// The Python half reads a Decimal as `_pydecimal` stores one (`_sign`, `_int` a str of
// digits, `_exp` an int or 'F', 'n', 'N', `_is_special`), through read-only attributes.

enum DecimalKind {
    static let finite: Int64 = 0, infinity: Int64 = 1, quietNaN: Int64 = 2, signalingNaN: Int64 = 3
}

enum DecimalField {
    static let sign = 0, coefficient = 1, exponent = 2, kind = 3
}

/// A finite Decimal whose coefficient fits 128 bits and whose exponent a machine word: what
/// the native arithmetic works on.
struct DecimalWord {
    var negative: Bool
    var coefficient: UInt128
    var exponent: Int
}

extension VM {
    /// Whether `value` is a Decimal (or an instance of a subclass) made by Decimal's constructor.
    @inline(__always) func isDecimal(_ value: Value) -> Bool {
        let id = decimalModule.typeID
        return id != 0 && value.isObject && ObjectRef(value).kind == .instance && !ObjectRef(value).instancePayload.isNull
            && isInstance(value, typeID: id)
    }

    /// A Decimal's fields, or TypeError for an instance made without Decimal's constructor.
    func decimalFields(_ value: Value) throws(Raised) -> TupleView {
        guard isDecimal(value) else { throw raiseTypeError("argument must be a Decimal") }
        return payloadFields(value)
    }

    /// A new Decimal of class `typeID` (its fields made and kept alive by the caller).
    func newDecimal(_ typeID: Int, negative: Bool, coefficient: Value, exponent: Value, kind: Int64) throws(Raised) -> Value {
        let fields = try allocateTuple(count: 4)
        fields[DecimalField.sign] = Value(int: negative ? 1 : 0)
        fields[DecimalField.coefficient] = coefficient
        fields[DecimalField.exponent] = exponent
        fields[DecimalField.kind] = Value(int: kind)
        return try newPayloadObject(typeID, tuple: fields.ref.value)
    }

    /// A new finite decimal.Decimal from a word.
    func newDecimal(_ word: DecimalWord) throws(Raised) -> Value {
        let coefficient = try decimalCoefficientValue(word.coefficient)
        return try newDecimal(decimalModule.typeID, negative: word.negative, coefficient: coefficient,
                              exponent: Value(int: word.exponent), kind: DecimalKind.finite)
    }

    /// A Decimal as a word, or nil when it is special or its coefficient or exponent is too big.
    func decimalWord(_ value: Value) -> DecimalWord? {
        let fields = payloadFields(value)
        guard fields[DecimalField.kind].int == DecimalKind.finite, fields[DecimalField.exponent].isInt,
              let coefficient = decimalUInt128(fields[DecimalField.coefficient]) else { return nil }
        return DecimalWord(negative: fields[DecimalField.sign].int != 0, coefficient: coefficient,
                           exponent: Int(fields[DecimalField.exponent].int))
    }

    /// An operand of the native arithmetic: a Decimal or an int, as a word; nil for anything
    /// else (the Python method then converts it, or returns NotImplemented).
    func decimalOperand(_ value: Value) -> DecimalWord? {
        if isDecimal(value) { return decimalWord(value) }
        guard isIntLike(value) else { return nil }
        return withMagnitude(value) { (negative, limbs) -> DecimalWord? in
            guard limbs.count <= 2 else { return nil }
            let low = limbs.count > 0 ? UInt128(limbs[0]) : 0, high = limbs.count > 1 ? UInt128(limbs[1]) << 64 : 0
            return DecimalWord(negative: negative, coefficient: high | low, exponent: 0)
        }
    }

    /// A non-negative int as a UInt128, or nil when it is bigger.
    func decimalUInt128(_ value: Value) -> UInt128? {
        if value.isInt { return value.int >= 0 ? UInt128(value.int) : nil }
        guard value.isObject && ObjectRef(value).kind == .bigInt else { return nil }
        return withMagnitude(value) { (negative, limbs) -> UInt128? in
            guard !negative, limbs.count <= 2 else { return nil }
            return (limbs.count > 1 ? UInt128(limbs[1]) << 64 : 0) | (limbs.count > 0 ? UInt128(limbs[0]) : 0)
        }
    }

    /// A coefficient as a Python int: unboxed when it fits a small int.
    func decimalCoefficientValue(_ coefficient: UInt128) throws(Raised) -> Value {
        if coefficient < UInt128(1) << 47 { return Value(int: Int64(coefficient)) }
        return try newInt(capacity: 2) { limbs in
            limbs[0] = UInt64(truncatingIfNeeded: coefficient)
            limbs[1] = UInt64(truncatingIfNeeded: coefficient >> 64)
            return (false, limbs[1] == 0 ? 1 : 2)
        }
    }

    /// `_dec_from_triple`: a Decimal from `_pydecimal`'s parts (the sign, the coefficient's
    /// digits as a str, the exponent or 'F', 'n', 'N').
    func decimalFromPythonParts(_ typeID: Int, sign: Value, coefficient digits: Value, exponent: Value) throws(Raised) -> Value {
        let names = decimalModule.names
        var kind = DecimalKind.finite
        if isStr(exponent) {
            if exponent == names.infinity || StrView(exponent).string == "F" { kind = DecimalKind.infinity }
            else if exponent == names.quietNaN || StrView(exponent).string == "n" { kind = DecimalKind.quietNaN }
            else { kind = DecimalKind.signalingNaN }
        }
        let coefficient = kind == DecimalKind.infinity ? Value(int: 0) : try decimalDigitsValue(digits)
        return try withRoots(coefficient) { () throws(Raised) in
            try newDecimal(typeID, negative: try isTrue(sign), coefficient: coefficient,
                           exponent: kind == DecimalKind.finite ? exponent : Value(int: 0), kind: kind)
        }
    }

    /// A `_pydecimal` Decimal (or anything with its four attributes) as a native Decimal of class `typeID`.
    func decimalFromPythonDecimal(_ value: Value, typeID: Int) throws(Raised) -> Value {
        let names = decimalModule.names
        return try withRoots(value) { () throws(Raised) in
            let sign = try getAttribute(value, names.sign)
            let digits = try getAttribute(value, names.coefficient)
            let exponent = try getAttribute(value, names.exponent)
            return try withRoots(sign, digits, exponent) { () throws(Raised) in
                try decimalFromPythonParts(typeID, sign: sign, coefficient: digits, exponent: exponent)
            }
        }
    }

    /// A str of decimal digits ('' for a NaN without payload) as an int.
    private func decimalDigitsValue(_ digits: Value) throws(Raised) -> Value {
        if isStr(digits) {
            let text = StrView(digits)
            if text.count == 0 { return Value(int: 0) }
            if text.count <= 18 {
                var result: Int64 = 0
                var allDigits = true
                for index in 0..<text.count {
                    let scalar = text[index]
                    guard scalar >= 48 && scalar <= 57 else { allDigits = false; break }
                    result = result &* 10 &+ Int64(scalar - 48)
                }
                if allDigits { return try newInt(result) }
            }
        }
        return try call(types[TypeID.int].object, digits)
    }

    /// The Python half's view of a Decimal and the constructor.
    func defineDecimalRepresentation(_ id: Int) {
        defineGetter(id, "_sign") { vm, value throws(Raised) in try vm.decimalFields(value)[DecimalField.sign] }
        defineGetter(id, "_is_special") { vm, value throws(Raised) in
            try vm.decimalFields(value)[DecimalField.kind].int != DecimalKind.finite ? .true : .false
        }
        defineGetter(id, "_exp") { vm, value throws(Raised) in
            let fields = try vm.decimalFields(value), names = vm.decimalModule.names
            switch fields[DecimalField.kind].int {
            case DecimalKind.finite: return fields[DecimalField.exponent]
            case DecimalKind.infinity: return names.infinity
            case DecimalKind.quietNaN: return names.quietNaN
            default: return names.signalingNaN
            }
        }
        defineGetter(id, "_int") { vm, value throws(Raised) in
            let fields = try vm.decimalFields(value)
            let coefficient = fields[DecimalField.coefficient]
            if fields[DecimalField.kind].int >= DecimalKind.quietNaN && coefficient == Value(int: 0) { return vm.names.emptyString }
            return try vm.newStr(vm.intToString(coefficient))
        }
        defineMethod(id, "__bool__") { vm, arguments throws(Raised) in
            let fields = try vm.decimalFields(arguments[0])
            return fields[DecimalField.kind].int != DecimalKind.finite || fields[DecimalField.coefficient] != Value(int: 0) ? .true : .false
        }
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in try vm.newDecimalObject(arguments) }
    }

    /// Decimal(value="0", context=None): ints, Decimals and plain numeric strings natively;
    /// anything else (floats, tuples, strings with spaces or underscores, errors) through the
    /// Python constructor, whose result is copied into a native Decimal.
    private func newDecimalObject(_ arguments: Arguments) throws(Raised) -> Value {
        let type = TypeView(arguments[0]).ownTypeID
        if arguments.keywordCount == 0 && arguments.count <= 2 {
            let value = arguments.count == 2 ? arguments[1] : Value.null
            if value.isNull {
                return try newDecimal(type, negative: false, coefficient: Value(int: 0), exponent: Value(int: 0), kind: DecimalKind.finite)
            }
            if isDecimal(value) {
                // In CPython: Decimal(d) is d itself when both are exactly Decimal.
                if type == decimalModule.typeID && typeID(of: value) == type { return value }
                let fields = payloadFields(value)
                return try newDecimal(type, negative: fields[DecimalField.sign].int != 0, coefficient: fields[DecimalField.coefficient],
                                      exponent: fields[DecimalField.exponent], kind: fields[DecimalField.kind].int)
            }
            if value.isInt && value != .true && value != .false {
                let number = value.int
                return try newDecimal(type, negative: number < 0, coefficient: Value(int: number < 0 ? -number : number),
                                      exponent: Value(int: 0), kind: DecimalKind.finite)
            }
            if isStr(value), let word = parseDecimalText(StrView(value)) {
                let coefficient = try decimalCoefficientValue(word.coefficient)
                return try newDecimal(type, negative: word.negative, coefficient: coefficient,
                                      exponent: Value(int: word.exponent), kind: DecimalKind.finite)
            }
        }
        let made = try withStackSpace(arguments.count) { (scratch) throws(Raised) -> Value in
            scratch[0] = decimalModule.pythonClass
            for index in 1..<max(arguments.count, 1) { scratch[index] = arguments[index] }
            let replaced = Arguments(base: scratch, count: arguments.count, keywordNames: arguments.keywordNames)
            return try decimalBridgeCall(decimalModule.pythonNew, contextIndex: decimalModule.pythonNewContextIndex, replaced)
        }
        return try decimalFromPythonDecimal(made, typeID: type)
    }
}
