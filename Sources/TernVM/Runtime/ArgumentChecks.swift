// Type checks of a native's arguments, made before any view (StrView, DictView,
// TupleView, ...) reads an argument's memory: a view over a value of another
// layout reads and writes the wrong words and damages the heap. Every native
// that needs an argument of a given type checks it through these helpers, so
// the messages are CPython's everywhere.

extension VM {
    /// How CPython's argument errors name a value's type (_PyArg_BadArgument):
    /// `None` for None itself, the type's name otherwise.
    func argumentTypeName(_ value: Value) -> String {
        value.isNone ? "None" : typeName(value)
    }

    /// Raises CPython's `"<what> must be <type>, not <type of value>"` unless `value`
    /// is an instance of the builtin type `typeID` (subclasses included), and returns
    /// the object with that type's layout: the value itself, or for an instance of
    /// a subclass (`class S(str)`) the builtin value it carries. `what` is e.g.
    /// `format() argument 2` or `type.__new__() argument 3`.
    func argument(_ value: Value, _ typeID: Int, _ what: @autoclosure () -> String) throws(Raised) -> Value {
        if isInstance(value, typeID: typeID) {
            let payload = builtinSelf(value)
            // An instance without a payload has the layout of no builtin type.
            if !(payload.isObject && ObjectRef(payload).kind == .instance) { return payload }
        }
        throw raiseTypeError("\(what()) must be \(typeName(id: typeID)), not \(argumentTypeName(value))")
    }

    /// The interned attribute name for getattr/setattr/delattr/hasattr and the
    /// object/type/super attribute dunders. In CPython: `attribute name must be string, not 'int'`.
    func attributeName(_ value: Value) throws(Raised) -> Value {
        let name = builtinSelf(value)
        guard isStr(name) else { throw raiseTypeError("attribute name must be string, not '\(typeName(value))'") }
        return internedName(name)
    }

    /// The format spec given to a `__format__` method. In CPython every builtin
    /// `__format__` says `__format__() argument must be str, not None`.
    func formatSpecArgument(_ value: Value) throws(Raised) -> Value {
        try argument(value, TypeID.str, "__format__() argument")
    }
}
