// `_decimal`: decimal.Decimal as a native class (its representation in DecimalValue.swift)
// whose hot methods are Swift (DecimalArithmetic.swift, DecimalRounding.swift,
// DecimalText.swift), over a private copy of CPython's `_pydecimal` that supplies the rest.
//
// The bridge, written once: `_pydecimal.py` runs once per VM in a namespace of its own (not
// the importable `_pydecimal` module, which test_decimal's Python half uses). Every method of
// its Decimal class is copied onto the native class, and its globals `Decimal` and
// `_dec_from_triple` are rebound to the native ones, so its code (ln, exp, logical_and,
// formatting, every Context method, ...) runs on native Decimals unchanged: it reads them
// through the `_sign`, `_int`, `_exp` and `_is_special` attributes the native class provides
// and makes them through `_dec_from_triple` or the constructor. A native method handles the
// common case and hands anything else (specials, huge coefficients, results near the
// exponent limits, an explicit context) to the Python method it replaced, its delegate, with
// the same arguments. Context, the signals and getcontext/setcontext/localcontext are the
// copy's, so both halves raise and set the same classes. Moving a method to Swift is adding
// a case to DecimalDelegate and defining the native method.

/// `_decimal`'s state: made by its first import, shared by every later import (as CPython's
/// static types are), and rooted in permanentRoots.
struct DecimalModuleState {
    /// decimal.Decimal (0 before the first import).
    var typeID = 0
    /// The private `_pydecimal` globals, and its own Decimal class (the constructor's bridge
    /// makes one of those, then copies it into a native Decimal).
    var namespace = Value.null
    var pythonClass = Value.null
    var pythonNew = Value.null, pythonNewContextIndex = -1
    /// The Python methods the native ones replaced, by DecimalDelegate.rawValue, and the
    /// position of each one's `context` parameter.
    var delegates: [Value] = []
    var delegateContextIndex: [Int] = []
    var getcontext = Value.null, setcontext = Value.null, contextClass = Value.null
    /// `_pydecimal`'s ContextVar for the current context, and the globals of Tern's
    /// `_contextvars` (lib/_contextvars.py), whose `_current._values` maps it to the context.
    var contextVariable = Value.null, contextvarsGlobals = Value.null
    /// The signals in the order `_decimal` picks the one it raises.
    var signalOrder: [Value] = []
    /// The signals the native arithmetic raises.
    var inexact = Value.null, rounded = Value.null
    /// Interned attribute names of contexts and of the Python representation (only Values, so
    /// that reading the struct costs no retain), and the rounding modes' names by DecimalRounding.
    var names = DecimalNames()
    var roundingModes: [Value] = []
    /// An inline cache per context attribute the native methods read (by DecimalContextField):
    /// every operation reads five settings of its context, and `_values` to find the current one.
    var contextCaches: UnsafeMutablePointer<InlineCache>? = nil
}

/// The attributes of a Context (and of `_contextvars._current`) the native methods read.
enum DecimalContextField: Int, CaseIterable {
    case prec, rounding, emin, emax, clamp, flags, traps, ignoredFlags, values
}

struct DecimalNames {
    var prec = Value.null, rounding = Value.null, emin = Value.null, emax = Value.null, clamp = Value.null, capitals = Value.null
    var flags = Value.null, traps = Value.null, ignoredFlags = Value.null, raiseError = Value.null, copy = Value.null
    var current = Value.null, values = Value.null
    var sign = Value.null, coefficient = Value.null, exponent = Value.null
    var infinity = Value.null, quietNaN = Value.null, signalingNaN = Value.null

    func name(_ field: DecimalContextField) -> Value {
        switch field {
        case .prec: return prec
        case .rounding: return rounding
        case .emin: return emin
        case .emax: return emax
        case .clamp: return clamp
        case .flags: return flags
        case .traps: return traps
        case .ignoredFlags: return ignoredFlags
        case .values: return values
        }
    }
}

/// The Decimal methods that are native, each with the Python method it falls back to.
enum DecimalDelegate: Int, CaseIterable {
    case add, radd, sub, rsub, mul, rmul, truediv, rtruediv, floordiv
    case eq, lt, le, gt, ge, quantize, str, repr

    var name: String {
        switch self {
        case .add: return "__add__"
        case .radd: return "__radd__"
        case .sub: return "__sub__"
        case .rsub: return "__rsub__"
        case .mul: return "__mul__"
        case .rmul: return "__rmul__"
        case .truediv: return "__truediv__"
        case .rtruediv: return "__rtruediv__"
        case .floordiv: return "__floordiv__"
        case .eq: return "__eq__"
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        case .quantize: return "quantize"
        case .str: return "__str__"
        case .repr: return "__repr__"
        }
    }
}

