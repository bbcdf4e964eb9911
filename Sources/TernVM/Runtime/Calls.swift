import TernCompiler

// Calling any callable from Swift: Python functions, builtins written in Swift,
// bound methods, classes (instantiation) and objects with __call__.

/// A builtin written in Swift. `arguments` points into the value stack (or a
/// reserved scratch area above it), so natives never copy their arguments.
typealias NativeFunction = (VM, Arguments) throws(Raised) -> Value

struct NativeEntry {
    var name: String
    var function: NativeFunction
    /// The type the first argument must be an instance of (methods, getters) or a
    /// subclass of (`__new__`, class methods); -1 when anything goes. Checked in
    /// `call` so that no native ever reads a receiver of the wrong layout.
    var receiverType = -1
    var receiverIsClass = false
    /// How many arguments a method takes besides its receiver, when declared;
    /// checked in `call` (like the receiver) so that no native reads an argument
    /// that was not passed: the slots past the last argument hold stale values.
    var arity: ClosedRange<Int>? = nil
    /// A method of int, float, str, bytes or complex: called on an instance of a subclass, it gets the
    /// builtin value that instance carries (ContainerSubclasses.swift) as its receiver.
    var unwrapsPayload = false
    /// A module's or builtins' function: as CPython's builtin_function_or_method, a class
    /// attribute holding it does not bind it to instances.
    var isPlainFunction = false
    /// The type a static method belongs to (which takes any arguments), for its __qualname__.
    var staticOwner = -1
}

/// The native indices of the builtins CALL makes itself (`quickBuiltinCall`); -1 before they are defined.
struct QuickNatives {
    var isInstance = -1, len = -1, listAppend = -1, dictGet = -1
}

/// The arguments of a native call: positional ones first, then the values of
/// the keywords named by `keywordNames` (a tuple of str, or NULL).
struct Arguments {
    let base: UnsafeMutablePointer<Value>
    let count: Int
    let keywordNames: Value

    @inline(__always) var keywordCount: Int { keywordNames.isNull ? 0 : TupleView(keywordNames).count }
    @inline(__always) var positionalCount: Int { count - keywordCount }
    @inline(__always) subscript(index: Int) -> Value { base[index] }

    /// The value passed for keyword `name`, or NULL.
    func keyword(_ name: String) -> Value {
        if keywordNames.isNull { return .null }
        let names = TupleView(keywordNames)
        for index in 0..<names.count where StrView(names[index]).equals(name) {
            return base[positionalCount + index]
        }
        return .null
    }
}

extension VM {
    /// The first free slot above every frame's values: scratch space for building calls.
    @inline(__always) var stackTop: UnsafeMutablePointer<Value> { frames[frameCount - 1].sp }

    /// Runs `body` with `count` reserved slots above the stack top (kept visible to the collector).
    /// Inlined, as withRoots is: a call would retain and release the VM its closure captures.
    @inline(__always) func withStackSpace<R>(_ count: Int, _ body: (UnsafeMutablePointer<Value>) throws(Raised) -> R) throws(Raised) -> R {
        let top = frames[frameCount - 1].sp
        if top + count >= stackLimit { throw raise(exceptionTypes.recursionError, "maximum recursion depth exceeded") }
        for index in 0..<count { top[index] = .null }
        frames[frameCount - 1].sp = top + count
        defer { frames[frameCount - 1].sp = top }
        return try body(top)
    }

    /// callable(value): whether calling it can do anything but raise "not callable".
    func isCallable(_ value: Value) -> Bool {
        if !value.isObject { return false }
        switch ObjectRef(value).kind {
        case .function, .builtinFunction, .boundMethod, .type: return true
        default: return !lookupInType(typeID(of: value), names.call).isNull
        }
    }

