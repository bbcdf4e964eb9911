import TernCompiler

// Loading compiled code: a CodeObject becomes a CodeInfo with raw pointers the
// interpreter reads (instructions, constants as Values, interned names) and a
// heap code object for Python to hold. The heap code object owns the CodeInfo:
// functions, generators, frames and tracebacks refer to the code object, the
// collector traces its constants and caches, and the collection that finds it
// dead frees the CodeInfo, its buffers and the compiler's CodeObject
// (`releaseDeadCode`), so programs that keep generating code stay flat.

/// The CodeInfo whose address a code object, function or generator keeps in a raw word.
@inline(__always) func loadedCode(atWord word: Int) -> UnsafeMutablePointer<CodeInfo>? {
    UnsafeMutablePointer<CodeInfo>(bitPattern: word)
}

extension VM {
    /// Loads `code` and its nested code objects; returns the heap code object. With
    /// `reusedConstants` (code.replace()) the new code shares those constant values, as
    /// CPython's does, instead of loading `code.constants`. Afterwards `code` keeps no
    /// names or constants of its own (`releaseLoadedTables`).
    func loadCode(_ code: CodeObject, reusedConstants: UnsafeBufferPointer<Value>? = nil) throws(Raised) -> Value {
        precondition(!code.tablesReleased, "a loaded CodeObject is loaded again")
        let index = freeCodeIndices.popLast() ?? codes.count
        let constantCount = reusedConstants?.count ?? code.constants.count
        // The CodeInfo, the interpreter's buffers and the instructions share one
        // allocation (a tiny function's code would otherwise pay eight mallocs'
        // overhead and rounding).
        let cacheSlots = max(1, code.cacheCount), loopSlotCount = code.loopCount + 1
        let valueWords = constantCount + code.names.count + code.varNames.count + code.cellVars.count
        let block = UnsafeMutableRawPointer.allocate(
            byteCount: MemoryLayout<CodeInfo>.stride + cacheSlots * MemoryLayout<InlineCache>.stride
                + loopSlotCount * MemoryLayout<LoopSlot>.stride + valueWords * 8 + max(1, code.code.count) * 4,
            alignment: max(MemoryLayout<CodeInfo>.alignment, 8))
        var cursor = block + MemoryLayout<CodeInfo>.stride
        func region<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T> {
            let start = cursor.bindMemory(to: type, capacity: count)
            cursor += count * MemoryLayout<T>.stride
            return start
        }
        let caches = region(InlineCache.self, cacheSlots)
        caches.initialize(repeating: InlineCache(), count: cacheSlots)
        let constants = region(Value.self, constantCount)
        constants.initialize(repeating: .null, count: constantCount)
        let nameValues = region(Value.self, code.names.count)
        for (position, name) in code.names.enumerated() { (nameValues + position).initialize(to: intern(name)) }
        let varNames = region(Value.self, code.varNames.count)
        for (position, name) in code.varNames.enumerated() { (varNames + position).initialize(to: intern(name)) }
        let cellParameter = region(Int.self, code.cellVars.count)
        for position in 0..<code.cellVars.count {
            (cellParameter + position).initialize(to: position < code.cellParameter.count ? code.cellParameter[position] : -1)
        }
        let loopSlots = region(LoopSlot.self, loopSlotCount)
        loopSlots.initialize(repeating: LoopSlot(), count: loopSlotCount)
        let instructions = region(UInt32.self, code.code.count)
        instructions.initialize(from: code.code, count: code.code.count)
        let flags = code.flags
        let simple = !flags.contains(.varArgs) && !flags.contains(.varKeywords) && code.keywordOnlyCount == 0
        let info = block.bindMemory(to: CodeInfo.self, capacity: 1)
        info.initialize(to: CodeInfo(
            instructions: instructions, instructionCount: code.code.count, constants: constants, constantCount: constantCount,
            names: nameValues, nameCount: code.names.count, varNames: varNames, caches: caches,
            cacheCount: code.cacheCount, cellParameter: cellParameter, localCount: code.varNames.count, cellCount: code.cellVars.count,
            freeCount: code.freeVars.count, slotCount: code.varNames.count + code.cellVars.count + code.freeVars.count,
            stackSize: code.stackSize, argCount: code.argCount, positionalOnlyCount: code.positionalOnlyCount,
            keywordOnlyCount: code.keywordOnlyCount, flags: flags.rawValue, index: index, simpleArguments: simple,
            isGenerator: flags.contains(.generator) || flags.contains(.coroutine) || flags.contains(.asyncGenerator),
            codeValue: .null))
        if index == codes.count {
            codes.append(info)
            codeObjects.append(code)
        } else {
            codes[index] = info
            codeObjects[index] = code
        }
        youngCodes.append(index)
        let codeRef = try allocate(kind: .code, typeID: TypeID.code, words: CodeLayout.words)
        codeRef.setWord(CodeLayout.info, Int(bitPattern: info))
        info.pointee.codeValue = codeRef.value
        info.pointee.loopSlots = loopSlots
        info.pointee.loopCount = code.loopCount
        info.pointee.tracesEntry = flags.contains(.optimized) && !info.pointee.isGenerator && !code.code.isEmpty
            && UInt8(truncatingIfNeeded: code.code[0]) != Opcode.loopHeader.rawValue
        if info.pointee.isGenerator { info.pointee.yieldsInsideHandlers = Self.yieldsInsideHandlers(code) }
        let ownedBytes = Self.bytesOwned(by: code, constantCount: constantCount)
        info.pointee.ownedBytes = ownedBytes
        heap.noteCodeLoaded(ownedBytes)
        info.pointee.nameValue = intern(code.name)
        info.pointee.qualifiedNameValue = intern(code.qualifiedName)
        if let reusedConstants {
            for position in 0..<constantCount { constants[position] = reusedConstants[position] }
        } else {
            for (position, constant) in code.constants.enumerated() {
                constants[position] = try constantValue(constant)
            }
        }
        code.releaseLoadedTables()
        return codeRef.value
    }

