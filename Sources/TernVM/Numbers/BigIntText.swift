// BigInt to and from text: `int(text, base)` parsing and `str()`/`format()` digits.

extension BigInt {
    /// Parses `text` as `int(text, radix)` does: surrounding whitespace, an
    /// optional sign, underscores only between digits (and after a base
    /// prefix), prefixes 0x/0o/0b matching the radix, and radix 0 meaning
    /// "read the prefix; no leading zeros on a nonzero decimal". Returns nil
    /// when CPython raises ValueError, including for a radix outside 0 and 2...36.
    /// Note: CPython 3.11 also limits decimal strings to 4300 digits by default
    /// (sys.set_int_max_str_digits); that limit is the VM's to enforce.
    public init?(pythonLiteral text: String, radix: Int) {
        guard radix == 0 || (2...36).contains(radix) else { return nil }
        let bytes = asciiNumberText(text)
        var position = 0
        var negative = false
        if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
            negative = bytes[position] == UInt8(ascii: "-")
            position += 1
        }
        var base = radix
        var rejectsLeadingZeros = false
        if position + 1 < bytes.count && bytes[position] == UInt8(ascii: "0") {
            let prefixBase: Int?
            switch bytes[position + 1] | 0x20 {  // lowercase the letter
            case UInt8(ascii: "x"): prefixBase = 16
            case UInt8(ascii: "o"): prefixBase = 8
            case UInt8(ascii: "b"): prefixBase = 2
            default: prefixBase = nil
            }
            if let prefixBase, base == 0 || base == prefixBase {
                base = prefixBase
                position += 2
                // One underscore may separate the prefix from the digits.
                if position < bytes.count && bytes[position] == UInt8(ascii: "_") { position += 1 }
                guard position < bytes.count else { return nil }
            }
        }
        if base == 0 {
            base = 10
            rejectsLeadingZeros = true
        }
        guard let value = BigInt.parseDigits(bytes[position...], base: base) else { return nil }
        if rejectsLeadingZeros && !value.isZero && bytes[position] == UInt8(ascii: "0") { return nil }
        self = negative ? value.negated : value
    }

    /// Digits with single underscores between them, nothing else; nil otherwise.
    private static func parseDigits(_ bytes: ArraySlice<UInt8>, base: Int) -> BigInt? {
        guard let first = bytes.first, first != UInt8(ascii: "_") else { return nil }
        // Accumulate as many digits as fit in one limb, then multiply-add.
        let (chunkPower, chunkDigits) = largestPower(of: base)
        var limbs = [UInt64]()
        var chunk: UInt64 = 0
        var digitsInChunk = 0
        var previousWasUnderscore = false
        for byte in bytes {
            if byte == UInt8(ascii: "_") {
                if previousWasUnderscore { return nil }
                previousWasUnderscore = true
                continue
            }
            previousWasUnderscore = false
            guard let digit = digitValue(byte), digit < base else { return nil }
            chunk = chunk * UInt64(base) + UInt64(digit)
            digitsInChunk += 1
            if digitsInChunk == chunkDigits {
                Magnitude.multiplyAdd(&limbs, multiplier: chunkPower, addend: chunk)
                chunk = 0
                digitsInChunk = 0
            }
        }
        if previousWasUnderscore { return nil }
        if digitsInChunk > 0 {
            var multiplier: UInt64 = 1
            for _ in 0..<digitsInChunk { multiplier *= UInt64(base) }
            Magnitude.multiplyAdd(&limbs, multiplier: multiplier, addend: chunk)
        }
        return BigInt(isNegative: false, limbs: limbs)
    }

    /// The largest power of `base` that fits in a limb, and its exponent.
    private static func largestPower(of base: Int) -> (power: UInt64, digits: Int) {
        var power = UInt64(base)
        var digits = 1
        while true {
            let (next, overflow) = power.multipliedReportingOverflow(by: UInt64(base))
            if overflow { return (power, digits) }
            power = next
            digits += 1
        }
    }

    /// The digits in `radix` (2...36), lowercase, with a leading "-" when negative and no prefix.
    public func toString(radix: Int = 10) -> String {
        precondition((2...36).contains(radix), "radix must be in 2...36")
        if isZero { return "0" }
        if limbs.count == 1 { return (isNegative ? "-" : "") + String(limbs[0], radix: radix) }
        let digitCharacters = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        var reversedDigits = [UInt8]()
        reversedDigits.reserveCapacity(bitLength / max(1, radix.trailingZeroBitCount) + 2)
        if radix & (radix - 1) == 0 {
            // Power-of-two radix: read bit groups directly, no division.
            let bitsPerDigit = radix.trailingZeroBitCount
            let mask = UInt64(radix - 1)
            var bit = 0
            let totalBits = bitLength
            while bit < totalBits {
                let limbIndex = bit / 64
                let offset = bit % 64
                var group = limbs[limbIndex] >> UInt64(offset)
                if offset + bitsPerDigit > 64 && limbIndex + 1 < limbs.count {
                    group |= limbs[limbIndex + 1] << UInt64(64 - offset)
                }
                reversedDigits.append(digitCharacters[Int(group & mask)])
                bit += bitsPerDigit
            }
        } else {
            // Peel off chunks of digits by dividing by the largest power of the radix in a limb.
            let (chunkPower, chunkDigits) = BigInt.largestPower(of: radix)
            var remaining = limbs
            while !remaining.isEmpty {
                var chunk = Magnitude.divideBySmall(&remaining, chunkPower)
                for _ in 0..<chunkDigits {
                    if remaining.isEmpty && chunk == 0 { break }
                    reversedDigits.append(digitCharacters[Int(chunk % UInt64(radix))])
                    chunk /= UInt64(radix)
                }
            }
        }
        if isNegative { reversedDigits.append(UInt8(ascii: "-")) }
        return String(decoding: reversedDigits.reversed(), as: UTF8.self)
    }
}
