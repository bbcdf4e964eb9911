// Converting numeric literal text into constants. Integers that do not fit in
// Int64 keep their decimal digits (converted from hex, octal or binary here).

extension Parser {
    func numberConstant(_ token: Token) throws -> Constant {
        var digits: [UInt8] = []
        digits.reserveCapacity(token.end - token.start)
        for offset in token.start..<token.end where source.scalars[offset] != 95 {
            digits.append(UInt8(truncatingIfNeeded: source.scalars[offset]))
        }
        return numericConstant(asciiDigits: digits)
    }
}

/// Interprets the characters of a numeric literal (underscores already removed).
func numericConstant(asciiDigits digits: [UInt8]) -> Constant {
    let text = String(decoding: digits, as: UTF8.self)
    if let last = digits.last, last | 0x20 == 106 { // 'j'
        return .imaginary(Double(String(text.dropLast())) ?? .infinity)
    }
    if digits.count > 1 && digits[0] == 48 {
        let radix: Int?
        switch digits[1] | 0x20 {
        case 120: radix = 16
        case 111: radix = 8
        case 98: radix = 2
        default: radix = nil
        }
        if let radix = radix {
            let body = Array(digits[2...])
            if let value = Int64(String(decoding: body, as: UTF8.self), radix: radix) { return .int(value) }
            return .bigInt(decimalDigits(of: body, radix: radix))
        }
    }
    if digits.contains(where: { $0 == 46 || $0 | 0x20 == 101 }) {
        return .float(Double(text) ?? .infinity)
    }
    if let value = Int64(text) { return .int(value) }
    var start = 0
    while start < digits.count - 1 && digits[start] == 48 { start += 1 }
    return .bigInt(String(decoding: digits[start...], as: UTF8.self))
}

/// Converts digits in base `radix` to decimal digits, using base-10^9 limbs.
func decimalDigits(of digits: [UInt8], radix: Int) -> String {
    var limbs: [UInt64] = [0] // little-endian, base 1_000_000_000
    let limbBase: UInt64 = 1_000_000_000
    for digit in digits {
        let value: UInt64
        switch digit {
        case 48...57: value = UInt64(digit - 48)
        default: value = UInt64((digit | 0x20) - 97 + 10)
        }
        var carry = value
        for index in limbs.indices {
            let product = limbs[index] * UInt64(radix) + carry
            limbs[index] = product % limbBase
            carry = product / limbBase
        }
        while carry > 0 {
            limbs.append(carry % limbBase)
            carry /= limbBase
        }
    }
    var result = String(limbs.last!)
    for limb in limbs.dropLast().reversed() {
        let part = String(limb)
        result += String(repeating: "0", count: 9 - part.count) + part
    }
    return result
}
