// Decimals to and from text, natively for the plain cases: a numeric string without spaces,
// underscores or non-ASCII digits is read here, and str() and repr() of a finite Decimal are
// written here (with an exponent when it needs one, its letter by the context's capitals).
// Everything else (specials, to_eng_string, format()) is the Python half's.

extension VM {
    func defineDecimalText(_ id: Int) {
        defineDecimalMethod(id, "__str__") { vm, arguments throws(Raised) in
            if arguments.count == 1 {
                let text = try vm.decimalText(arguments[0], repr: false)
                if !text.isNull { return text }
            }
            return try vm.decimalDelegate(.str, arguments)
        }
        defineDecimalMethod(id, "__repr__") { vm, arguments throws(Raised) in
            // A subclass's __str__ is what repr shows, so only Decimal itself is written here.
            if arguments.count == 1, vm.typeID(of: arguments[0]) == vm.decimalModule.typeID {
                let text = try vm.decimalText(arguments[0], repr: true)
                if !text.isNull { return text }
            }
            return try vm.decimalDelegate(.repr, arguments)
        }
    }

    /// `_pydecimal`'s __str__ of a finite Decimal (inside `Decimal('…')` for `repr`): without an
    /// exponent when its exponent is at most 0 and its adjusted exponent at least -6, else one
    /// digit before the point and the adjusted exponent after 'E' (or 'e' when the current
    /// context's capitals is 0). NULL for specials and for capitals neither 0 nor 1.
    func decimalText(_ value: Value, repr: Bool) throws(Raised) -> Value {
        guard isDecimal(value) else { return .null }
        let fields = payloadFields(value)
        guard fields[DecimalField.kind].int == DecimalKind.finite, fields[DecimalField.exponent].isInt else { return .null }
        let exponent = Int(fields[DecimalField.exponent].int), negative = fields[DecimalField.sign].int != 0
        let coefficient = fields[DecimalField.coefficient]
        let small: UInt64? = coefficient.isInt && coefficient.int >= 0 ? UInt64(coefficient.int) : nil
        let bigDigits = small == nil ? Array(intToString(coefficient).utf8) : []
        var count = bigDigits.count
        if var rest = small {
            count = 1
            while rest >= 10 { count += 1; rest /= 10 }
        }
        let leftDigits = exponent + count
        var upper = true
        if exponent > 0 || leftDigits <= -6 {
            let capitals = try getAttribute(try decimalCurrentContext(), decimalModule.names.capitals)
            upper = capitals == Value(int: 1) || capitals == .true
            guard upper || capitals == Value(int: 0) || capitals == .false else { return .null }
        }
        // Written into scratch memory and copied into the str once: the digits at the end, the
        // text from the start (at most the digits and 40 bytes more).
        var result = Value.null, failure: Raised? = nil
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * count + 48) { buffer in
            let digits = buffer.baseAddress! + count + 48
            if var rest = small {
                for index in stride(from: count - 1, through: 0, by: -1) {
                    digits[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                    rest /= 10
                }
            } else {
                for index in 0..<count { digits[index] = bigDigits[index] }
            }
            var length = 0
            func put(_ text: StaticString) {
                for index in 0..<text.utf8CodeUnitCount { buffer[length] = text.utf8Start[index]; length += 1 }
            }
            func putDigits(_ range: Range<Int>) {
                for index in range { buffer[length] = digits[index]; length += 1 }
            }
            if repr { put("Decimal('") }
            if negative { put("-") }
            if exponent > 0 || leftDigits <= -6 {
                putDigits(0..<1)
                if count > 1 {
                    put(".")
                    putDigits(1..<count)
                }
                put(upper ? "E" : "e")
                if leftDigits > 0 { put("+") }
                for byte in String(leftDigits - 1).utf8 { buffer[length] = byte; length += 1 }
            } else if leftDigits <= 0 {
                put("0.")
                for _ in 0 ..< -leftDigits { put("0") }
                putDigits(0..<count)
            } else {
                putDigits(0..<leftDigits)
                if leftDigits < count {
                    put(".")
                    putDigits(leftDigits..<count)
                }
            }
            if repr { put("')") }
            do throws(Raised) {
                result = try newStrASCII(UnsafeBufferPointer(start: buffer.baseAddress!, count: length))
            } catch let raised { failure = raised }
        }
        if let failure { throw failure }
        return result
    }

    /// A plain numeric string ([sign] digits [. digits] [e [sign] digits], ASCII only, at most 38
    /// digits) as a word, or nil for anything else (which the Python constructor reads).
    func parseDecimalText(_ text: StrView) -> DecimalWord? {
        guard text.isASCII else { return nil }
        let bytes = text.asciiBytes, count = text.count
        var index = 0, negative = false
        if index < count && (bytes[index] == 43 || bytes[index] == 45) {
            negative = bytes[index] == 45
            index += 1
        }
        var coefficient: UInt128 = 0, digits = 0, fractionDigits = 0, seenPoint = false
        while index < count {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                coefficient = coefficient &* 10 &+ UInt128(byte - 48)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if byte == 46 && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        guard digits > 0 && digits <= 38 else { return nil }
        var exponent = 0
        if index < count {
            guard bytes[index] == 101 || bytes[index] == 69 else { return nil }
            index += 1
            var exponentNegative = false
            if index < count && (bytes[index] == 43 || bytes[index] == 45) {
                exponentNegative = bytes[index] == 45
                index += 1
            }
            let start = index
            while index < count && bytes[index] >= 48 && bytes[index] <= 57 && index - start < 12 {
                exponent = exponent * 10 + Int(bytes[index] - 48)
                index += 1
            }
            guard index > start && index == count else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        return DecimalWord(negative: negative, coefficient: coefficient, exponent: exponent - fractionDigits)
    }
}
