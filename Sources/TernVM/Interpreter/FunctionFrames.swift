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
            throw raise(exceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        let base = arguments
        let slotCount = code.pointee.slotCount
        if base + slotCount + code.pointee.stackSize >= stackLimit || frameCount >= frameCapacity - 1 {
            throw raise(exceptionTypes.recursionError, "maximum recursion depth exceeded")
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
            try bindArguments(functionRef, code.pointee, base: base, count: count, keywordNames: keywordNames)
        }
        if code.pointee.cellCount > 0 || code.pointee.freeCount > 0 { try makeCells(functionRef, code.pointee, base: base) }
        if code.pointee.isGenerator {
            return try makeGenerator(function, code, frameSlots: base)
        }
        frames[frameCount] = Frame(code: code, pc: 0, currentInstruction: 0, base: base,
                                   sp: base + slotCount, function: function,
                                   globals: functionRef[FunctionLayout.globals], namespace: .null,
                                   generator: .null, isEntry: isEntry)
        frameCount += 1
        depth += 1
        return .null
    }

    private func makeCells(_ function: ObjectRef, _ info: CodeInfo, base: UnsafeMutablePointer<Value>) throws(Raised) {
        for index in 0..<info.cellCount {
            let cell = try allocate(kind: .cell, typeID: TypeID.cell, words: CellLayout.words)
            let parameter = info.cellParameter[index]
            if parameter >= 0 { cell[CellLayout.contents] = base[parameter] }
            base[info.localCount + index] = cell.value
        }
        if info.freeCount > 0 {
            let closure = TupleView(function[FunctionLayout.closure])
            for index in 0..<info.freeCount {
                base[info.localCount + info.cellCount + index] = closure[index]
            }
        }
    }

    /// The general case of argument binding: defaults, keywords, *args, **kwargs.
    private func bindArguments(_ function: ObjectRef, _ info: CodeInfo, base: UnsafeMutablePointer<Value>,
                               count: Int, keywordNames: Value) throws(Raised) {
        let keywordCount = keywordNames.isNull ? 0 : TupleView(keywordNames).count
        let positionalCount = count - keywordCount
        // Move the arguments out of the way: the slots they occupy are about to be filled.
        let scratch = base + max(count, info.slotCount) + 1
        for index in 0..<count { scratch[index] = base[index] }
        for slot in 0..<info.slotCount { base[slot] = .null }

        let argCount = info.argCount
        let keywordOnlyCount = info.keywordOnlyCount
        let hasVarArgs = info.flags & CodeFlags.varArgs.rawValue != 0
        let hasVarKeywords = info.flags & CodeFlags.varKeywords.rawValue != 0
        let varArgsSlot = argCount + keywordOnlyCount
        let varKeywordsSlot = varArgsSlot + (hasVarArgs ? 1 : 0)

        if positionalCount > argCount && !hasVarArgs {
            throw raiseTooManyPositional(function, info, given: positionalCount)
        }
        for index in 0..<min(positionalCount, argCount) { base[index] = scratch[index] }
        if hasVarArgs {
            let extra = max(0, positionalCount - argCount)
            base[varArgsSlot] = try newTuple(UnsafeBufferPointer(start: scratch + argCount, count: extra))
        }
        var keywords = Value.null
        if hasVarKeywords {
            keywords = try newDict().ref.value
            base[varKeywordsSlot] = keywords
        }
        if keywordCount > 0 {
            let names = TupleView(keywordNames)
            var positionalOnlyPassed: [String] = []
            for index in 0..<keywordCount {
                let name = names[index]
                let value = scratch[positionalCount + index]
                var slot = -1
                for parameter in info.positionalOnlyCount..<(argCount + keywordOnlyCount) {
                    let parameterName = info.varNames[parameter]
                    if parameterName == name || StrView(parameterName) == StrView(name) { slot = parameter; break }
                }
                if slot < 0 {
                    if hasVarKeywords {
                        try dictSet(DictView(keywords), name, value)
                        continue
                    }
                    for parameter in 0..<info.positionalOnlyCount where StrView(info.varNames[parameter]) == StrView(name) {
                        positionalOnlyPassed.append(swiftString(name))
                    }
                    if !positionalOnlyPassed.isEmpty { continue }
                    throw raiseTypeError("\(functionQualifiedName(function))() got an unexpected keyword argument '\(swiftString(name))'")
                }
                if !base[slot].isNull {
                    throw raiseTypeError("\(functionQualifiedName(function))() got multiple values for argument '\(swiftString(name))'")
                }
                base[slot] = value
            }
            if !positionalOnlyPassed.isEmpty {
                throw raiseTypeError("\(functionQualifiedName(function))() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassed.joined(separator: ", "))'")
            }
        }
        // Defaults for the trailing positional parameters.
        let defaults = function[FunctionLayout.defaults]
        let defaultCount = defaults.isNull ? 0 : TupleView(defaults).count
        var missing: [String] = []
        for index in 0..<argCount where base[index].isNull {
            let defaultIndex = index - (argCount - defaultCount)
            if defaultIndex >= 0 {
                base[index] = TupleView(defaults)[defaultIndex]
            } else {
                missing.append("'\(swiftString(info.varNames[index]))'")
            }
        }
        if !missing.isEmpty { throw raiseMissing(function, missing, kind: "positional") }
        if keywordOnlyCount > 0 {
            let keywordDefaults = function[FunctionLayout.keywordDefaults]
            for index in argCount..<(argCount + keywordOnlyCount) where base[index].isNull {
                if !keywordDefaults.isNull {
                    let found = dictGetStr(DictView(keywordDefaults), info.varNames[index])
                    if !found.isNull { base[index] = found; continue }
                }
                missing.append("'\(swiftString(info.varNames[index]))'")
            }
            if !missing.isEmpty { throw raiseMissing(function, missing, kind: "keyword-only") }
        }
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

    private func raiseMissing(_ function: ObjectRef, _ names: [String], kind: String) -> Raised {
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
