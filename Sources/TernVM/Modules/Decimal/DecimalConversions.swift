// Decimal's hash and its conversions to int and float: the hash of a finite Decimal computed
// here (equal to the hash of an equal int, float or Fraction: the value modulo 2⁶¹ − 1), and
// the errors for specials raised with `_decimal`'s messages before the Python method runs.

/// Python's modulus for numeric hashes, 2⁶¹ − 1.
private let hashModulus: UInt128 = (1 << 61) - 1

/// `base`^`exponent` modulo 2⁶¹ − 1.
private func hashPower(_ base: UInt128, _ exponent: Int) -> UInt128 {
    var result: UInt128 = 1, square = base % hashModulus, remaining = exponent
    while remaining > 0 {
        if remaining & 1 == 1 { result = result * square % hashModulus }
        square = square * square % hashModulus
        remaining >>= 1
    }
    return result
}

extension VM {
    func defineDecimalConversions(_ id: Int, pythonClass: Value) {
        let methods = TypeView(pythonClass).dict
        for name in ["__int__", "__trunc__", "__floor__", "__ceil__", "__round__"] {
            let method = dictGetStr(methods, intern(name))
            defineDecimalMethod(id, name) { vm, arguments throws(Raised) in
                if arguments.count == 1, vm.isDecimal(arguments[0]) {
                    let kind = vm.payloadFields(arguments[0])[DecimalField.kind].int
                    if kind == DecimalKind.infinity { throw vm.raise(vm.exceptionTypes.overflowError, "cannot convert Infinity to integer") }
                    if kind != DecimalKind.finite { throw vm.raiseValueError("cannot convert NaN to integer") }
                }
                return try vm.call(method, arguments: arguments.base, count: arguments.count, keywordNames: arguments.keywordNames)
            }
        }
        let float = dictGetStr(methods, intern("__float__"))
        defineDecimalMethod(id, "__float__") { vm, arguments throws(Raised) in
            if arguments.count == 1, vm.isDecimal(arguments[0]),
               vm.payloadFields(arguments[0])[DecimalField.kind].int == DecimalKind.signalingNaN {
                throw vm.raiseValueError("cannot convert signaling NaN to float")
            }
            return try vm.call(float, arguments: arguments.base, count: arguments.count, keywordNames: arguments.keywordNames)
        }
        let hash = dictGetStr(methods, names.hash)
        defineDecimalMethod(id, "__hash__") { vm, arguments throws(Raised) in
            if arguments.count == 1, vm.isDecimal(arguments[0]) {
                let fields = vm.payloadFields(arguments[0])
                let kind = fields[DecimalField.kind].int
                if kind == DecimalKind.signalingNaN { throw vm.raiseTypeError("Cannot hash a signaling NaN value") }
                if kind == DecimalKind.finite, let hashed = vm.decimalHash(fields) { return try vm.newInt(hashed) }
            }
            return try vm.call(hash, arguments: arguments.base, count: arguments.count, keywordNames: arguments.keywordNames)
        }
    }

    /// The hash of a finite Decimal, or nil when its exponent is not a small int.
    private func decimalHash(_ fields: TupleView) -> Int64? {
        let exponent = fields[DecimalField.exponent]
        guard exponent.isInt else { return nil }
        let coefficient = withMagnitude(fields[DecimalField.coefficient]) { (_, limbs) -> UInt128 in
            var remainder: UInt128 = 0
            for index in stride(from: limbs.count - 1, through: 0, by: -1) {
                remainder = ((remainder << 64) | UInt128(limbs[index])) % hashModulus
            }
            return remainder
        }
        // 10⁻¹ modulo the prime 2⁶¹ − 1 is 10^(modulus − 2).
        let scale = exponent.int >= 0 ? hashPower(10, Int(exponent.int)) : hashPower(hashPower(10, Int(hashModulus) - 2), Int(-exponent.int))
        let magnitude = Int64(coefficient * scale % hashModulus)
        let hashed = fields[DecimalField.sign].int != 0 ? -magnitude : magnitude
        return hashed == -1 ? -2 : hashed
    }
}
