import TernCompiler

// Entering Python functions: binding arguments to parameters (CPython's rules and
// messages), creating cells, and pushing the frame. The common case — exactly the
// right number of positional arguments and plain parameters — binds in place.

extension VM {
    /// Pushes a frame running `function` with the arguments at `arguments`
    /// (positional first, then the values of `keywordNames`). Returns NULL when a
    /// frame was pushed, or the new generator object when the function is a generator.
    func pushFunctionFrame(_ function: Value, arguments: UnsafeMutablePointer<Value>, count: Int,
                           keywordNames: Value, isEntry: Bool = false) throws(Raised) -> Value {
        let functionRef = ObjectRef(function)
        let code = codeInfo(ofFunction: function)
        if depth >= recursionLimit {
            throw recursionDepthExceeded()
        }
        let base = arguments
        let slotCount = code.pointee.slotCount
        if base + slotCount + code.pointee.stackSize >= stackLimit || frameCount >= frameCapacity - 1 {
            throw recursionDepthExceeded()
        }
        if code.pointee.simpleArguments && count == code.pointee.argCount && keywordNames.isNull {
            var slot = count
            while slot < slotCount { base[slot] = .null; slot += 1 }
        } else if code.pointee.simpleArguments && keywordNames.isNull && count < code.pointee.argCount,
                  let defaults = Optional(functionRef[FunctionLayout.defaults]), !defaults.isNull,
                  count >= code.pointee.argCount - TupleView(defaults).count {
            // Trailing positional parameters left to their defaults: no keyword matching needed.
            let argCount = code.pointee.argCount
            let firstDefault = argCount - TupleView(defaults).count
            var slot = count
            while slot < argCount { base[slot] = TupleView(defaults)[slot - firstDefault]; slot += 1 }
            while slot < slotCount { base[slot] = .null; slot += 1 }
        } else {
            try bindArguments(functionRef, code, base: base, count: count, keywordNames: keywordNames)
        }
        if code.pointee.cellCount > 0 || code.pointee.freeCount > 0 { try makeCells(functionRef, code, base: base) }
        if code.pointee.isGenerator {
            return try makeGenerator(function, code, frameSlots: base)
        }
        frames[frameCount] = Frame(code: code, pc: 0, currentInstruction: 0, base: base,
                                   sp: base + slotCount, function: function,
                                   globals: functionRef[FunctionLayout.globals], namespace: .null,
                                   generator: .null, isEntry: isEntry)
        frameCount &+= 1
        depth &+= 1
        return .null
    }

    private func makeCells(_ function: ObjectRef, _ info: UnsafeMutablePointer<CodeInfo>, base: UnsafeMutablePointer<Value>) throws(Raised) {
        let cells = base + info.pointee.localCount
        for index in 0..<info.pointee.cellCount {
            let cell = try allocate(kind: .cell, typeID: TypeID.cell, words: CellLayout.words)
            let parameter = info.pointee.cellParameter[index]
            if parameter >= 0 { cell[CellLayout.contents] = base[parameter] }
            cells[index] = cell.value
        }
        let freeCount = info.pointee.freeCount
        if freeCount > 0 {
            let closure = TupleView(function[FunctionLayout.closure])
            (cells + info.pointee.cellCount).update(from: closure.items, count: freeCount)
        }
    }