    func call(_ callable: Value, arguments: UnsafeMutablePointer<Value>, count: Int, keywordNames: Value) throws(Raised) -> Value {
        guard callable.isObject else { throw raiseTypeError("'\(typeName(callable))' object is not callable") }
        let ref = ObjectRef(callable)
        switch ref.kind {
        case .function:
            return try callFunction(callable, arguments: arguments, count: count, keywordNames: keywordNames)
        case .builtinFunction:
            return try callBuiltin(ref, arguments: arguments, count: count, keywordNames: keywordNames)
        case .boundMethod:
            let function = ref[BoundMethodLayout.function]
            let receiver = ref[BoundMethodLayout.receiver]
            return try withStackSpace(count + 1) { (scratch) throws(Raised) in
                scratch[0] = receiver
                for index in 0..<count { scratch[index + 1] = arguments[index] }
                return try call(function, arguments: scratch, count: count + 1, keywordNames: keywordNames)
            }
        case .type:
            return try callType(callable, arguments: arguments, count: count, keywordNames: keywordNames)
        default:
            let method = lookupInType(typeID(of: callable), names.call)
            if method.isNull { throw raiseTypeError("'\(typeName(callable))' object is not callable") }
            if !takesReceiver(method) {
                // An instance set as its own class's __call__ calls itself without end.
                try enterNativeRecursion(" while calling a Python object")
                defer { nativeDepth -= 1 }
                let bound = try bindSpecial(method, callable)
                return try withRoots(bound) { () throws(Raised) in
                    try call(bound, arguments: arguments, count: count, keywordNames: keywordNames)
                }
            }
            return try withStackSpace(count + 1) { (scratch) throws(Raised) in
                scratch[0] = callable
                for index in 0..<count { scratch[index + 1] = arguments[index] }
                return try call(method, arguments: scratch, count: count + 1, keywordNames: keywordNames)
            }
        }
    }

    /// Calls a builtin function: its receiver and argument-count checks, then the Swift closure.
    /// CALL comes here directly for builtins (not through `call`'s dispatch).
    func callBuiltin(_ ref: ObjectRef, arguments: UnsafeMutablePointer<Value>, count: Int, keywordNames: Value) throws(Raised) -> Value {
        let native = ref.word(BuiltinFunctionLayout.native)
        if natives[native].receiverType >= 0 {
            // The receiver is the first positional argument: a keyword's value is not one.
            let positional = keywordNames.isNull ? count : count - TupleView(keywordNames).count
            try checkReceiver(native, arguments, positional)
            if positional > 0 && natives[native].unwrapsPayload && hasPayload(arguments[0]) {
                return try withStackSpace(count) { (scratch) throws(Raised) in
                    scratch.update(from: arguments, count: count)
                    scratch[0] = builtinSelf(arguments[0])
                    return try callBuiltin(ref, arguments: scratch, count: count, keywordNames: keywordNames)
                }
            }
        }
        if let arity = natives[native].arity, !arity.contains(count - 1) || !keywordNames.isNull {
            throw arityError(native, arity, count - 1, keywordNames)
        }
        // Natives that reach other natives through Python-level calls (a dunder calling
        // binaryOp calling the dunder) recurse on the Swift stack with no Python frame
        // in between: bound them so that no input can exhaust that stack.
        if nativeCallDepth >= VM.nativeCallLimit { throw recursionDepthExceeded() }
        nativeCallDepth &+= 1
        defer { nativeCallDepth &-= 1 }
        return try natives[native].function(self, Arguments(base: arguments, count: count, keywordNames: keywordNames))
    }

