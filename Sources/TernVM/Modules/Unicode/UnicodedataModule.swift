// The unicodedata module over UnicodeDatabase, with CPython 3.11's arguments and
// messages. Its functions answer for Unicode 14.0.0; `ucd_3_2_0`, the one instance of
// `unicodedata.UCD`, has the same functions answering for Unicode 3.2.0 (what
// stringprep and the idna codec use). Importing it decodes nothing.

extension VM {
    func installUnicodedataModule(_ module: Value) throws(Raised) {
        try setModuleAttribute(module, "unidata_version", try newStr("14.0.0"))
        let id = makeBuiltinClass(name: "UCD", base: TypeID.object, layout: .instance, flags: [.heapType])
        try dictSet(TypeView(types[id].object).dict, names.module, intern("unicodedata"))
        TypeLookupCache.invalidate()
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            throw vm.raiseTypeError("cannot create 'unicodedata.UCD' instances")
        }
        try setModuleAttribute(module, "UCD", typeObject(id))
        defineGetter(id, "unidata_version") { vm, object throws(Raised) in try vm.newStr("3.2.0") }
        for function in unicodedataFunctions {
            try defineModuleFunction(module, function.name) { vm, arguments throws(Raised) in
                try function.body(vm, arguments, 0, "unicodedata.", false)
            }
            defineMethod(id, function.name) { vm, arguments throws(Raised) in
                try function.body(vm, arguments, 1, "UCD.", true)
            }
        }
        try setModuleAttribute(module, "ucd_3_2_0", try newInstance(id))
    }

    /// A function of the module and of UCD: arguments, how many come first (self),
    /// the qualifier CPython's messages give its name, and whether it answers for 3.2.0.
    private typealias UnicodedataBody = (VM, Arguments, Int, String, Bool) throws(Raised) -> Value

    private var unicodedataFunctions: [(name: String, body: UnicodedataBody)] {
        let database = { UnicodeDatabase.shared }
        var functions: [(name: String, body: UnicodedataBody)] = []
        /// Functions of one character giving one property of its record.
        func property(_ name: String, _ answer: @escaping (VM, UnicodeRecord, UInt32, Bool) throws(Raised) -> Value) {
            functions.append((name, { vm, arguments, skip, qualifier, old throws(Raised) in
                try vm.expectUnicodedataArguments(arguments, skip, qualifier + name, min: 1, max: 1)
                let code = try vm.unicodeCharacter(arguments[skip], name, position: nil)
                return try answer(vm, database().record(code, old: old), code, old)
            }))
        }
        // The few property names are interned: asking allocates nothing.
        property("category") { vm, record, _, _ throws(Raised) in vm.intern(UnicodeTables.categories[Int(record.category)]) }
        property("bidirectional") { vm, record, _, _ throws(Raised) in vm.intern(UnicodeTables.bidirectionals[Int(record.bidirectional)]) }
        property("east_asian_width") { vm, record, _, _ throws(Raised) in vm.intern(UnicodeTables.widths[Int(record.width)]) }
        property("combining") { _, record, _, _ throws(Raised) in Value(int: Int(record.combining)) }
        property("mirrored") { _, record, _, _ throws(Raised) in Value(int: record.mirrored ? 1 : 0) }
        property("decomposition") { vm, record, code, _ throws(Raised) in
            guard record.isAssigned, let decomposition = database().decompositions[code] else { return try vm.newStr("") }
            let codes = decomposition.codes.map { hexCode($0) }
            return try vm.newStr(((decomposition.isCanonical ? [] : [UnicodeTables.tags[Int(decomposition.tag) - 1]]) + codes).joined(separator: " "))
        }

        /// Functions of a character and a default, raising ValueError(`missing`) without one.
        func valued(_ name: String, _ missing: String, _ answer: @escaping (VM, UnicodeRecord, UInt32, Bool) throws(Raised) -> Value?) {
            functions.append((name, { vm, arguments, skip, qualifier, old throws(Raised) in
                if arguments.keywordCount > 0 { throw vm.raiseTypeError("\(qualifier)\(name)() takes no keyword arguments") }
                try vm.expectUnicodedataArguments(arguments, skip, name, min: 1, max: 2)
                let code = try vm.unicodeCharacter(arguments[skip], name, position: 1)
                if let value = try answer(vm, database().record(code, old: old), code, old) { return value }
                if arguments.count == 2 + skip { return arguments[skip + 1] }
                throw vm.raiseValueError(missing)
            }))
        }
        valued("decimal", "not a decimal") { _, record, _, _ throws(Raised) in record.decimal < 0 ? nil : Value(int: Int(record.decimal)) }
        valued("digit", "not a digit") { _, record, _, _ throws(Raised) in record.digit < 0 ? nil : Value(int: Int(record.digit)) }
        valued("numeric", "not a numeric character") { _, record, _, _ throws(Raised) in
            record.numeric < 0 ? nil : Value(double: database().numericValues[Int(record.numeric)])
        }
        valued("name", "no such name") { vm, _, code, old throws(Raised) in
            guard let name = database().name(code, old: old) else { return nil }
            return try vm.newStr(name)
        }

        for (name, checks) in [("normalize", false), ("is_normalized", true)] {
            functions.append((name, { vm, arguments, skip, qualifier, old throws(Raised) in
                if arguments.keywordCount > 0 { throw vm.raiseTypeError("\(qualifier)\(name)() takes no keyword arguments") }
                if arguments.count != 2 + skip { throw vm.raiseTypeError("\(name) expected 2 arguments, got \(arguments.count - skip)") }
                for position in 0..<2 where !vm.isStr(vm.builtinSelf(arguments[skip + position])) {
                    throw vm.raiseTypeError("\(name)() argument \(position + 1) must be str, not \(vm.typeName(arguments[skip + position]))")
                }
                guard let form = NormalizationForm(rawValue: vm.swiftString(vm.builtinSelf(arguments[skip]))) else {
                    throw vm.raiseValueError("invalid normalization form")
                }
                let text = arguments[skip + 1]
                let scalars = vm.scalars(text)
                let normalized = database().normalize(scalars, form, old: old)
                if checks { return Value(bool: normalized == scalars) }
                return normalized == scalars ? text : try vm.newStr(scalars: normalized)
            }))
        }

        functions.append(("lookup", { vm, arguments, skip, qualifier, old throws(Raised) in
            try vm.expectUnicodedataArguments(arguments, skip, qualifier + "lookup", min: 1, max: 1)
            let name = try vm.characterName(arguments[skip])
            if name.utf8.count > 256 { throw vm.raise(vm.exceptionTypes.keyError, "name too long") }
            guard let codes = database().lookup(name, old: old) else {
                throw vm.raise(exception: try vm.newException(vm.exceptionTypes.keyError, message: "undefined character name '\(name)'"))
            }
            return try vm.newStr(scalars: codes)
        }))
        return functions
    }

    /// CPython's count check for a function of one argument (module function or UCD method).
    private func expectUnicodedataArguments(_ arguments: Arguments, _ skip: Int, _ name: String, min: Int, max: Int) throws(Raised) {
        if skip == 0 { try expectArguments(arguments, name, min: min, max: max) } else {
            try expectMethodArguments(arguments, name, min: min, max: max)
        }
    }

    /// The code point of a one-character str argument.
    private func unicodeCharacter(_ value: Value, _ function: String, position: Int?) throws(Raised) -> UInt32 {
        let text = builtinSelf(value)
        guard isStr(text), StrView(text).count == 1 else {
            let argument = position.map { "argument \($0)" } ?? "argument"
            throw raiseTypeError("\(function)() \(argument) must be a unicode character, not \(argumentTypeName(value))")
        }
        return StrView(text)[0]
    }

    /// lookup()'s argument: a str (encoded as UTF-8, as CPython does) or bytes.
    private func characterName(_ value: Value) throws(Raised) -> String {
        if isStr(builtinSelf(value)) {
            return String(decoding: try encodeText(value, encoding: "utf-8", errors: "strict"), as: UTF8.self)
        }
        return try withReadableBuffer(value, refusal: { self.raiseTypeError("a bytes-like object is required, not '\(self.typeName(value))'") }) {
            String(decoding: $0, as: UTF8.self)
        }
    }
}

/// A code point as unicodedata.decomposition writes it: upper-case hex, at least four digits.
private func hexCode(_ code: UInt32) -> String {
    let digits = String(code, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
