// Calls of special methods found on a type (x == y, len(x), str(x), x(...)): a
// function or builtin method takes the receiver as its first argument; anything
// else is bound through its type's __get__ first, or called as it is when it has
// none. In CPython: lookup_maybe_method in typeobject.c; unittest.mock's
// MagicProxy, a descriptor set as __eq__, __str__, __iter__ ... relies on it.

extension VM {
    /// Whether `method`, found on a type, is called with the receiver prepended (no binding step).
    @inline(__always) func takesReceiver(_ method: Value) -> Bool {
        guard method.isObject else { return false }
        let kind = ObjectRef(method).kind
        return kind == .function || kind == .builtinFunction
    }

    /// `method` bound to `receiver` as attribute lookup binds it (its type's __get__), or `method` itself.
    @inline(never) func bindSpecial(_ method: Value, _ receiver: Value) throws(Raised) -> Value {
        try bindDescriptor(method, receiver, typeOf(receiver))
    }

    func callSpecial(_ method: Value, _ receiver: Value) throws(Raised) -> Value {
        if takesReceiver(method) { return try call(method, receiver) }
        return try call(try bindSpecial(method, receiver), arguments: [], keywordNames: .null)
    }

    func callSpecial(_ method: Value, _ receiver: Value, _ a: Value) throws(Raised) -> Value {
        if takesReceiver(method) { return try call(method, receiver, a) }
        let bound = try withRoots(a) { () throws(Raised) in try bindSpecial(method, receiver) }
        return try withRoots(bound) { () throws(Raised) in try call(bound, a) }
    }

    func callSpecial(_ method: Value, _ receiver: Value, _ a: Value, _ b: Value) throws(Raised) -> Value {
        if takesReceiver(method) { return try call(method, receiver, a, b) }
        let bound = try withRoots(a, b) { () throws(Raised) in try bindSpecial(method, receiver) }
        return try withRoots(bound) { () throws(Raised) in try call(bound, a, b) }
    }

    func callSpecial(_ method: Value, _ receiver: Value, _ a: Value, _ b: Value, _ c: Value) throws(Raised) -> Value {
        if takesReceiver(method) { return try call(method, receiver, a, b, c) }
        let bound = try withRoots(a, b, c) { () throws(Raised) in try bindSpecial(method, receiver) }
        return try withRoots(bound) { () throws(Raised) in try call(bound, a, b, c) }
    }
}

extension VM {
    /// A rich comparison's method called on `receiver`; one whose binding raises counts as
    /// NotImplemented. In CPython: slot_tp_richcompare clears the error of the lookup.
    func callComparison(_ method: Value, _ receiver: Value, _ other: Value) throws(Raised) -> Value {
        if takesReceiver(method) { return try call(method, receiver, other) }
        let bound: Value
        do throws(Raised) {
            bound = try withRoots(other) { () throws(Raised) in try bindSpecial(method, receiver) }
        } catch {
            raisedException = .null
            return notImplemented
        }
        return try withRoots(bound) { () throws(Raised) in try call(bound, other) }
    }
}