    /// The general case of argument binding: defaults, keywords, *args, **kwargs. Errors are
    /// worded apart (argumentError): the binding itself builds no Swift strings or arrays.
    private func bindArguments(_ function: ObjectRef, _ info: UnsafeMutablePointer<CodeInfo>, base: UnsafeMutablePointer<Value>,
                               count: Int, keywordNames: Value) throws(Raised) {
        let keywordCount = keywordNames.isNull ? 0 : TupleView(keywordNames).count
        let positionalCount = count - keywordCount
        let slotCount = info.pointee.slotCount
        // Move the arguments out of the way: the slots they occupy are about to be filled.
        let scratch = base + max(count, slotCount) + 1
        if scratch + count >= stackLimit { throw recursionDepthExceeded() }
        scratch.update(from: base, count: count)
        base.update(repeating: .null, count: slotCount)

        let argCount = info.pointee.argCount
        let parameterCount = argCount + info.pointee.keywordOnlyCount
        let flags = info.pointee.flags
        let hasVarArgs = flags & CodeFlags.varArgs.rawValue != 0
        let hasVarKeywords = flags & CodeFlags.varKeywords.rawValue != 0

        if positionalCount > argCount && !hasVarArgs {
            throw raiseTooManyPositional(function, info.pointee, given: positionalCount)
        }
        base.update(from: scratch, count: min(positionalCount, argCount))
        if hasVarArgs {
            let extra = max(0, positionalCount - argCount)
            base[parameterCount] = try newTuple(UnsafeBufferPointer(start: scratch + argCount, count: extra))
        }
        var keywords = Value.null
        if hasVarKeywords {
            keywords = try newDict().ref.value
            base[parameterCount + (hasVarArgs ? 1 : 0)] = keywords
        }
        if keywordCount > 0 {
            let names = TupleView(keywordNames)
            let varNames = info.pointee.varNames
            let firstKeyword = info.pointee.positionalOnlyCount
            for index in 0..<keywordCount {
                let name = names[index]
                // Names are interned: identity finds the parameter, equality only a name built at run time.
                var slot = firstKeyword
                while slot < parameterCount && varNames[slot] != name { slot += 1 }
                if slot == parameterCount {
                    slot = firstKeyword
                    while slot < parameterCount && !(StrView(varNames[slot]) == StrView(name)) { slot += 1 }
                }
                if slot == parameterCount {
                    if hasVarKeywords {
                        try dictSet(DictView(keywords), name, scratch[positionalCount + index])
                        continue
                    }
                    throw raiseUnexpectedKeyword(function, info.pointee, keywordNames, name)
                }
                if !base[slot].isNull {
                    throw raiseTypeError("\(functionQualifiedName(function))() got multiple values for argument '\(swiftString(name))'")
                }
                base[slot] = scratch[positionalCount + index]
            }
        }
        // Defaults for the trailing positional parameters.
        let defaults = function[FunctionLayout.defaults]
        let firstDefault = argCount - (defaults.isNull ? 0 : TupleView(defaults).count)
        var missing = false
        for index in 0..<argCount where base[index].isNull {
            if index >= firstDefault {
                base[index] = TupleView(defaults)[index - firstDefault]
            } else {
                missing = true
            }
        }
        if missing { throw raiseMissing(function, info.pointee, base, 0..<argCount, kind: "positional") }
        if parameterCount > argCount {
            let keywordDefaults = function[FunctionLayout.keywordDefaults]
            for index in argCount..<parameterCount where base[index].isNull {
                if !keywordDefaults.isNull {
                    let found = dictGetStr(DictView(keywordDefaults), info.pointee.varNames[index])
                    if !found.isNull { base[index] = found; continue }
                }
                missing = true
            }
            if missing { throw raiseMissing(function, info.pointee, base, argCount..<parameterCount, kind: "keyword-only") }
        }
    }

    /// A keyword argument naming no parameter (`name`, the first such): as CPython, the error names the
    /// positional-only parameters passed by keyword if any keyword does, else that keyword.
    private func raiseUnexpectedKeyword(_ function: ObjectRef, _ info: CodeInfo, _ keywordNames: Value, _ name: Value) -> Raised {
        let keywords = TupleView(keywordNames).buffer.map { swiftString($0) }
        let passed = (0..<info.positionalOnlyCount).map { swiftString(info.varNames[$0]) }.filter { keywords.contains($0) }
        if !passed.isEmpty {
            return raiseTypeError("\(functionQualifiedName(function))() got some positional-only arguments passed as keyword arguments: '\(passed.joined(separator: ", "))'")
        }
        return raiseTypeError("\(functionQualifiedName(function))() got an unexpected keyword argument '\(swiftString(name))'")
    }

    func functionQualifiedName(_ function: ObjectRef) -> String {
        swiftString(function[FunctionLayout.qualifiedName])
    }

    private func raiseTooManyPositional(_ function: ObjectRef, _ info: CodeInfo, given: Int) -> Raised {
        let defaults = function[FunctionLayout.defaults]
        let defaultCount = defaults.isNull ? 0 : TupleView(defaults).count
        let takes: String
        if defaultCount > 0 {
            takes = "from \(info.argCount - defaultCount) to \(info.argCount) positional arguments"
        } else {
            takes = "\(info.argCount) positional argument\(info.argCount == 1 ? "" : "s")"
        }
        return raiseTypeError("\(functionQualifiedName(function))() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
    }

    /// The parameters in `parameters` left unbound, named as CPython lists them.
    private func raiseMissing(_ function: ObjectRef, _ info: CodeInfo, _ base: UnsafeMutablePointer<Value>,
                              _ parameters: Range<Int>, kind: String) -> Raised {
        let names = parameters.filter { base[$0].isNull }.map { "'\(swiftString(info.varNames[$0]))'" }
        let list: String
        switch names.count {
        case 1: list = names[0]
        case 2: list = "\(names[0]) and \(names[1])"
        default: list = names.dropLast().joined(separator: ", ") + ", and " + names.last!
        }
        let plural = names.count == 1 ? "argument" : "arguments"
        return raiseTypeError("\(functionQualifiedName(function))() missing \(names.count) required \(kind) \(plural): \(list)")
    }

    /// Calls a Python function from Swift: copies the arguments above the top frame and runs it.
    func callFunction(_ function: Value, arguments: UnsafePointer<Value>, count: Int, keywordNames: Value) throws(Raised) -> Value {
        let base = frameCount > 0 ? frames[frameCount - 1].sp : stackBase
        for index in 0..<count { base[index] = arguments[index] }
        let generator = try pushFunctionFrame(function, arguments: base, count: count, keywordNames: keywordNames, isEntry: true)
        if !generator.isNull { return generator }
        return try run()
    }
}