    private static func yieldsInsideHandlers(_ code: CodeObject) -> Bool {
        guard !code.exceptionTable.isEmpty else { return false }
        let yield = UInt32(Opcode.yieldValue.rawValue)
        return code.code.indices.contains { offset in
            code.code[offset] & 0xFF == yield
                && code.exceptionTable.contains { $0.start <= offset && offset < $0.end }
        }
    }

    func constantValue(_ constant: CodeConstant) throws(Raised) -> Value {
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
        case .string(let text):
            // A string of at most 40 UTF-8 bytes has at most 40 characters: no need to count them.
            return text.utf8.count <= 40 || text.unicodeScalars.prefix(41).count <= 40 ? intern(text) : try newStr(text)
        case .bytes(let bytes): return try newBytes(bytes)
        case .tuple(let items):
            var values: [Value] = []
            for item in items { values.append(try constantValue(item)) }
            return try newTuple(values)
        case .code(let nested):
            return try loadCode(nested)
        }
    }

    @inline(__always) func codeInfo(of codeValue: Value) -> UnsafeMutablePointer<CodeInfo> {
        loadedCode(atWord: ObjectRef(codeValue).word(CodeLayout.info))!
    }

    /// The CodeInfo a function runs.
    @inline(__always) func codeInfo(ofFunction function: Value) -> UnsafeMutablePointer<CodeInfo> {
        loadedCode(atWord: ObjectRef(function).word(FunctionLayout.code))!
    }

    /// The compiler's CodeObject behind loaded code (line table, exception table, names).
    @inline(__always) func codeObject(_ info: UnsafeMutablePointer<CodeInfo>) -> CodeObject {
        codeObjects[info.pointee.index]!
    }

    /// An estimate of the memory loaded `code` holds outside the heap: the
    /// interpreter's buffers and the bytecode exactly, what the compiler's object keeps
    /// once loaded (line and exception tables, cell and free variable names) by their counts.
    static func bytesOwned(by code: CodeObject, constantCount: Int) -> Int {
        let cacheBytes = max(1, code.cacheCount) * MemoryLayout<InlineCache>.stride
            + (code.loopCount + 1) * MemoryLayout<LoopSlot>.stride
        let interpreterBytes = MemoryLayout<CodeInfo>.stride + code.code.count * 4 + constantCount * 8
            + (code.names.count + code.varNames.count + code.cellVars.count) * 8 + cacheBytes
        let compilerBytes = (code.cellVars.count + code.freeVars.count) * 32
            + code.lineTableBytes.count + code.exceptionTable.count * 32 + 256
        return interpreterBytes + compilerBytes
    }

    /// After marking: frees the code whose heap code object was left unmarked —
    /// the young code after a minor collection, all of it after a major one.
    func releaseDeadCode(major: Bool) {
        func releaseIfDead(_ index: Int) {
            guard let info = codes[index],
                  ObjectRef(info.pointee.codeValue).header & GCFlag.mark == 0 else { return }
            info.pointee.extraCaches?.deallocate()
            releaseLoopSlots(info)
            heap.bytecodeBytes -= info.pointee.ownedBytes
            info.deinitialize(count: 1)
            UnsafeMutableRawPointer(info).deallocate()   // with the buffers after it (loadCode)
            codes[index] = nil
            codeObjects[index] = nil
            freeCodeIndices.append(index)
        }
        if major {
            for index in codes.indices { releaseIfDead(index) }
        } else {
            for index in youngCodes { releaseIfDead(index) }
        }
        youngCodes.removeAll(keepingCapacity: true)
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
        sp.pointee = try newFunction(codeValue, globals: globals, closure: closure, defaults: defaults,
                                     keywordDefaults: keywordDefaults, annotations: annotations)
        return sp + 1
    }

    /// A function of the code object `codeValue` (MAKE_FUNCTION; a trace's helper makes them too).
    func newFunction(_ codeValue: Value, globals: Value, closure: Value, defaults: Value = .null,
                     keywordDefaults: Value = .null, annotations: Value = .null) throws(Raised) -> Value {
        let info = codeInfo(of: codeValue)
        let ref = try allocate(kind: .function, typeID: TypeID.function, words: FunctionLayout.words)
        ref.setWord(FunctionLayout.code, Int(bitPattern: info))
        ref[FunctionLayout.codeObject] = codeValue
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
        return ref.value
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
