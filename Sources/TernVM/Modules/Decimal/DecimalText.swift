// Decimals to and from text, natively for the plain cases: a numeric string without spaces,
// underscores or non-ASCII digits is read here, and str() and repr() of a finite Decimal are
// written here (with an exponent when it needs one, its letter by the context's capitals).
// Everything else (specials, to_eng_string, format()) is the Python half's.

extension VM {
    func defineDecimalText(_ id: Int) {
        defineDecimalMethod(id, "__str__") { vm, arguments throws(Raised) in
            if arguments.count == 1, let text = try vm.decimalText(arguments[0]) { return try vm.newStr(text) }
            return try vm.decimalDelegate(.str, arguments)
        }
        defineDecimalMethod(id, "__repr__") { vm, arguments throws(Raised) in
            // A subclass's __str__ is what repr shows, so only Decimal itself is written here.
            if arguments.count == 1, vm.typeID(of: arguments[0]) == vm.decimalModule.typeID,
               let text = try vm.decimalText(arguments[0]) {
                return try vm.newStr("Decimal('" + text + "')")
            }
            return try vm.decimalDelegate(.repr, arguments)
        }
    }

    /// `_pydecimal`'s __str__ of a finite Decimal: without an exponent when its exponent is at
    /// most 0 and its adjusted exponent at least -6, else one digit before the point and the
    /// adjusted exponent after 'E' (or 'e' when the current context's capitals is 0). nil for
    /// specials and for capitals neither 0 nor 1.
    func decimalText(_ value: Value) throws(Raised) -> String? {
        guard isDecimal(value) else { return nil }
        let fields = payloadFields(value)
        guard fields[DecimalField.kind].int == DecimalKind.finite, fields[DecimalField.exponent].isInt else { return nil }
        let exponent = Int(fields[DecimalField.exponent].int)
        let digits = intToString(fields[DecimalField.coefficient])
        let leftDigits = exponent + digits.utf8.count
        var text = fields[DecimalField.sign].int != 0 ? "-" : ""
        if exponent > 0 || leftDigits <= -6 {
            let capitals = try getAttribute(try decimalCurrentContext(), decimalModule.names.capitals)
            let upper = capitals == Value(int: 1) || capitals == .true
            guard upper || capitals == Value(int: 0) || capitals == .false else { return nil }
            let second = digits.utf8.index(after: digits.utf8.startIndex)
            text += digits[..<second] + (second == digits.endIndex ? "" : "." + digits[second...])
            return text + (upper ? "E" : "e") + (leftDigits > 0 ? "+" : "") + String(leftDigits - 1)
        }
        if leftDigits <= 0 {
            text += "0." + String(repeating: "0", count: -leftDigits) + digits
        } else if exponent == 0 {
            text += digits
        } else {
            let split = digits.utf8.index(digits.utf8.startIndex, offsetBy: leftDigits)
            text += digits[..<split] + "." + digits[split...]
        }
        return text
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
