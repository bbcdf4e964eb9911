// The `_sre` module: what CPython's pure-Python `re` package (re/_compiler.py) hands
// its compiled code to. Pattern, Match and SRE_Scanner objects are instances of
// builtin classes whose payload word holds a tuple of their fields, so the collector
// traces them like any tuple; the code list is kept as a bytes object of 32-bit
// words the engine reads in place (RegexEngine.swift).

/// Type ids of the `_sre` classes.
struct RegexTypeIDs {
    var pattern = -1, match = -1, scanner = -1
}

/// Items of a Pattern's field tuple.
enum PatternField {
    static let source = 0       // the pattern str/bytes (None when compiled from a parsed pattern)
    static let flags = 1
    static let code = 2         // bytes: the code words, native-endian UInt32
    static let groups = 3
    static let groupindex = 4   // dict: name -> group number
    static let indexgroup = 5   // tuple: group number -> name or None
    static let setTables = 6    // bytes: the set tables, built as the matcher meets sets (RegexSetTables.swift)
    static let count = 7
}

extension VM {
    func installRegexModule(_ module: Value) throws(Raised) {
        try setModuleAttribute(module, "MAGIC", Value(int: 20220615))
        try setModuleAttribute(module, "CODESIZE", Value(int: 4))
        try setModuleAttribute(module, "MAXREPEAT", Value(int: Int(RegexOp.maxRepeat)))
        try setModuleAttribute(module, "MAXGROUPS", Value(int: Int(Int32.max) / 2))
        try setModuleAttribute(module, "copyright", try newStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
        try defineModuleFunction(module, "getcodesize") { vm, arguments throws(Raised) in Value(int: 4) }
        try defineCharacterFunction(module, "ascii_iscased") { Value(bool: $0 < 128 && RegexCharacters.isASCIIAlpha($0)) }
        try defineCharacterFunction(module, "unicode_iscased") { Value(bool: RegexCharacters.isUnicodeCased($0)) }
        try defineCharacterFunction(module, "ascii_tolower") { Value(int: Int(RegexCharacters.lowerASCII($0))) }
        try defineCharacterFunction(module, "unicode_tolower") { Value(int: Int(RegexCharacters.lowerUnicode($0))) }
        try defineModuleFunction(module, "compile") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "compile", ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"],
                                                   required: 6)
            return try vm.compileRegex(bound)
        }
        if regexTypes.pattern < 0 {
            regexTypes.pattern = try makeRegexClass("Pattern", module: "re")
            regexTypes.match = try makeRegexClass("Match", module: "re")
            // re.Pattern[str], re.Match[bytes] (typing uses them).
            for id in [regexTypes.pattern, regexTypes.match] {
                defineClassMethod(id, "__class_getitem__") { vm, arguments throws(Raised) in try vm.genericAlias(arguments[0], arguments[1]) }
            }
            regexTypes.scanner = try makeRegexClass("SRE_Scanner", module: "_sre")
            installPatternMethods()
            installMatchMethods()
            installScannerMethods()
        }
    }

    /// A module function of one code point (an int), as `_sre.ascii_tolower`.
    private func defineCharacterFunction(_ module: Value, _ name: String, _ body: @escaping (UInt32) -> Value) throws(Raised) {
        try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, name, min: 1, max: 1)
            let character = try vm.indexValue(arguments[0]) { "an integer is required" }
            return body(UInt32(truncatingIfNeeded: character))
        }
    }

    /// A class of `_sre` objects: made by the module only, never by calling the class.
    private func makeRegexClass(_ name: String, module: String) throws(Raised) -> Int {
        let id = makeBuiltinClass(name: name, base: TypeID.object, layout: .instance)
        try dictSet(TypeView(types[id].object).dict, names.module, intern(module))
        TypeLookupCache.invalidate()
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            throw vm.raiseTypeError("cannot create '\(module).\(name)' instances")
        }
        return id
    }

    @inline(__always) func patternFields(_ pattern: Value) -> TupleView { payloadFields(pattern) }

    /// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
    private func compileRegex(_ bound: [Value]) throws(Raised) -> Value {
        let codeList = bound[2]
        guard typeID(of: codeList) == TypeID.list else {
            throw raiseTypeError("compile() argument 'code' must be list, not \(typeName(codeList))")
        }
        let groups = try indexValue(bound[3]) { "'\(self.typeName(bound[3]))' object cannot be interpreted as an integer" }
        for (index, name, expected) in [(4, "groupindex", TypeID.dict), (5, "indexgroup", TypeID.tuple)]
            where !isInstance(bound[index], typeID: expected) {
            throw raiseTypeError("compile() argument '\(name)' must be \(expected == TypeID.dict ? "dict" : "tuple"), not \(typeName(bound[index]))")
        }
        let list = ListView(codeList)
        var words = [UInt32](repeating: 0, count: list.count)
        for index in 0..<list.count {
            // Opcodes are re._constants._NamedIntConstant, an int subclass.
            let item = builtinSelf(list[index])
            guard isIntLike(item) else { throw raiseTypeError("an integer is required") }
            guard let word = smallIntValue(item), word >= 0, word <= Int64(UInt32.max) else {
                throw raise(exceptionTypes.overflowError, "regular expression code size limit exceeded")
            }
            words[index] = UInt32(word)
        }
        guard groups >= 0, groups <= Int(Int32.max) / 2, RegexCodeValidator.isValid(words, groups: groups) else {
            throw raise(exceptionTypes.runtimeError, "invalid SRE code")
        }
        let code = try allocateBytes(count: words.count * 4).value
        words.withUnsafeBytes { raw in
            if let base = raw.baseAddress { ObjectRef(code).bytes(from: BytesLayout.data).update(from: base.assumingMemoryBound(to: UInt8.self), count: raw.count) }
        }
        return try withRoots(code) { () throws(Raised) in
            let tables = try allocateBytes(count: 4 * RegexSetTables.wordCount(codeLength: list.count)).value
            RegexSetTables.prepare(ObjectRef(tables).bytes(from: BytesLayout.data).withMemoryRebound(to: UInt32.self, capacity: 1) { $0 },
                                   codeLength: list.count)
            return try withRoots(tables) { () throws(Raised) in
                let groupindex = try dictCopy(DictView(bound[4])).ref.value
                return try withRoots(groupindex) { () throws(Raised) in
                    try newPayloadObject(regexTypes.pattern, [bound[0], bound[1], code, Value(int: groups), groupindex, bound[5], tables])
                }
            }
        }
    }
}