extension VM {
    func installDecimalModule(_ module: Value) throws(Raised) {
        if decimalModule.typeID == 0 { try makeDecimalClass() }
        let namespace = DictView(decimalModule.namespace)
        try forEach(dictGetStr(namespace, names.all)) { (name) throws(Raised) in
            try dictSet(DictView(ObjectRef(module)[ModuleLayout.dict]), name, dictGetStr(namespace, name))
        }
        try setModuleAttribute(module, "__doc__", dictGetStr(namespace, names.doc))
        try setModuleAttribute(module, "__version__", try newStr("1.70"))
        // In CPython: the version of libmpdec its _decimal is built with.
        try setModuleAttribute(module, "__libmpdec_version__", try newStr("2.5.1"))
    }

    /// Runs the private `_pydecimal`, makes the native class and moves its methods over.
    private func makeDecimalClass() throws(Raised) {
        let namespace = try newDict().ref.value
        permanentRoots.append(namespace)
        try dictSet(DictView(namespace), names.name, intern("_decimal"))
        let runner = try importName(intern("_stdlib_source"), fromList: .none, level: Value(int: 0), globals: .none)
        _ = try call(try getAttribute(runner, intern("run")), try newStr("_pydecimal.py"), namespace)
        let globals = DictView(namespace)
        let pythonClass = dictGetStr(globals, intern("Decimal"))
        let id = nativeModuleClass(0, name: "Decimal", module: "decimal", base: TypeID.object, layout: .instance)
        types[id].flags.formUnion([.withoutInstanceDict, .namedWithModule])
        decimalModule.namespace = namespace
        decimalModule.pythonClass = pythonClass
        decimalModule.pythonNew = try getAttribute(pythonClass, names.new)
        decimalModule.getcontext = dictGetStr(globals, intern("getcontext"))
        decimalModule.setcontext = dictGetStr(globals, intern("setcontext"))
        decimalModule.contextClass = dictGetStr(globals, intern("Context"))
        decimalModule.contextVariable = dictGetStr(globals, intern("_current_context_var"))
        let contextvars = try importName(intern("_contextvars"), fromList: .none, level: Value(int: 0), globals: .none)
        decimalModule.contextvarsGlobals = ObjectRef(contextvars)[ModuleLayout.dict]
        permanentRoots.append(decimalModule.contextvarsGlobals)
        decimalModule.signalOrder = ["InvalidOperation", "FloatOperation", "DivisionByZero", "Overflow", "Underflow",
                                     "Subnormal", "Inexact", "Rounded", "Clamped"].map { dictGetStr(globals, intern($0)) }
        decimalModule.inexact = dictGetStr(globals, intern("Inexact"))
        decimalModule.rounded = dictGetStr(globals, intern("Rounded"))
        decimalModule.names = DecimalNames(
            prec: intern("prec"), rounding: intern("rounding"), emin: intern("Emin"), emax: intern("Emax"),
            clamp: intern("clamp"), capitals: intern("capitals"), flags: intern("flags"), traps: intern("traps"), ignoredFlags: intern("_ignored_flags"),
            raiseError: intern("_raise_error"), copy: intern("copy"), current: intern("_current"), values: intern("_values"), sign: intern("_sign"), coefficient: intern("_int"), exponent: intern("_exp"),
            infinity: intern("F"), quietNaN: intern("n"), signalingNaN: intern("N"))
        decimalModule.roundingModes = DecimalRounding.allCases.map { intern($0.name) }
        let caches = UnsafeMutablePointer<InlineCache>.allocate(capacity: DecimalContextField.allCases.count)
        caches.initialize(repeating: InlineCache(), count: DecimalContextField.allCases.count)
        decimalModule.contextCaches = caches
        try dictSet(globals, intern("_PyDecimal"), pythonClass)
        try orderDecimalSignals(globals)
        try copyPythonDecimalMethods(from: pythonClass, to: id)
        decimalModule.typeID = id
        defineDecimalRepresentation(id)
        defineDecimalArithmetic(id)
        defineDecimalText(id)
        defineDecimalConversions(id, pythonClass: pythonClass)
        try rebindDecimalGlobals(globals, pythonClass: pythonClass, nativeClass: types[id].object)
    }

    /// Puts the signals in `_decimal`'s order, the order a Context lists its flags and traps in:
    /// the copy's `_signals` (new contexts' flags follow it) and the template contexts' dicts
    /// (new contexts copy their traps).
    private func orderDecimalSignals(_ globals: DictView) throws(Raised) {
        let signals = dictGetStr(globals, intern("_signals"))
        guard typeID(of: signals) == TypeID.list, ListView(signals).count == decimalModule.signalOrder.count else { return }
        for (index, signal) in decimalModule.signalOrder.enumerated() { ListView(signals)[index] = signal }
        for name in ["DefaultContext", "BasicContext", "ExtendedContext"] {
            let context = dictGetStr(globals, intern(name))
            for attribute in [decimalModule.names.flags, decimalModule.names.traps] {
                let old = DictView(try getAttribute(context, attribute))
                let ordered = try newDict()
                for signal in decimalModule.signalOrder { try dictSet(ordered, signal, try dictGet(old, signal)) }
                try setAttribute(context, attribute, ordered.ref.value)
            }
        }
    }

