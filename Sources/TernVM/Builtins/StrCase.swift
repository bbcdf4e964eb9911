// str case mapping (upper, lower, title, capitalize, swapcase, casefold) and the
// is... predicates, code point by code point from the Unicode properties.
// In CPython: "cased" means the Uppercase/Lowercase properties or category Lt.

extension VM {
    func installStrCaseMethods() {
        let str = TypeID.str
        let mappings: [(String, (UInt32, inout [UInt32]) -> Void)] = [
            ("upper", { c, out in VM.appendMapping(c, .upper, &out) }),
            ("lower", { c, out in VM.appendMapping(c, .lower, &out) }),
            ("casefold", { c, out in VM.appendCaseFold(c, &out) }),
            ("swapcase", { c, out in
                if VM.isPythonUppercase(c) { VM.appendMapping(c, .lower, &out) }
                else if VM.isPythonLowercase(c) { VM.appendMapping(c, .upper, &out) }
                else { out.append(c) }
            }),
        ]
        for (name, mapping) in mappings {
            // The mapping of each ASCII byte, worked out once rather than per byte.
            let asciiTable = (0..<128).map { VM.asciiCase(UInt8($0), name) }
            let qualified = "str." + name
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, qualified, min: 0, max: 0)
                let me = vm.builtinSelf(arguments[0])
                let view = StrView(me)
                if view.isASCII {
                    var bytes = Array(UnsafeBufferPointer(start: view.asciiBytes, count: view.count))
                    asciiTable.withUnsafeBufferPointer { table in
                        for index in 0..<bytes.count { bytes[index] = table[Int(bytes[index])] }
                    }
                    return try bytes.withUnsafeBufferPointer { (buffer) throws(Raised) in try vm.newStrASCII(buffer) }
                }
                var out: [UInt32] = []
                out.reserveCapacity(view.count)
                let text = view.scalars
                for index in 0..<text.count {
                    if text[index] == 0x3A3 && (name == "lower" || name == "swapcase") && VM.isFinalSigma(text, index) {
                        out.append(0x3C2)
                    } else {
                        mapping(text[index], &out)
                    }
                }
                return try vm.newStr(scalars: out)
            }
        }
        defineMethod(str, "title") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "str.title", min: 0, max: 0)
            var out: [UInt32] = []
            var previousCased = false
            let text = vm.scalars(arguments[0])
            for (index, c) in text.enumerated() {
                if c == 0x3A3 && previousCased && VM.isFinalSigma(text, index) { out.append(0x3C2); previousCased = true; continue }
                VM.appendMapping(c, previousCased ? .lower : .title, &out)
                previousCased = VM.isCased(c)
            }
            return try vm.newStr(scalars: out)
        }
        defineMethod(str, "capitalize") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "str.capitalize", min: 0, max: 0)
            var out: [UInt32] = []
            let text = vm.scalars(arguments[0])
            for (index, c) in text.enumerated() {
                if c == 0x3A3 && index > 0 && VM.isFinalSigma(text, index) { out.append(0x3C2); continue }
                VM.appendMapping(c, index == 0 ? .title : .lower, &out)
            }
            return try vm.newStr(scalars: out)
        }
        let predicates: [(String, (UInt32) -> Bool)] = [
            ("isalpha", { VM.isAlphabetic($0) }),
            ("isdecimal", { VM.isDecimalCharacter($0) }),
            ("isdigit", { VM.isDigitCharacter($0) }),
            ("isnumeric", { VM.isPythonNumeric($0) }),
            ("isalnum", { VM.isAlphabetic($0) || VM.isPythonNumeric($0) }),
        ]
        for (name, predicate) in predicates + [("isspace", { VM.isSpace($0) })] {
            let qualified = "str." + name
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, qualified, min: 0, max: 0)
                let text = StrView(vm.builtinSelf(arguments[0]))
                for index in 0..<text.count where !predicate(text[index]) { return .false }
                return Value(bool: text.count > 0)
            }
        }
        defineMethod(str, "isascii") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "str.isascii", min: 0, max: 0)
            return Value(bool: StrView(vm.builtinSelf(arguments[0])).isASCII)
        }
        defineMethod(str, "isprintable") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "str.isprintable", min: 0, max: 0)
            return Value(bool: vm.scalars(arguments[0]).allSatisfy { $0 < 128 ? ($0 >= 32 && $0 < 127) : vm.isPrintable($0) })
        }
        defineMethod(str, "isidentifier") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "str.isidentifier", min: 0, max: 0)
            return Value(bool: vm.isIdentifier(arguments[0]))
        }
        for (name, wantUpper) in [("isupper", true), ("islower", false)] {
            let qualified = "str." + name
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, qualified, min: 0, max: 0)
                var cased = false
                for c in vm.scalars(arguments[0]) {
                    let isTitle = VM.isTitlecaseLetter(c)
                    if isTitle || (wantUpper ? VM.isPythonLowercase(c) : VM.isPythonUppercase(c)) { return .false }
                    if wantUpper ? VM.isPythonUppercase(c) : VM.isPythonLowercase(c) { cased = true }
                }
                return Value(bool: cased)
            }
        }
        defineMethod(str, "istitle") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "str.istitle", min: 0, max: 0)
            return Value(bool: VM.isTitleCased(vm.scalars(arguments[0])))
        }
    }

    enum CaseMapping { case upper, lower, title }

    /// Appends the full (possibly multi-code-point) case mapping of `c`.
    static func appendMapping(_ c: UInt32, _ mapping: CaseMapping, _ out: inout [UInt32]) {
        if c < 128 {
            let byte = UInt8(c)
            out.append(UInt32(asciiCase(byte, mapping == .lower ? "lower" : "upper")))
            return
        }
        guard let scalar = Unicode.Scalar(c), pythonProperties(c) != nil else { out.append(c); return }
        let mapped: String
        switch mapping {
        case .upper: mapped = scalar.properties.uppercaseMapping
        case .lower: mapped = scalar.properties.lowercaseMapping
        case .title: mapped = scalar.properties.titlecaseMapping
        }
        // A mapping onto a code point newer than Unicode 14.0 does not exist for CPython 3.11.
        if mapped.unicodeScalars.contains(where: { pythonProperties($0.value) == nil }) { out.append(c); return }
        for result in mapped.unicodeScalars { out.append(result.value) }
    }

    /// In CPython: casefold is full case folding. For nearly every code point that is the
    /// lowercase of the uppercase; the exceptions are Cherokee (which folds to uppercase),
    /// capital sharp s and the Turkish dotless i.
    static func appendCaseFold(_ c: UInt32, _ out: inout [UInt32]) {
        switch c {
        case 0x1E9E: out += [115, 115]; return
        case 0x131: out.append(c); return
        case 0x13A0...0x13F5: out.append(c); return
        case 0x13F8...0x13FD: out.append(c - 8); return
        case 0xAB70...0xABBF: out.append(c - 0xAB70 + 0x13A0); return
        default: break
        }
        var upper: [UInt32] = []
        appendMapping(c, .upper, &upper)
        for u in upper { appendMapping(u, .lower, &out) }
    }

    static func isPythonLowercase(_ c: UInt32) -> Bool { has(c, .lowercase) }
    static func isPythonUppercase(_ c: UInt32) -> Bool { has(c, .uppercase) }
    static func isPythonNumeric(_ c: UInt32) -> Bool { has(c, .numeric) }
    static func isTitlecaseLetter(_ c: UInt32) -> Bool { has(c, .titlecase) }
    /// Numeric_Type=Decimal (str.isdecimal), and Decimal or Digit (str.isdigit).
    static func isDecimalCharacter(_ c: UInt32) -> Bool { has(c, .decimal) }
    static func isDigitCharacter(_ c: UInt32) -> Bool { has(c, .digit) }
    static func isIdentifierStart(_ c: UInt32) -> Bool { has(c, .identifierStart) }
    static func isIdentifierContinue(_ c: UInt32) -> Bool { has(c, .identifierContinue) }
    static func isCaseIgnorable(_ c: UInt32) -> Bool { has(c, .caseIgnorable) }
    static func isCased(_ c: UInt32) -> Bool { has(c, .cased) }
    static func isAlphabetic(_ c: UInt32) -> Bool { has(c, .alphabetic) }

    @inline(__always) private static func has(_ c: UInt32, _ trait: CharacterTraits) -> Bool {
        CharacterTraits.of(c).contains(trait)
    }

    /// The Unicode properties of `c` as CPython 3.11 knows them (Unicode 14.0): nil for
    /// code points assigned later, which 3.11 treats as unassigned.
    static func pythonProperties(_ c: UInt32) -> Unicode.Scalar.Properties? {
        guard let scalar = Unicode.Scalar(c) else { return nil }
        let properties = scalar.properties
        guard let age = properties.age else { return nil }
        if age.major > 14 { return nil }
        return properties
    }

    /// In CPython: a capital sigma lowercases to final sigma when a cased letter precedes it
    /// and none follows (case-ignorable characters are skipped both ways).
    static func isFinalSigma(_ text: [UInt32], _ index: Int) -> Bool {
        func ignorable(_ c: UInt32) -> Bool { isCaseIgnorable(c) }
        var before = index - 1
        while before >= 0 && ignorable(text[before]) { before -= 1 }
        if before < 0 || !isCased(text[before]) { return false }
        var after = index + 1
        while after < text.count && ignorable(text[after]) { after += 1 }
        return after == text.count || !isCased(text[after])
    }

    static func asciiCase(_ byte: UInt8, _ name: String) -> UInt8 {
        let isUpper = byte >= 65 && byte <= 90, isLower = byte >= 97 && byte <= 122
        switch name {
        case "upper": return isLower ? byte - 32 : byte
        case "swapcase": return isLower ? byte - 32 : (isUpper ? byte + 32 : byte)
        default: return isUpper ? byte + 32 : byte
        }
    }

    /// In CPython: uppercase/titlecase letters may only follow uncased characters, lowercase only cased ones.
    static func isTitleCased(_ text: [UInt32]) -> Bool {
        var cased = false, previousCased = false
        for c in text {
            if isPythonUppercase(c) || isTitlecaseLetter(c) {
                if previousCased { return false }
                previousCased = true; cased = true
            } else if isPythonLowercase(c) {
                if !previousCased { return false }
                previousCased = true; cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }
}

extension VM {
    /// str.isidentifier: a letter or underscore, then letters, digits and underscores (Unicode's XID classes).
    func isIdentifier(_ str: Value) -> Bool {
        let text = scalars(str)
        guard let first = text.first, first == 95 || VM.isIdentifierStart(first) else { return false }
        return text.dropFirst().allSatisfy { $0 == 95 || VM.isIdentifierContinue($0) }
    }
}
