// The limit on decimal digits in conversions between int and str (CPython 3.11's
// answer to quadratic-time conversions of huge numbers): int() of a string and str()
// of an int raise ValueError past sys.get_int_max_str_digits() digits, in bases that
// are not powers of two. sys.set_int_max_str_digits() changes it; 0 turns it off.

extension VM {
    static let defaultIntMaxStrDigits = 4300
    /// The smallest limit sys.set_int_max_str_digits() accepts besides 0 (CPython's threshold).
    static let intStrDigitsCheckThreshold = 640

    /// Refuses to parse `text` in `radix` when it holds more digits than the limit allows.
    func checkIntDigitsToParse(_ text: String, radix: Int) throws(Raised) {
        let limit = intMaxStrDigits
        guard limit > 0, text.utf8.count > limit else { return }
        // Counted in place, keeping the first two for a base prefix: the text may be megabytes,
        // and the refusal must cost far less than the parse it prevents (test_int times it).
        var count = 0, first: UInt8 = 0, second: UInt8 = 0
        var utf8 = text
        utf8.withUTF8 { bytes in
            for byte in bytes where byte != UInt8(ascii: "_") && (byte < 128 ? isASCIIAlphanumeric(byte) : true) {
                if count == 0 { first = byte } else if count == 1 { second = byte }
                count += 1
            }
        }
        var base = radix
        if base == 0 || base == 16 || base == 8 || base == 2 {
            // A base prefix picks (or confirms) a power-of-two base, which has no limit.
            if count >= 2 && first == UInt8(ascii: "0"), let prefixed = VM.prefixBase(second) {
                base = prefixed
                count -= 2
            } else if base == 0 {
                base = 10
            }
        }
        guard base & (base - 1) != 0, count > limit else { return }
        throw raiseValueError("Exceeds the limit (\(limit) digits) for integer string conversion: value has \(count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// Refuses to write `value` in decimal when it has more digits than the limit allows;
    /// a number that certainly has too many is refused before any digit is computed.
    func checkIntDigitsToWrite(_ value: BigInt) throws(Raised) -> String {
        let limit = intMaxStrDigits
        // A number of b bits has more than (b - 1) * log10(2) decimal digits.
        if limit > 0 && Double(value.bitLength - 1) * 0.30102999566398120 > Double(limit) + 1 { throw intDigitsToWriteError(limit) }
        let text = value.toString(radix: 10)
        if limit > 0 && text.utf8.count - (value.isNegative ? 1 : 0) > limit { throw intDigitsToWriteError(limit) }
        return text
    }

    private func intDigitsToWriteError(_ limit: Int) -> Raised {
        raiseValueError("Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }

    private static func prefixBase(_ letter: UInt8) -> Int? {
        switch letter | 0x20 {
        case UInt8(ascii: "x"): return 16
        case UInt8(ascii: "o"): return 8
        case UInt8(ascii: "b"): return 2
        default: return nil
        }
    }

    private func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    func installIntDigitLimitFunctions(_ set: (String, Value) -> Void) {
        set("get_int_max_str_digits", newNative("get_int_max_str_digits") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "get_int_max_str_digits", min: 0, max: 0)
            return Value(int: vm.intMaxStrDigits)
        })
        set("set_int_max_str_digits", newNative("set_int_max_str_digits") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "set_int_max_str_digits", ["maxdigits"], required: 1)
            let limit = try vm.indexValue(bound[0]) { "'\(vm.typeName(bound[0]))' object cannot be interpreted as an integer" }
            guard limit == 0 || limit >= VM.intStrDigitsCheckThreshold else {
                throw vm.raiseValueError("maxdigits must be 0 or larger than \(VM.intStrDigitsCheckThreshold)")
            }
            vm.intMaxStrDigits = limit
            return .none
        })
    }
}
