import TernCompiler

// Loading compiled code: a CodeObject becomes a CodeInfo with raw pointers the
// interpreter reads (instructions, constants as Values, interned names) and a
// heap code object for Python to hold. Loaded code lives as long as the VM.

extension VM {
    /// Loads `code` and its nested code objects; returns the heap code object.
    func loadCode(_ code: CodeObject) throws(Raised) -> Value {
        let index = codes.count
        let instructions = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, code.code.count))
        instructions.initialize(from: code.code, count: code.code.count)
        let constants = UnsafeMutablePointer<Value>.allocate(capacity: max(1, code.constants.count))
        constants.initialize(repeating: .null, count: max(1, code.constants.count))
        let nameValues = UnsafeMutablePointer<Value>.allocate(capacity: max(1, code.names.count))
        for (position, name) in code.names.enumerated() { nameValues[position] = intern(name) }
        let varNames = UnsafeMutablePointer<Value>.allocate(capacity: max(1, code.varNames.count))
        for (position, name) in code.varNames.enumerated() { varNames[position] = intern(name) }
        let caches = UnsafeMutablePointer<InlineCache>.allocate(capacity: max(1, code.cacheCount))
        caches.initialize(repeating: InlineCache(), count: max(1, code.cacheCount))
        let cellParameter = UnsafeMutablePointer<Int>.allocate(capacity: max(1, code.cellVars.count))
        for position in 0..<code.cellVars.count {
            cellParameter[position] = position < code.cellParameter.count ? code.cellParameter[position] : -1
        }
        let flags = code.flags
        let simple = !flags.contains(.varArgs) && !flags.contains(.varKeywords) && code.keywordOnlyCount == 0
        let info = UnsafeMutablePointer<CodeInfo>.allocate(capacity: 1)
        info.initialize(to: CodeInfo(
            instructions: instructions, constants: constants, constantCount: code.constants.count,
            names: nameValues, nameCount: code.names.count, varNames: varNames, caches: caches,
            cellParameter: cellParameter, localCount: code.varNames.count, cellCount: code.cellVars.count,
            freeCount: code.freeVars.count, slotCount: code.varNames.count + code.cellVars.count + code.freeVars.count,
            stackSize: code.stackSize, argCount: code.argCount, positionalOnlyCount: code.positionalOnlyCount,
            keywordOnlyCount: code.keywordOnlyCount, flags: flags.rawValue, index: index, simpleArguments: simple,
            isGenerator: flags.contains(.generator) || flags.contains(.coroutine) || flags.contains(.asyncGenerator),
            codeValue: .null))
        codes.append(info)
        codeObjects.append(code)
        let codeRef = try allocate(kind: .code, typeID: TypeID.code, words: CodeLayout.words)
        codeRef.setWord(CodeLayout.index, index)
        info.pointee.codeValue = codeRef.value
        let extraCaches = UnsafeMutablePointer<InlineCache>.allocate(capacity: max(1, code.cacheCount) * VM.extraCacheWays)
        extraCaches.initialize(repeating: InlineCache(), count: max(1, code.cacheCount) * VM.extraCacheWays)
        info.pointee.extraCaches = extraCaches
        info.pointee.nameValue = intern(code.name)
        info.pointee.qualifiedNameValue = intern(code.qualifiedName)
        for (position, constant) in code.constants.enumerated() {
            constants[position] = try constantValue(constant)
        }
        return codeRef.value
    }

    private func constantValue(_ constant: CodeConstant) throws(Raised) -> Value {
        switch constant {
        case .none: return .none
        case .ellipsis: return ellipsis
        case .bool(let flag): return Value(bool: flag)
        case .int(let value): return try newInt(value)
        case .bigInt(let digits):
            guard let big = BigInt(pythonLiteral: digits, radix: 10) else { return Value(int: 0) }
            return try newInt(big)
        case .float(let value): return Value(anyDouble: value)
        case .complex(let real, let imaginary): return try newComplex(real, imaginary)
        case .string(let text): return text.unicodeScalars.count <= 40 ? intern(text) : try newStr(text)
        case .bytes(let bytes): return try newBytes(bytes)
        case .tuple(let items):
            var values: [Value] = []
            for item in items { values.append(try constantValue(item)) }
            let tuple = try newTuple(values)
            permanentRoots.append(tuple)
            return tuple
        case .code(let nested):
            return try loadCode(nested)
        }
    }

    func codeInfo(of codeValue: Value) -> UnsafeMutablePointer<CodeInfo> {
        codes[ObjectRef(codeValue).word(CodeLayout.index)]
    }

    /// MAKE_FUNCTION: pops the code and the optional parts named by `flags`; returns the new stack top.
    func makeFunction(flags: Int, stackTop: UnsafeMutablePointer<Value>, globals: Value) throws(Raised) -> UnsafeMutablePointer<Value> {
        var sp = stackTop
        sp -= 1
        let codeValue = sp.pointee
        var closure = Value.null, annotations = Value.null, keywordDefaults = Value.null, defaults = Value.null
        if flags & 8 != 0 { sp -= 1; closure = sp.pointee }
        if flags & 4 != 0 { sp -= 1; annotations = sp.pointee }
        if flags & 2 != 0 { sp -= 1; keywordDefaults = sp.pointee }
        if flags & 1 != 0 { sp -= 1; defaults = sp.pointee }
        let info = codeInfo(of: codeValue)
        let ref = try allocate(kind: .function, typeID: TypeID.function, words: FunctionLayout.words)
        ref.setWord(FunctionLayout.code, info.pointee.index)
        ref[FunctionLayout.globals] = globals
        ref[FunctionLayout.name] = info.pointee.nameValue
        ref[FunctionLayout.qualifiedName] = info.pointee.qualifiedNameValue
        ref[FunctionLayout.defaults] = defaults
        ref[FunctionLayout.keywordDefaults] = keywordDefaults
        ref[FunctionLayout.closure] = closure
        ref[FunctionLayout.module] = dictGetStr(DictView(globals), names.name)
        // The compiler puts a function's docstring (or None) first among its constants.
        let firstConstant = info.pointee.constantCount > 0 ? info.pointee.constants[0] : Value.none
        let optimized = info.pointee.flags & CodeFlags.optimized.rawValue != 0
        ref[FunctionLayout.doc] = optimized && isStr(firstConstant) ? firstConstant : .none
        if !annotations.isNull {
            let functionDict = try newDict()
            ref[FunctionLayout.dict] = functionDict.ref.value
            try dictSet(functionDict, intern("__annotations__"), try annotationDict(annotations))
        }
        sp.pointee = ref.value
        return sp + 1
    }

    /// The annotations dict from MAKE_FUNCTION's (name, value, name, value, ...) tuple.
    private func annotationDict(_ annotations: Value) throws(Raised) -> Value {
        let tuple = TupleView(annotations)
        let dict = try newDict()
        var index = 0
        while index + 1 < tuple.count {
            try dictSet(dict, tuple[index], tuple[index + 1])
            index += 2
        }
        return dict.ref.value
    }
}
