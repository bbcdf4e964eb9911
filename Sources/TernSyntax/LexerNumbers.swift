// Scanning numeric literals, with CPython 3.11's checks and error positions.

extension Lexer {
    /// Scans a number starting at `position`; the token is added by the caller.
    /// Follows the structure of CPython's tokenizer so that errors land on the same column.
    mutating func scanNumber() throws {
        var c = next()
        if c == 46 { // '.5'
            c = next()
            try scanFraction(c)
            return
        }
        if c == 48 { // '0'
            c = next()
            switch c | 0x20 {
            case 120: // x
                try scanRadixDigits(kind: "hexadecimal", isValid: isHexDigit)
                return
            case 111: // o
                try scanRadixDigits(kind: "octal", isValid: { $0 >= 48 && $0 < 56 })
                return
            case 98: // b
                try scanRadixDigits(kind: "binary", isValid: { $0 == 48 || $0 == 49 })
                return
            default:
                break
            }
            var nonZero = false
            while true {
                if c == 95 {
                    c = next()
                    if !isDigit(c) { backup(); throw errorHere("invalid decimal literal") }
                }
                if c != 48 { break }
                c = next()
            }
            if isDigit(c) {
                nonZero = true
                c = try decimalTail()
            }
            if c == 46 {
                c = next()
                try scanFraction(c)
                return
            }
            if c | 0x20 == 101 { try scanExponent(c); return }
            if c | 0x20 == 106 { try scanImaginary(); return }
            if nonZero {
                backup()
                throw errorAt(column: tokenStart - lineStart,
                              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
            }
            try verifyEndOfNumber(c, kind: "decimal")
            return
        }
        backup()
        c = try decimalTail()
        if c == 46 {
            c = next()
            try scanFraction(c)
            return
        }
        if c | 0x20 == 101 { try scanExponent(c); return }
        if c | 0x20 == 106 { try scanImaginary(); return }
        try verifyEndOfNumber(c, kind: "decimal")
    }

    /// Digits after "0x", "0o" or "0b", with underscores between digit groups.
    mutating func scanRadixDigits(kind: String, isValid: (UInt32) -> Bool) throws {
        var c = next()
        repeat {
            if c == 95 { c = next() }
            if !isValid(c) {
                if kind != "hexadecimal" && isDigit(c) {
                    throw errorHere("invalid digit '\(Character(Unicode.Scalar(c)!))' in \(kind) literal")
                }
                backup()
                throw errorHere("invalid \(kind) literal")
            }
            repeat { c = next() } while isValid(c)
        } while c == 95
        if kind != "hexadecimal" && isDigit(c) {
            throw errorHere("invalid digit '\(Character(Unicode.Scalar(c)!))' in \(kind) literal")
        }
        try verifyEndOfNumber(c, kind: kind)
    }

    /// Reads digits with single underscores between them; returns the first other character read.
    mutating func decimalTail() throws -> UInt32 {
        var c: UInt32
        while true {
            repeat { c = next() } while isDigit(c)
            if c != 95 { break }
            c = next()
            if !isDigit(c) { backup(); throw errorHere("invalid decimal literal") }
        }
        return c
    }

    /// After the '.', with `c` the character following it.
    mutating func scanFraction(_ first: UInt32) throws {
        var c = first
        if isDigit(c) {
            backup()
            c = try decimalTail()
        }
        if c | 0x20 == 101 { try scanExponent(c); return }
        if c | 0x20 == 106 { try scanImaginary(); return }
        try verifyEndOfNumber(c, kind: "decimal")
    }

    /// After reading 'e' or 'E'.
    mutating func scanExponent(_ exponentCharacter: UInt32) throws {
        var c = next()
        if c == 43 || c == 45 {
            c = next()
            if !isDigit(c) { backup(); throw errorHere("invalid decimal literal") }
        } else if !isDigit(c) {
            backup()
            backup()
            try verifyEndOfNumber(exponentCharacter, kind: "decimal", alreadyBackedUp: true)
            return
        }
        backup()
        c = try decimalTail()
        if c | 0x20 == 106 { try scanImaginary(); return }
        try verifyEndOfNumber(c, kind: "decimal")
    }

    mutating func scanImaginary() throws {
        let c = next()
        try verifyEndOfNumber(c, kind: "imaginary")
    }

    /// Rejects a number directly followed by an identifier character, except the
    /// keywords CPython 3.11 still accepts there (`1if x else y`). Leaves `position`
    /// just after the number.
    mutating func verifyEndOfNumber(_ c: UInt32, kind: String, alreadyBackedUp: Bool = false) throws {
        if !alreadyBackedUp { backup() }
        // `position` now indexes `c`.
        guard isIdentifierContinue(c) && c != endOfInputScalar else { return }
        if let candidates = keywordsAfterNumber[c] {
            for keyword in candidates where matches(keyword, at: position) { return }
        }
        throw errorHere("invalid \(kind) literal")
    }

    func matches(_ word: String, at offset: Int) -> Bool {
        var index = offset
        for scalar in word.unicodeScalars {
            if index >= scalars.count || scalars[index] != scalar.value { return false }
            index += 1
        }
        return true
    }
}

/// The keywords that may follow a number directly (`1if x else 2`), by first letter.
private let keywordsAfterNumber: [UInt32: [String]] = [
    97: ["and"], 101: ["else"], 102: ["for"], 105: ["if", "in", "is"], 111: ["or"], 110: ["not"],
]

@inline(__always) func isHexDigit(_ value: UInt32) -> Bool {
    isDigit(value) || (value | 0x20 >= 97 && value | 0x20 <= 102)
}
