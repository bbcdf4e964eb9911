// Name resolution for the *_NAME, *_GLOBAL and *_DEREF instructions, and the
// NameError / UnboundLocalError messages CPython prints.

extension VM {
    /// LOAD_GLOBAL: globals, then builtins. The cache remembers the globals entry it found
    /// (index >= 0), or for a builtin (index < 0: builtins entry -index - 1) that this globals
    /// dict (`value`; its identity, since a dead dict's arrays can be reused at the same
    /// address) had no such key: its entries array and entry count are unchanged (adding a
    /// key appends an entry or reallocates the array). The builtins entry is checked by key.
    @inline(__always)
    func loadGlobal(_ globals: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) throws(Raised) -> Value {
        let dict = DictView(globals)
        let entries = dict.entriesValue
        if cache.pointee.key == entries.bits {
            let index = Int(cache.pointee.index)
            if index >= 0 {
                if index < dict.used && dict.key(index) == name { return dict.value(index) }
            } else if cache.pointee.version == UInt32(truncatingIfNeeded: dict.used) {
                let builtins = DictView(builtinsDict)
                let builtinIndex = -index - 1
                if cache.pointee.value == globals && builtinIndex < builtins.used
                    && builtins.key(builtinIndex) == name { return builtins.value(builtinIndex) }
            }
        }
        return try loadGlobalSlow(globals, name, cache)
    }

    private func loadGlobalSlow(_ globals: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) throws(Raised) -> Value {
        let dict = DictView(globals)
        let entry = dictFindStr(dict, name)
        if entry >= 0 {
            fillCache(cache, InlineCache(key: dict.entriesValue.bits, version: 0, index: Int32(entry), value: .null))
            return dict.value(entry)
        }
        let builtins = DictView(builtinsDict)
        let builtinEntry = dictFindStr(builtins, name)
        if builtinEntry >= 0 {
            fillCache(cache, InlineCache(key: dict.entriesValue.bits, version: UInt32(truncatingIfNeeded: dict.used),
                                        index: Int32(-builtinEntry - 1), value: globals))
            return builtins.value(builtinEntry)
        }
        if let lazy = try lazyBuiltin(name) { return lazy }
        throw raiseNameError(name)
    }

    /// Builtins made when a program first names them, so that programs which never do pay
    /// nothing at start-up: memoryview (Builtins/MemoryviewMethods.swift) and the ones written
    /// in Python (lib/_async_iteration.py).
    static let lazyBuiltins: [String: String] = ["aiter": "_async_iteration", "anext": "_async_iteration"]

    func lazyBuiltin(_ name: Value) throws(Raised) -> Value? {
        if swiftString(name) == "memoryview" {
            let type = memoryviewType()
            try dictSet(DictView(builtinsDict), name, type)
            return type
        }
        guard let module = VM.lazyBuiltins[swiftString(name)] else { return nil }
        let value = try getAttribute(try importDotted(module), name)
        try dictSet(DictView(builtinsDict), name, value)
        return value
    }

    func loadName(_ frame: UnsafeMutablePointer<Frame>, _ name: Value) throws(Raised) -> Value {
        let namespace = frame.pointee.namespace
        if !namespace.isNull {
            let found = try namespaceGet(namespace, name)
            if !found.isNull { return found }
        }
        let global = dictGetStr(DictView(frame.pointee.globals), name)
        if !global.isNull { return global }
        let builtin = dictGetStr(DictView(builtinsDict), name)
        if !builtin.isNull { return builtin }
        if let lazy = try lazyBuiltin(name) { return lazy }
        throw raiseNameError(name)
    }

    func storeName(_ frame: UnsafeMutablePointer<Frame>, _ name: Value, _ value: Value) throws(Raised) {
        try namespaceSet(frame.pointee.namespace.isNull ? frame.pointee.globals : frame.pointee.namespace, name, value)
    }

    func deleteName(_ frame: UnsafeMutablePointer<Frame>, _ name: Value) throws(Raised) {
        let namespace = frame.pointee.namespace.isNull ? frame.pointee.globals : frame.pointee.namespace
        if typeID(of: namespace) == TypeID.dict {
            if try dictRemove(DictView(namespace), name).isNull { throw raiseNameError(name) }
            return
        }
        do throws(Raised) {
            try deleteItem(namespace, name)
        } catch {
            if !exceptionMatches(raisedException, exceptionTypes.keyError) { throw error }
            raisedException = .null
            throw raiseNameError(name)
        }
    }

    // A class body's namespace is a dict, or whatever mapping the metaclass's
    // __prepare__ returned (enum's _EnumDict), reached through its own methods.

    /// namespace[name], or null when the mapping has no such key.
    func namespaceGet(_ namespace: Value, _ name: Value) throws(Raised) -> Value {
        if typeID(of: namespace) == TypeID.dict { return dictGetStr(DictView(namespace), name) }
        do throws(Raised) {
            return try getItem(namespace, name)
        } catch {
            if !exceptionMatches(raisedException, exceptionTypes.keyError) { throw error }
            raisedException = .null
            return .null
        }
    }

    func namespaceSet(_ namespace: Value, _ name: Value, _ value: Value) throws(Raised) {
        if typeID(of: namespace) == TypeID.dict {
            try dictSet(DictView(namespace), name, value)
        } else {
            try setItem(namespace, name, value)
        }
    }

    func loadClassDeref(_ frame: UnsafeMutablePointer<Frame>, _ index: Int) throws(Raised) -> Value {
        let code = frame.pointee.code.pointee
        let nameIndex = index - code.cellCount
        let object = codeObject(frame.pointee.code)
        let name = index < code.cellCount ? object.cellVars[index] : object.freeVars[nameIndex]
        let namespace = frame.pointee.namespace
        if !namespace.isNull {
            let found = try namespaceGet(namespace, intern(name))
            if !found.isNull { return found }
        }
        let contents = ObjectRef(frame.pointee.base[code.localCount + index])[CellLayout.contents]
        if contents.isNull { throw raiseUnboundDeref(frame.pointee.code, index) }
        return contents
    }

    func raiseNameError(_ name: Value) -> Raised {
        let error = raise(exceptionTypes.nameError, "name '\(swiftString(name))' is not defined")
        if !raisedException.isNull && isException(raisedException) {
            try? setInstanceSlot(ObjectRef(raisedException), intern("name"), name)
        }
        return error
    }

    func raiseUnboundLocal(_ code: UnsafeMutablePointer<CodeInfo>, _ slot: Int) -> Raised {
        let name = swiftString(code.pointee.varNames[slot])
        return raise(exceptionTypes.unboundLocalError,
                     "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func raiseUnboundDeref(_ code: UnsafeMutablePointer<CodeInfo>, _ index: Int) -> Raised {
        let object = codeObject(code)
        if index < object.cellVars.count {
            return raise(exceptionTypes.unboundLocalError,
                         "cannot access local variable '\(object.cellVars[index])' where it is not associated with a value")
        }
        let name = object.freeVars[index - object.cellVars.count]
        return raise(exceptionTypes.nameError,
                     "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }
}