    /// CALL of a native in `quickNatives` with arguments it takes in the common case — isinstance(x, C)
    /// with C's metaclass builtin (or a tuple of such classes), len() of a builtin container,
    /// list.append and dict.get of exact lists and dicts — made directly, without callBuiltin's
    /// checks and the closure call (CPython 3.11 specialises these in CALL); NULL for any other call.
    @inline(never)
    func quickBuiltinCall(_ native: Int, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws(Raised) -> Value {
        if native == quickNatives.isInstance {
            guard count == 2, let answer = plainIsInstance(arguments[0], arguments[1]) else { return .null }
            return Value(bool: answer)
        }
        if native == quickNatives.listAppend {
            guard count == 2, typeID(of: arguments[0]) == TypeID.list else { return .null }
            try listAppend(ListView(arguments[0]), arguments[1])
            return .none
        }
        if native == quickNatives.len {
            guard count == 1, let length = builtinLength(arguments[0]), Value.fitsSmallInt(Int64(length)) else { return .null }
            return Value(int: length)
        }
        if native == quickNatives.dictGet {
            guard count == 2 || count == 3, typeID(of: arguments[0]) == TypeID.dict else { return .null }
            let found = try dictGet(DictView(arguments[0]), arguments[1])
            return found.isNull ? (count == 3 ? arguments[2] : .none) : found
        }
        return .null
    }

    /// str(x) and type(x) as CALL makes them, without type.__call__'s lookups of __new__ and __init__
    /// and the native call (CPython 3.11: PRECALL_NO_KW_STR_1, PRECALL_NO_KW_TYPE_1); NULL for any other class call.
    @inline(never)
    func quickClassCall(_ type: Value, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws(Raised) -> Value {
        guard count == 1 else { return .null }
        if type == types[TypeID.str].object { return try str(arguments[0]) }
        if type == types[TypeID.type].object { return typeOf(arguments[0]) }
        return .null
    }

    /// RecursionError, built out of line so that the paths that check for it stay small.
    @inline(never) func recursionDepthExceeded() -> Raised {
        raise(exceptionTypes.recursionError, "maximum recursion depth exceeded")
    }

    /// Calls with positional arguments given as Swift values.
    // One to four arguments without the variadic form's Swift array (a malloc and ARC per
    // call): dunders called from Swift (__add__, __eq__, __get__, __hash__) take these.
    func call(_ callable: Value, _ a: Value) throws(Raised) -> Value {
        try withStackSpace(1) { (scratch) throws(Raised) in
            scratch[0] = a
            return try call(callable, arguments: scratch, count: 1, keywordNames: .null)
        }
    }

    func call(_ callable: Value, _ a: Value, _ b: Value) throws(Raised) -> Value {
        try withStackSpace(2) { (scratch) throws(Raised) in
            scratch[0] = a; scratch[1] = b
            return try call(callable, arguments: scratch, count: 2, keywordNames: .null)
        }
    }

    func call(_ callable: Value, _ a: Value, _ b: Value, _ c: Value) throws(Raised) -> Value {
        try withStackSpace(3) { (scratch) throws(Raised) in
            scratch[0] = a; scratch[1] = b; scratch[2] = c
            return try call(callable, arguments: scratch, count: 3, keywordNames: .null)
        }
    }

    func call(_ callable: Value, _ a: Value, _ b: Value, _ c: Value, _ d: Value) throws(Raised) -> Value {
        try withStackSpace(4) { (scratch) throws(Raised) in
            scratch[0] = a; scratch[1] = b; scratch[2] = c; scratch[3] = d
            return try call(callable, arguments: scratch, count: 4, keywordNames: .null)
        }
    }

    func call(_ callable: Value, _ arguments: Value...) throws(Raised) -> Value {
        try withStackSpace(arguments.count) { (scratch) throws(Raised) in
            for index in 0..<arguments.count { scratch[index] = arguments[index] }
            return try call(callable, arguments: scratch, count: arguments.count, keywordNames: .null)
        }
    }

    /// Calls with arguments from a Swift array; they (and the keyword-name tuple)
    /// are copied to a reserved stack area first, so the collector sees them.
    func call(_ callable: Value, arguments: [Value], keywordNames: Value) throws(Raised) -> Value {
        try withStackSpace(arguments.count + 2) { (scratch) throws(Raised) in
            for index in 0..<arguments.count { scratch[index] = arguments[index] }
            scratch[arguments.count] = keywordNames
            scratch[arguments.count + 1] = callable
            return try call(callable, arguments: scratch, count: arguments.count, keywordNames: keywordNames)
        }
    }

    /// CALL_FUNCTION_EX: the callable, NULL, the positional tuple and (flag 1) the keyword dict on the
    /// stack below `sp` give way to the result; returns the new stack top.
    func callFunctionEx(_ sp: UnsafeMutablePointer<Value>, flags: Int) throws(Raised) -> UnsafeMutablePointer<Value> {
        let hasKeywords = flags & 1 != 0
        let callableSlot = sp - (hasKeywords ? 4 : 3)
        callableSlot[0] = try callWithTupleAndDict(callableSlot[0], callableSlot[2], hasKeywords ? callableSlot[3] : .null)
        return callableSlot + 1
    }

    /// callable(*args, **kwargs) with args a tuple (or any iterable) and kwargs a mapping or NULL.
    func callWithTupleAndDict(_ callable: Value, _ positional: Value, _ keywords: Value) throws(Raised) -> Value {
        var positionalTuple = positional
        if typeID(of: positional) != TypeID.tuple {
            positionalTuple = try withRoots(callable, keywords) { () throws(Raised) in
                do throws(Raised) {
                    return try tupleFrom(positional)
                } catch {
                    // In CPython: f(*x) with a non-iterable x names the callee.
                    if exceptionMatches(raisedException, exceptionTypes.typeError)
                        && lookupInType(typeID(of: positional), names.iter).isNull
                        && lookupInType(typeID(of: positional), names.getitem).isNull {
                        throw raiseTypeError("\(calleeDescription(callable)) argument after * must be an iterable, not \(typeName(positional))")
                    }
                    throw error
                }
            }
        }
        let tuple = TupleView(positionalTuple)
        var keywordDict: DictView? = nil
        if !keywords.isNull {
            if typeID(of: keywords) == TypeID.dict {
                keywordDict = DictView(keywords)
            } else {
                keywordDict = try withRoots(callable, positionalTuple) { () throws(Raised) in
                    let copy = try newDict()
                    try withRoots(copy.ref.value) { () throws(Raised) in
                        try dictUpdate(copy, keywords, rejectDuplicates: false)
                    }
                    return copy
                }
            }
        }
        let keywordCount = keywordDict?.count ?? 0
        let total = tuple.count + keywordCount
        return try withStackSpace(total + 3) { (scratch) throws(Raised) in
            scratch[total] = positionalTuple
            scratch[total + 1] = keywordDict?.ref.value ?? .null
            for index in 0..<tuple.count { scratch[index] = tuple[index] }
            var names = Value.null
            if let keywordDict, keywordCount > 0 {
                let nameTuple = try allocateTuple(count: keywordCount)
                var position = 0
                try dictForEach(keywordDict) { (key, value) throws(Raised) in
                    if !isStr(key) { throw raiseTypeError("keywords must be strings") }
                    nameTuple[position] = key
                    scratch[tuple.count + position] = value
                    position += 1
                }
                names = nameTuple.ref.value
                scratch[total + 2] = names
            }
            return try call(callable, arguments: scratch, count: total, keywordNames: names)
        }
    }

    /// How CPython names a callee in argument errors: `f()` for functions, `C()` for classes.
    func calleeDescription(_ callable: Value) -> String {
        guard callable.isObject else { return typeName(callable) + " object" }
        let ref = ObjectRef(callable)
        switch ref.kind {
        case .function:
            let module = ref[FunctionLayout.module]
            let prefix = isStr(module) && swiftString(module) != "builtins" ? swiftString(module) + "." : ""
            return prefix + functionQualifiedName(ref) + "()"
        case .builtinFunction: return swiftString(ref[BuiltinFunctionLayout.name]) + "()"
        case .type: return swiftString(ref[TypeLayout.qualifiedName]) + "()"
        default: return typeName(callable) + " object"
        }
    }

    // MARK: Natives

    /// Registers a Swift function and returns a builtin function object for it.
    func newNative(_ name: String, receiverType: Int = -1, receiverIsClass: Bool = false, arity: ClosedRange<Int>? = nil,
                   isPlainFunction: Bool = false, _ function: @escaping NativeFunction) -> Value {
        let valueType = receiverType == TypeID.int || receiverType == TypeID.float
            || receiverType == TypeID.str || receiverType == TypeID.bytes || receiverType == TypeID.complex
        natives.append(NativeEntry(name: name, function: function, receiverType: receiverType, receiverIsClass: receiverIsClass,
                                   arity: arity, unwrapsPayload: valueType && !receiverIsClass, isPlainFunction: isPlainFunction))
        let ref = beyondHeapLimit { () throws(Raised) in try allocate(kind: .builtinFunction, typeID: TypeID.builtinFunction, words: BuiltinFunctionLayout.words) }
        ref.setWord(BuiltinFunctionLayout.native, natives.count - 1)
        ref[BuiltinFunctionLayout.name] = intern(name)
        return ref.value
    }

    /// A module-level native function (never bound as a method).
    func newPlainNative(_ name: String, _ function: @escaping NativeFunction) -> Value {
        newNative(name, isPlainFunction: true, function)
    }

    /// Whether a function found on a class binds to the instance it is read from.
    func bindsAsMethod(_ function: ObjectRef) -> Bool {
        function.kind == .function || (function.kind == .builtinFunction && !natives[function.word(BuiltinFunctionLayout.native)].isPlainFunction)
    }

    /// Defines a method of a builtin type (its first argument is self). `arguments`,
    /// when given, is how many positional arguments it takes besides self (no
    /// keywords); `call` checks it before the native runs. Slot wrappers that take nothing
    /// besides self (`slotsTakingNoArguments`) declare 0...0 without saying so.
    func defineMethod(_ typeID: Int, _ name: String, arguments arity: ClosedRange<Int>? = nil, _ function: @escaping NativeFunction) {
        let declared = arity ?? (VM.slotsTakingNoArguments.contains(name) ? 0...0 : nil)
        defineTypeAttribute(typeID, name, newNative(name, receiverType: typeID, arity: declared, function))
    }

    /// Slot wrappers that take nothing besides self, whatever type defines them: their
    /// natives need not check (`'abc'.__len__(1)` is a TypeError, not 3).
    static let slotsTakingNoArguments: Set<String> = [
        "__len__", "__hash__", "__iter__", "__next__", "__repr__", "__str__", "__bool__", "__neg__", "__pos__",
        "__abs__", "__invert__", "__int__", "__float__", "__index__", "__await__", "__aiter__", "__anext__",
    ]

    /// Defines a static method (e.g. __new__, whose first argument is the class).
    func defineStaticMethod(_ typeID: Int, _ name: String, _ function: @escaping NativeFunction) {
        // Only __new__ receives the class first; other static methods (str.maketrans) take plain arguments.
        let native = newNative(name, receiverType: name == "__new__" ? typeID : -1, receiverIsClass: true, function)
        natives[natives.count - 1].staticOwner = typeID
        defineTypeAttribute(typeID, name, wrapNative(native, kind: .staticMethod, wrapperType: TypeID.staticMethod))
    }

    func defineClassMethod(_ typeID: Int, _ name: String, _ function: @escaping NativeFunction) {
        let native = newNative(name, receiverType: typeID, receiverIsClass: true, function)
        defineTypeAttribute(typeID, name, wrapNative(native, kind: .classMethod, wrapperType: TypeID.classMethod))
    }

    /// A staticmethod or classmethod object around a builtin function.
    private func wrapNative(_ native: Value, kind: ObjectKind, wrapperType: Int) -> Value {
        let wrapper = beyondHeapLimit { () throws(Raised) in try allocate(kind: kind, typeID: wrapperType, words: WrapperLayout.words) }
        wrapper[WrapperLayout.function] = native
        return wrapper.value
    }

    /// Stores an attribute of a builtin type. Definitions run at start-up or when a
    /// module is imported, so they may pass `max_heap`.
    private func defineTypeAttribute(_ typeID: Int, _ name: String, _ value: Value) {
        TypeLookupCache.invalidate()
        beyondHeapLimit { () throws(Raised) in try dictSet(TypeView(types[typeID].object).dict, intern(name), value) }
    }

    // MARK: Argument checking for natives

    /// Raises CPython's TypeError when a native method gets no receiver or one of the wrong type
    /// (`list.append(5, 1)`, `list.__new__(int)`).
    @inline(__always)
    private func checkReceiver(_ native: Int, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) throws(Raised) {
        // The common case touches no strings: a receiver of the right type.
        let receiverType = natives[native].receiverType
        if count > 0 {
            let receiver = arguments[0]
            if natives[native].receiverIsClass {
                if isType(receiver) && isSubtype(TypeView(receiver).ownTypeID, receiverType) { return }
            } else if isInstance(receiver, typeID: receiverType) {
                return
            }
        }
        throw receiverError(native, arguments, count)
    }

    private func receiverError(_ native: Int, _ arguments: UnsafeMutablePointer<Value>, _ count: Int) -> Raised {
        let entry = natives[native]
        let owner = typeName(id: entry.receiverType)
        if count == 0 {
            if entry.receiverIsClass { return raiseTypeError("\(owner).\(entry.name)(): not enough arguments") }
            // In CPython dunders are slot wrappers, which word it differently from methods.
            if isSlotWrapperName(entry.name) {
                return raiseTypeError("descriptor '\(entry.name)' of '\(owner)' object needs an argument")
            }
            return raiseTypeError("unbound method \(owner).\(entry.name)() needs an argument")
        }
        let receiver = arguments[0]
        if entry.receiverIsClass {
            guard isType(receiver) else {
                return raiseTypeError("\(owner).\(entry.name)(X): X is not a type object (\(typeName(receiver)))")
            }
            let id = TypeView(receiver).ownTypeID
            return raiseTypeError("\(owner).\(entry.name)(\(typeName(id: id))): \(typeName(id: id)) is not a subtype of \(owner)")
        }
        return raiseTypeError("descriptor '\(entry.name)' for '\(typeNameInMessages(id: entry.receiverType))' objects doesn't apply to a '\(typeName(receiver))' object")
    }

    /// Whether CPython implements a builtin method of this name as a slot wrapper (most
    /// dunders) rather than as a method descriptor; the two word argument errors differently.
    private func isSlotWrapperName(_ name: String) -> Bool {
        name.hasPrefix("__") && name.hasSuffix("__") && !VM.dunderMethodDescriptors.contains(name)
    }

    /// Dunders that CPython's builtin types define as plain methods, not slots.
    private static let dunderMethodDescriptors: Set<String> = [
        "__format__", "__reduce__", "__reduce_ex__", "__dir__", "__sizeof__", "__round__", "__trunc__", "__floor__",
        "__ceil__", "__getnewargs__", "__getstate__", "__setstate__", "__subclasshook__", "__init_subclass__",
        "__class_getitem__", "__length_hint__", "__reversed__", "__copy__", "__deepcopy__", "__enter__", "__exit__",
        "__instancecheck__", "__subclasscheck__", "__subclasses__", "__prepare__",
    ]

    /// CPython's messages for a method called with the wrong number of arguments: slot
    /// wrappers (dunders) say `expected 1 argument, got 0`; other methods
    /// `list.append() takes exactly one argument (0 given)`.
    private func arityError(_ native: Int, _ arity: ClosedRange<Int>, _ given: Int, _ keywordNames: Value) -> Raised {
        let entry = natives[native]
        return methodArgumentsError("\(typeName(id: entry.receiverType)).\(entry.name)", entry.name, arity, given: given,
                                    keywords: !keywordNames.isNull)
    }

    /// The TypeError for builtin method `name` (`qualified`: `type.name`) given `given` positional
    /// arguments besides self outside `arity`, or keywords: one wording for the declared arities
    /// of `defineMethod` and the checks natives make themselves (`expectMethodArguments`).
    private func methodArgumentsError(_ qualified: String, _ name: String, _ arity: ClosedRange<Int>, given: Int, keywords: Bool) -> Raised {
        if keywords { return raiseTypeError("\(qualified)() takes no keyword arguments") }
        let expected = given < arity.lowerBound ? arity.lowerBound : arity.upperBound
        let bound = arity.lowerBound == arity.upperBound ? "" : (given < arity.lowerBound ? "at least " : "at most ")
        if isSlotWrapperName(name) {
            // In CPython: wrappers taking one argument or none check the count themselves
            // (check_num_args); the others unpack a tuple under an empty name, hence the space.
            let prefix = arity == 0...0 || arity == 1...1 ? "" : " "
            return raiseTypeError("\(prefix)expected \(bound)\(expected) argument\(expected == 1 ? "" : "s"), got \(given)")
        }
        switch (arity.lowerBound, arity.upperBound) {
        case (0, 0): return raiseTypeError("\(qualified)() takes no arguments (\(given) given)")
        case (1, 1): return raiseTypeError("\(qualified)() takes exactly one argument (\(given) given)")
        default: return raiseTypeError("\(name) expected \(bound)\(expected) argument\(expected == 1 ? "" : "s"), got \(given)")
        }
    }

    /// Binds a native's arguments to parameter names (positional or keyword), CPython style.
    /// Returns one Value per name, NULL where not given; `skip` leading arguments (self, cls) are ignored.
    func bindNativeArguments(_ arguments: Arguments, _ function: String, _ parameterNames: [String],
                             required: Int, skip: Int = 0) throws(Raised) -> [Value] {
        var bound = [Value](repeating: .null, count: parameterNames.count)
        let positional = arguments.positionalCount - skip
        if positional > parameterNames.count {
            throw raiseTypeError("\(function)() takes at most \(parameterNames.count) argument\(parameterNames.count == 1 ? "" : "s") (\(positional) given)")
        }
        for index in 0..<max(0, positional) { bound[index] = arguments[skip + index] }
        try bindKeywordArguments(arguments, into: &bound, function: function) { name in parameterNames.firstIndex(where: { name.equals($0) }) }
        for index in 0..<required where bound[index].isNull {
            throw raiseTypeError("\(function)() missing required argument '\(parameterNames[index])' (pos \(index + 1))")
        }
        return bound
    }

    /// Puts each keyword argument in `bound` at the slot `slot(name)` gives, with CPython's
    /// errors for an unknown name and for one already given by position. `function` is the
    /// name the messages show; nil for PyArg_ParseTupleAndKeywords' unnamed wording.
    func bindKeywordArguments(_ arguments: Arguments, into bound: inout [Value], function: String?,
                              slot: (StrView) -> Int?) throws(Raised) {
        if arguments.keywordNames.isNull { return }
        let names = TupleView(arguments.keywordNames)
        for index in 0..<names.count {
            let name = StrView(names[index])
            guard let slot = slot(name) else {
                throw raiseTypeError("'\(name.string)' is an invalid keyword argument for \(function.map { "\($0)()" } ?? "this function")")
            }
            if !bound[slot].isNull {
                throw raiseTypeError("argument for \(function.map { "\($0)()" } ?? "function") given by name ('\(name.string)') and position (\(slot + 1))")
            }
            bound[slot] = arguments[arguments.positionalCount + index]
        }
    }

    // The count checks of builtins are inlined; their errors are built out of line.
    @inline(__always) func expectArguments(_ arguments: Arguments, _ name: String, min: Int, max: Int) throws(Raised) {
        if arguments.keywordNames.isNull && arguments.count >= min && arguments.count <= max { return }
        try expectArgumentsSlowly(arguments, name, min: min, max: max)
    }

    /// The positional arguments of float's and tuple's __new__. In CPython these refuse
    /// keywords only when the type's __init__ is object's: a subclass with an __init__ of
    /// its own may be called with keywords, which __new__ leaves to that __init__.
    func positionalNewArguments(_ arguments: Arguments, _ name: String) throws(Raised) -> Arguments {
        if arguments.keywordCount == 0 { return arguments }
        let id = isType(arguments[0]) ? TypeView(arguments[0]).ownTypeID : TypeID.object
        if isBuiltinMethod(lookupInType(id, names.`init`), of: TypeID.object, names.`init`) {
            throw raiseTypeError("\(name)() takes no keyword arguments")
        }
        return Arguments(base: arguments.base, count: arguments.positionalCount, keywordNames: .null)
    }

    @inline(never) private func expectArgumentsSlowly(_ arguments: Arguments, _ name: String, min: Int, max: Int) throws(Raised) {
        if arguments.keywordCount > 0 {
            throw raiseTypeError("\(name)() takes no keyword arguments")
        }
        let count = arguments.count
        if count < min || count > max {
            if min == max {
                if min == 0 { throw raiseTypeError("\(name)() takes no arguments (\(count) given)") }
                if min == 1 { throw raiseTypeError("\(name)() takes exactly one argument (\(count) given)") }
                throw raiseTypeError("\(name) expected \(min) arguments, got \(count)")
            }
            if count < min {
                throw raiseTypeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(count)")
            }
            throw raiseTypeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(count)")
        }
    }

    /// `type.name` for a builtin method's "takes ..." errors, the type being the first on the
    /// receiver's MRO that defines the method (CPython names the method's own type, also for
    /// an instance of a subclass). Names given qualified, and slot wrappers, are left as they are.
    private func qualifiedMethodName(_ name: String, receiver: Value) -> String {
        if name.contains(".") || isSlotWrapperName(name) { return name }
        let key = intern(name)
        let mro = TypeView(types[typeID(of: receiver)].object).mro
        for index in 0..<mro.count where dictFindStr(TypeView(mro[index]).dict, key) >= 0 {
            return "\(typeName(id: TypeView(mro[index]).ownTypeID)).\(name)"
        }
        return name
    }

    /// For methods: `count` includes self; messages count without it, as CPython does.
    @inline(__always) func expectMethodArguments(_ arguments: Arguments, _ name: String, min: Int, max: Int) throws(Raised) {
        if arguments.keywordNames.isNull && arguments.count - 1 >= min && arguments.count - 1 <= max { return }
        try expectMethodArgumentsSlowly(arguments, name, min: min, max: max)
    }

    @inline(never) private func expectMethodArgumentsSlowly(_ arguments: Arguments, _ name: String, min: Int, max: Int) throws(Raised) {
        let given = arguments.count - 1
        let keywords = arguments.keywordCount > 0
        guard keywords || given < min || given > max else { return }
        throw methodArgumentsError(qualifiedMethodName(name, receiver: arguments[0]), name, min...max, given: given, keywords: keywords)
    }
}