    /// Copies the Python class's methods and class attributes onto the native class (a method
    /// with a context parameter behind the bridge, DecimalBridge.swift), and keeps the ones
    /// native methods will replace as their delegates.
    private func copyPythonDecimalMethods(from pythonClass: Value, to id: Int) throws(Raised) {
        let source = TypeView(pythonClass).dict, target = TypeView(types[id].object).dict
        let representation: Set<String> = ["__slots__", "__dict__", "__weakref__", "__module__", "__qualname__",
                                           "_sign", "_int", "_exp", "_is_special", "__new__"]
        for entry in 0..<source.used where !source.key(entry).isNull {
            let name = swiftString(source.key(entry)), method = source.value(entry)
            if representation.contains(name) { continue }
            // format() calls only a Python __format__ of a class it does not know (TextConversion.swift).
            let contextIndex = name == "__format__" ? -1 : try decimalContextParameter(method)
            if contextIndex < 0 {
                try dictSet(target, source.key(entry), method)
                continue
            }
            defineDecimalMethod(id, name) { vm, arguments throws(Raised) in
                try vm.decimalBridgeCall(method, contextIndex: contextIndex, arguments)
            }
        }
        TypeLookupCache.invalidate()
        decimalModule.delegates = DecimalDelegate.allCases.map { dictGetStr(source, intern($0.name)) }
        decimalModule.delegateContextIndex = try decimalModule.delegates.map { (method) throws(Raised) in
            try decimalContextParameter(method)
        }
        decimalModule.pythonNewContextIndex = try decimalContextParameter(decimalModule.pythonNew)
    }

    /// Points the copy's globals at the native class: `Decimal`, `_dec_from_triple`, the
    /// Decimal constants it made while it ran, and numbers.Number's registration.
    private func rebindDecimalGlobals(_ globals: DictView, pythonClass: Value, nativeClass: Value) throws(Raised) {
        try dictSet(globals, intern("Decimal"), nativeClass)
        let fromTriple = newPlainNative("_dec_from_triple") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_dec_from_triple", min: 3, max: 4)
            return try vm.decimalFromPythonParts(vm.decimalModule.typeID, sign: arguments[0], coefficient: arguments[1],
                                                 exponent: arguments[2])
        }
        try dictSet(globals, intern("_dec_from_triple"), fromTriple)
        let pythonID = TypeView(pythonClass).ownTypeID
        for entry in 0..<globals.used where !globals.key(entry).isNull {
            let value = globals.value(entry)
            if value.isObject && ObjectRef(value).kind == .instance && typeID(of: value) == pythonID {
                globals.setValue(entry, try decimalFromPythonDecimal(value, typeID: decimalModule.typeID))
            } else if value.isObject && ObjectRef(value).kind == .tuple {
                let items = TupleView(value)
                guard (0..<items.count).contains(where: { typeID(of: items[$0]) == pythonID }) else { continue }
                let converted = try newTuple(count: items.count) { (index) throws(Raised) in
                    typeID(of: items[index]) == pythonID
                        ? try decimalFromPythonDecimal(items[index], typeID: decimalModule.typeID) : items[index]
                }
                globals.setValue(entry, converted)
            }
        }
        let numbers = dictGetStr(globals, intern("_numbers"))
        _ = try call(try getAttribute(try getAttribute(numbers, intern("Number")), intern("register")), nativeClass)
    }

    /// Defines a native method of Decimal that checks its own arguments: Decimal's __neg__,
    /// __str__ and the like take a context, where defineMethod would allow them nothing.
    func defineDecimalMethod(_ id: Int, _ name: String, _ function: @escaping NativeFunction) {
        try! dictSet(TypeView(types[id].object).dict, intern(name), newNative(name, receiverType: id, function))
        TypeLookupCache.invalidate()
    }

    /// Calls the Python method a native one replaced, with the native call's arguments.
    func decimalDelegate(_ method: DecimalDelegate, _ arguments: Arguments) throws(Raised) -> Value {
        // == and != with a float set FloatOperation without raising it, trapped or not (_pydecimal
        // sets the flag itself), so __eq__ bypasses the bridge.
        if method == .eq {
            return try call(decimalModule.delegates[method.rawValue], arguments: arguments.base, count: arguments.count,
                            keywordNames: arguments.keywordNames)
        }
        return try decimalBridgeCall(decimalModule.delegates[method.rawValue],
                              contextIndex: decimalModule.delegateContextIndex[method.rawValue], arguments)
    }
}
