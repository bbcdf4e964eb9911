// The one way into the Python half: a `_pydecimal` method called with CPython's `_decimal`
// rules for signals. `_pydecimal` raises a trapped signal the moment it occurs, so the flags
// of later conditions are never set and the exception names one condition; `_decimal` sets
// every flag an operation raised, then raises the first trapped signal (in its order) with
// the list of trapped ones. So a Python method runs under a copy of the context with no
// traps and no flags (passed as its context argument, or made current while it runs), and
// what it flagged is copied back and raised here. When no trap is set the two agree and the
// method runs as it is: the Python half's own nested calls see the trap-free copy and
// pay for no second copy.

extension VM {
    /// `function`(arguments) under `_decimal`'s signal rules; `contextIndex` is the position of
    /// its `context` parameter (-1 when it has none: it then runs as it is).
    func decimalBridgeCall(_ function: Value, contextIndex: Int, _ arguments: Arguments) throws(Raised) -> Value {
        if contextIndex < 0 { return try callDecimalPython(function, arguments, replacing: -1, with: .null) }
        var position = contextIndex < arguments.positionalCount ? contextIndex : -1
        if position < 0 && arguments.keywordCount > 0 {
            let names = TupleView(arguments.keywordNames)
            for index in 0..<names.count where StrView(names[index]).string == "context" {
                position = arguments.positionalCount + index
            }
        }
        let explicit = position >= 0 && !arguments[position].isNone
        if explicit && !isInstance(arguments[position], typeID: TypeView(decimalModule.contextClass).ownTypeID) {
            throw raiseTypeError("optional argument must be a context")
        }
        let context = explicit ? arguments[position] : try decimalCurrentContext()
        guard try decimalContextTraps(context) else { return try callDecimalPython(function, arguments, replacing: -1, with: .null) }
        return try withRoots(context) { () throws(Raised) in
            let work = try decimalWorkContext(context)
            return try withRoots(work) { () throws(Raised) in
                let result: Value
                do throws(Raised) {
                    if explicit {
                        result = try callDecimalPython(function, arguments, replacing: position, with: work)
                    } else {
                        _ = try call(decimalModule.setcontext, work)
                        let made = Result { () throws(Raised) in try callDecimalPython(function, arguments, replacing: -1, with: .null) }
                        // The result is rooted while setcontext (Python code) runs.
                        let made2: Value
                        switch made {
                        case .success(let value):
                            made2 = try withRoots(value) { () throws(Raised) in
                                _ = try call(decimalModule.setcontext, context)
                                return value
                            }
                        case .failure(let error):
                            _ = try call(decimalModule.setcontext, context)
                            throw error
                        }
                        result = made2
                    }
                } catch {
                    try decimalMergeFlags(from: work, into: context, raising: false)
                    throw error
                }
                try withRoots(result) { () throws(Raised) in try decimalMergeFlags(from: work, into: context, raising: true) }
                return result
            }
        }
    }

    /// Calls `function` with `arguments`, argument `position` replaced by `value` unless it is -1.
    private func callDecimalPython(_ function: Value, _ arguments: Arguments, replacing position: Int, with value: Value) throws(Raised) -> Value {
        if position < 0 {
            return try call(function, arguments: arguments.base, count: arguments.count, keywordNames: arguments.keywordNames)
        }
        return try withStackSpace(arguments.count) { (scratch) throws(Raised) -> Value in
            for index in 0..<arguments.count { scratch[index] = index == position ? value : arguments[index] }
            return try call(function, arguments: scratch, count: arguments.count, keywordNames: arguments.keywordNames)
        }
    }

    func callDecimalPython(_ function: Value) throws(Raised) -> Value {
        try withStackSpace(1) { (scratch) throws(Raised) -> Value in
            try call(function, arguments: scratch, count: 0, keywordNames: .null)
        }
    }

    /// Whether any signal is trapped in `context` while it is not ignoring flags.
    private func decimalContextTraps(_ context: Value) throws(Raised) -> Bool {
        let names = decimalModule.names
        let ignored = try getAttribute(context, names.ignoredFlags)
        if ignored.isObject && ObjectRef(ignored).kind == .list && ListView(ignored).count > 0 { return false }
        let traps = try getAttribute(context, names.traps)
        guard typeID(of: traps) == TypeID.dict else { return true }
        let dict = DictView(traps)
        for entry in 0..<dict.used where !dict.key(entry).isNull {
            if try isTrue(dict.value(entry)) { return true }
        }
        return false
    }

    /// A copy of `context` with every trap off and every flag clear.
    private func decimalWorkContext(_ context: Value) throws(Raised) -> Value {
        let work = try callDecimalPython(try getAttribute(context, decimalModule.names.copy))
        for name in [decimalModule.names.flags, decimalModule.names.traps] {
            let dict = try getAttribute(work, name)
            guard typeID(of: dict) == TypeID.dict else { continue }
            let view = DictView(dict)
            for entry in 0..<view.used where !view.key(entry).isNull { view.setValue(entry, Value(int: 0)) }
        }
        return work
    }

    /// Sets in `context` the flags `work` raised, then (when `raising`) raises the first one
    /// `context` traps, in `_decimal`'s order, with the list of every trapped one.
    private func decimalMergeFlags(from work: Value, into context: Value, raising: Bool) throws(Raised) {
        let names = decimalModule.names
        let raised = DictView(try getAttribute(work, names.flags))
        let flags = try getAttribute(context, names.flags), traps = try getAttribute(context, names.traps)
        guard typeID(of: flags) == TypeID.dict else { return }
        var trapped: [Value] = []
        for signal in decimalModule.signalOrder {
            guard try isTrue(try dictGet(raised, signal)) else { continue }
            try dictSet(DictView(flags), signal, .true)
            if raising, typeID(of: traps) == TypeID.dict, try isTrue(try dictGet(DictView(traps), signal)) { trapped.append(signal) }
        }
        if trapped.isEmpty { return }
        let list = try newList(trapped)
        let exception = try withRoots(list) { () throws(Raised) in try call(trapped[0], list) }
        throw raise(exception: exception)
    }

    /// The position of `function`'s `context` parameter, or -1.
    func decimalContextParameter(_ function: Value) throws(Raised) -> Int {
        guard function.isObject && ObjectRef(function).kind == .function else { return -1 }
        let code = try getAttribute(function, intern("__code__"))
        let count = try getAttribute(code, intern("co_argcount"))
        let parameters = TupleView(try getAttribute(code, intern("co_varnames")))
        guard count.isInt else { return -1 }
        for index in 0..<min(Int(count.int), parameters.count) where StrView(parameters[index]).string == "context" {
            return index
        }
        return -1
    }
}
