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
                let properties = Unicode.Scalar(c).map { $0.properties }
                if properties?.isUppercase == true { VM.appendMapping(c, .lower, &out) }
                else if properties?.isLowercase == true { VM.appendMapping(c, .upper, &out) }
                else { out.append(c) }
            }),
        ]
        for (name, mapping) in mappings {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, "str." + name, min: 0, max: 0)
                let me = vm.builtinSelf(arguments[0])
                let view = StrView(me)
                if view.isASCII {
                    var bytes = Array(UnsafeBufferPointer(start: view.asciiBytes, count: view.count))
                    for index in 0..<bytes.count { bytes[index] = VM.asciiCase(bytes[index], name) }
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
            ("isdecimal", { Unicode.Scalar($0)?.properties.numericType == .decimal }),
            ("isdigit", { let type = Unicode.Scalar($0)?.properties.numericType; return type == .decimal || type == .digit }),
            ("isnumeric", { Unicode.Scalar($0)?.properties.numericType != nil }),
            ("isalnum", { VM.isAlphabetic($0) || Unicode.Scalar($0)?.properties.numericType != nil }),
        ]
        for (name, predicate) in predicates {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, "str." + name, min: 0, max: 0)
                let text = vm.scalars(arguments[0])
                return Value(bool: !text.isEmpty && text.allSatisfy(predicate))
            }
        }
        defineMethod(str, "isspace") { vm, arguments throws(Raised) in
            let text = vm.scalars(arguments[0])
            return Value(bool: !text.isEmpty && text.allSatisfy { vm.isSpace($0) })
        }
        defineMethod(str, "isascii") { vm, arguments throws(Raised) in Value(bool: StrView(vm.builtinSelf(arguments[0])).isASCII) }
        defineMethod(str, "isprintable") { vm, arguments throws(Raised) in
            Value(bool: vm.scalars(arguments[0]).allSatisfy { $0 < 128 ? ($0 >= 32 && $0 < 127) : vm.isPrintable($0) })
        }
        defineMethod(str, "isidentifier") { vm, arguments throws(Raised) in
            let text = vm.scalars(arguments[0])
            guard let first = text.first, first == 95 || Unicode.Scalar(first)?.properties.isXIDStart == true else { return .false }
            return Value(bool: text.dropFirst().allSatisfy { $0 == 95 || Unicode.Scalar($0)?.properties.isXIDContinue == true })
        }
        for (name, wantUpper) in [("isupper", true), ("islower", false)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                var cased = false
                for c in vm.scalars(arguments[0]) {
                    guard let properties = Unicode.Scalar(c)?.properties else { continue }
                    let isTitle = properties.generalCategory == .titlecaseLetter
                    if isTitle || (wantUpper ? properties.isLowercase : properties.isUppercase) { return .false }
                    if wantUpper ? properties.isUppercase : properties.isLowercase { cased = true }
                }
                return Value(bool: cased)
            }
        }
        defineMethod(str, "istitle") { vm, arguments throws(Raised) in
            Value(bool: VM.isTitleCased(vm.scalars(arguments[0])))
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
        guard let scalar = Unicode.Scalar(c) else { out.append(c); return }
        let mapped: String
        switch mapping {
        case .upper: mapped = scalar.properties.uppercaseMapping
        case .lower: mapped = scalar.properties.lowercaseMapping
        case .title: mapped = scalar.properties.titlecaseMapping
        }
        for result in mapped.unicodeScalars { out.append(result.value) }
    }

    /// In CPython: casefold is full case folding; beyond lowercasing, a few letters fold further.
    static func appendCaseFold(_ c: UInt32, _ out: inout [UInt32]) {
        switch c {
        case 0xDF, 0x1E9E: out += [115, 115]
        case 0x3C2: out.append(0x3C3)
        case 0x17F: out.append(115)
        case 0xB5: out.append(0x3BC)
        case 0x130: out += [0x69, 0x307]
        default: appendMapping(c, .lower, &out)
        }
    }

    /// In CPython: a capital sigma lowercases to final sigma when a cased letter precedes it
    /// and none follows (case-ignorable characters are skipped both ways).
    static func isFinalSigma(_ text: [UInt32], _ index: Int) -> Bool {
        func ignorable(_ c: UInt32) -> Bool { Unicode.Scalar(c)?.properties.isCaseIgnorable == true }
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

    static func isCased(_ c: UInt32) -> Bool {
        guard let properties = Unicode.Scalar(c)?.properties else { return false }
        return properties.isUppercase || properties.isLowercase || properties.generalCategory == .titlecaseLetter
    }

    static func isAlphabetic(_ c: UInt32) -> Bool {
        guard let category = Unicode.Scalar(c)?.properties.generalCategory else { return false }
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// In CPython: uppercase/titlecase letters may only follow uncased characters, lowercase only cased ones.
    static func isTitleCased(_ text: [UInt32]) -> Bool {
        var cased = false, previousCased = false
        for c in text {
            guard let properties = Unicode.Scalar(c)?.properties else { previousCased = false; continue }
            if properties.isUppercase || properties.generalCategory == .titlecaseLetter {
                if previousCased { return false }
                previousCased = true; cased = true
            } else if properties.isLowercase {
                if !previousCased { return false }
                previousCased = true; cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }
}
