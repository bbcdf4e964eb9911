// Classes: `class` statements (__build_class__), type(name, bases, dict), the
// C3 method resolution order, instantiation (__new__ then __init__), and super().

extension VM {
    /// Calling a class: type(x), or instantiate.
    func callType(_ type: Value, arguments: UnsafeMutablePointer<Value>, count: Int, keywordNames: Value) throws(Raised) -> Value {
        let metatypeID = typeID(of: type)
        if metatypeID != TypeID.type {
            // A metaclass that defines __call__ decides what calling its classes does.
            let hook = lookupInType(metatypeID, names.call)
            if hook.isObject && ObjectRef(hook).kind == .function {
                return try withStackSpace(count + 1) { (scratch) throws(Raised) in
                    scratch[0] = type
                    for index in 0..<count { scratch[index + 1] = arguments[index] }
                    return try call(hook, arguments: scratch, count: count + 1, keywordNames: keywordNames)
                }
            }
        }
        return try constructInstance(type, arguments: arguments, count: count, keywordNames: keywordNames)
    }

    /// type.__call__: __new__ then, when it returned an instance of the class, __init__.
    func constructInstance(_ type: Value, arguments: UnsafeMutablePointer<Value>, count: Int, keywordNames: Value) throws(Raised) -> Value {
        let id = TypeView(type).ownTypeID
        if id == TypeID.type {
            if count == 1 && keywordNames.isNull { return typeOf(arguments[0]) }
            let keywordCount = keywordNames.isNull ? 0 : TupleView(keywordNames).count
            if count - keywordCount != 3 { throw raiseTypeError("type() takes 1 or 3 arguments") }
            // type(name, bases, dict) is the most derived metaclass's call (enum's Enum('X', ...)).
            let bases = try argument(arguments[1], TypeID.tuple, "type.__new__() argument 2")
            let winner = try mostDerivedMetaclass(type, bases)
            if winner != type { return try call(winner, arguments: arguments, count: count, keywordNames: keywordNames) }
            return try createClass(metatype: type, name: arguments[0], bases: arguments[1], namespace: arguments[2],
                                   keywordNames: keywordNames, keywordValues: arguments + 3)
        }
        let new = lookupInType(id, names.new)
        // object's MRO is itself alone, so these are its own dict's entries (through the lookup cache).
        let objectNew = lookupInType(TypeID.object, names.new)
        let initializer = lookupInType(id, names.`init`)
        let objectInit = lookupInType(TypeID.object, names.`init`)
        var instance: Value
        if new == objectNew {
            if count > 0 && initializer == objectInit {
                throw raiseTypeError("\(swiftString(TypeView(type).name))() takes no arguments")
            }
            instance = try newInstance(id)
        } else {
            let function = ObjectRef(new).kind == .staticMethod ? ObjectRef(new)[WrapperLayout.function] : new
            instance = try withStackSpace(count + 1) { (scratch) throws(Raised) in
                scratch[0] = type
                for index in 0..<count { scratch[index + 1] = arguments[index] }
                return try call(function, arguments: scratch, count: count + 1, keywordNames: keywordNames)
            }
        }
        if initializer != objectInit && !initializer.isNull && isInstance(instance, typeID: id) {
            try withRoots(instance) { () throws(Raised) in
                let result = try withStackSpace(count + 1) { (scratch) throws(Raised) in
                    scratch[0] = instance
                    for index in 0..<count { scratch[index + 1] = arguments[index] }
                    return try call(initializer, arguments: scratch, count: count + 1, keywordNames: keywordNames)
                }
                if !result.isNone {
                    throw raiseTypeError("__init__() should return None, not '\(typeName(result))'")
                }
            }
        }
        return instance
    }

    /// A fresh instance of a user class (object.__new__).
    func newInstance(_ id: Int, refusingAbstract: Bool = true) throws(Raised) -> Value {
        if refusingAbstract && types[id].flags.contains(.abstract) { throw abstractInstantiationError(id) }
        let layout = types[id].layout
        if layout == .exception {
            let ref = try allocate(kind: .exception, typeID: id, words: ExceptionLayout.words)
            ref[ExceptionLayout.args] = emptyTuple
            return ref.value
        }
        // A class whose builtin base has its own layout (int, str, list, ...) must be made by that base's __new__.
        let solidBase = TypeView(ObjectRef(types[id].object)[TypeLayout.solidBase]).ownTypeID
        if layout != .instance || (solidBase != TypeID.object && solidBase != id) {
            throw raiseTypeError("object.__new__(\(typeName(id: id))) is not safe, use \(typeName(id: id)).__new__()")
        }
        let instance = try allocate(kind: .instance, typeID: id, words: InstanceLayout.words).value
        if types[id].flags.contains(.hasFinalizer) { finalizable.append(instance) }
        return instance
    }

    /// type.__new__(metatype, name, bases, namespace): builds and registers a class.
    func createClass(metatype: Value, name: Value, bases basesValue: Value, namespace: Value,
                     keywordNames: Value, keywordValues: UnsafeMutablePointer<Value>?) throws(Raised) -> Value {
        let name = try argument(name, TypeID.str, "type.__new__() argument 1")
        let basesValue = try argument(basesValue, TypeID.tuple, "type.__new__() argument 2")
        let namespace = try argument(namespace, TypeID.dict, "type.__new__() argument 3")
        var bases = basesValue
        if TupleView(bases).count == 0 { bases = try newTuple([typeObject(TypeID.object)]) }
        let baseTuple = TupleView(bases)
        var solidBase = TypeID.object
        var isException = false
        // In CPython: best_base, the base whose instance layout extends every other's.
        var bestBase = TypeID.object, layoutOwner = -1
        for index in 0..<baseTuple.count {
            let base = baseTuple[index]
            guard isType(base) else { throw raiseTypeError("bases must be types") }
            for earlier in 0..<index where baseTuple[earlier] == base {
                throw raiseTypeError("duplicate base class \(swiftString(TypeView(base).name))")
            }
            let baseID = TypeView(base).ownTypeID
            if baseID == TypeID.bool || baseID == TypeID.range || baseID == TypeID.slice || baseID == TypeID.function || baseID == TypeID.generator
                || baseID == WeakReferenceTypeIDs.proxy || baseID == WeakReferenceTypeIDs.callableProxy
                || types[baseID].flags.contains(.final) {
                // In CPython the message names the type by its tp_name, which for a module's class carries the module.
                let module = dictGetStr(TypeView(base).dict, names.module)
                let shown = types[baseID].flags.contains(.final) && isStr(module) && swiftString(module) != "builtins" ? swiftString(module) + "." + typeName(id: baseID) : typeName(id: baseID)
                throw raiseTypeError("type '\(shown)' is not an acceptable base type")
            }
            if types[baseID].layout == .exception { isException = true }
            let owner = instanceLayoutOwner(baseID)
            if layoutOwner < 0 || (isSubtype(owner, layoutOwner) && !isSubtype(layoutOwner, owner)) {
                (layoutOwner, bestBase) = (owner, baseID)
            } else if !isSubtype(layoutOwner, owner) {
                throw raiseTypeError("multiple bases have instance lay-out conflict")
            }
            let baseSolid = TypeView(ObjectRef(base)[TypeLayout.solidBase]).ownTypeID
            if baseSolid != TypeID.object && (solidBase == TypeID.object || isSubtype(baseSolid, solidBase)) { solidBase = baseSolid }
        }
        let mro = try computeMRO(name, bases)
        let ref = try allocate(kind: .type, typeID: TypeView(metatype).ownTypeID, words: TypeLayout.words)
        ref[TypeLayout.name] = internedName(name)
        ref[TypeLayout.bases] = bases
        let dict = try dictCopy(DictView(namespace))
        ref[TypeLayout.dict] = dict.ref.value
        let qualifiedName = dictGetStr(dict, names.qualname)
        ref[TypeLayout.qualifiedName] = isStr(qualifiedName) ? qualifiedName : internedName(name)
        if isStr(qualifiedName) { _ = try dictRemove(dict, names.qualname) }
        if dictGetStr(dict, names.module).isNull && frameCount > 0 {
            // type(name, bases, dict) belongs to the module that calls it, as a class statement does.
            let moduleName = dictGetStr(DictView(frames[frameCount - 1].globals), names.name)
            if !moduleName.isNull { try dictSet(dict, names.module, moduleName) }
        }
        ref[TypeLayout.solidBase] = typeObject(solidBase)
        var mroValues = [ref.value]
        mroValues.append(contentsOf: mro)
        ref[TypeLayout.mro] = try newTuple(mroValues)
        let slots = try readDeclaredSlots(dict, className: swiftString(name), bestBase: bestBase)
        let members = (slots?.members ?? []).map { intern($0) }
        for member in members { try dictSet(dict, member, try newMemberDescriptor(member, owner: ref.value)) }
        let layout: ObjectKind = isException ? .exception : .instance
        let id = registerType(object: ref.value, layout: layout, flags: isException ? [.heapType, .baseException] : [.heapType])
        updateTypeFlags(id)
        let abcFlags = dictGetStr(dict, names.abcTypeFlags)
        if !abcFlags.isNull {
            types[id].flags.formUnion(patternCollectionFlags(abcFlags: abcFlags))
            _ = try dictRemove(dict, names.abcTypeFlags)
        }
        if let slots { recordSlots(slots, members, id, bases) }
        // Plain functions named __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
        let newFunction = dictGetStr(dict, names.new)
        if newFunction.isObject && ObjectRef(newFunction).kind == .function {
            let wrapper = try allocate(kind: .staticMethod, typeID: TypeID.staticMethod, words: WrapperLayout.words)
            wrapper[WrapperLayout.function] = newFunction
            try dictSet(dict, names.new, wrapper.value)
        }
        for special in [names.initSubclass, intern("__class_getitem__")] {
            let function = dictGetStr(dict, special)
            if function.isObject && ObjectRef(function).kind == .function {
                let wrapper = try allocate(kind: .classMethod, typeID: TypeID.classMethod, words: WrapperLayout.words)
                wrapper[WrapperLayout.function] = function
                try dictSet(dict, special, wrapper.value)
            }
        }
        let classCell = dictGetStr(dict, names.classcell)
        if classCell.isObject && ObjectRef(classCell).kind == .cell {
            ObjectRef(classCell)[CellLayout.contents] = ref.value
            _ = try dictRemove(dict, names.classcell)
        }
        if dictGetStr(dict, names.doc).isNull { try dictSet(dict, names.doc, .none) }
        // In CPython: a class that defines __eq__ without __hash__ becomes unhashable.
        if !dictGetStr(dict, intern("__eq__")).isNull && dictGetStr(dict, names.hash).isNull {
            try dictSet(dict, names.hash, .none)
        }
        // The dict changed after registration (and updateTypeFlags' lookups): drop cached lookups of this class.
        types[id].version &+= 1
        try withRoots(ref.value) { () throws(Raised) in
            // __set_name__ on descriptors, then the parent's __init_subclass__.
            var entries: [(Value, Value)] = []
            try dictForEach(dict) { (key, value) throws(Raised) in entries.append((key, value)) }
            for (key, value) in entries where value.isObject {
                if types[typeID(of: value)].flags.contains(.heapType) {
                    let setName = lookupInType(typeID(of: value), names.setName)
                    if !setName.isNull { try callSetName(setName, value, ref.value, key) }
                } else if ObjectRef(value).kind == .property {
                    ObjectRef(value)[PropertyLayout.name] = key   // property.__set_name__, without the call
                }
            }
            let parentHook = mroValues.count > 1 ? lookupInMRO(mroValues.dropFirst(), names.initSubclass) : Value.null
            if !parentHook.isNull && ObjectRef(parentHook).kind == .classMethod {
                let function = ObjectRef(parentHook)[WrapperLayout.function]
                let keywordCount = keywordNames.isNull ? 0 : TupleView(keywordNames).count
                try withStackSpace(keywordCount + 1) { (scratch) throws(Raised) in
                    scratch[0] = ref.value
                    for index in 0..<keywordCount { scratch[index + 1] = keywordValues![index] }
                    _ = try call(function, arguments: scratch, count: keywordCount + 1, keywordNames: keywordNames)
                }
            } else if !keywordNames.isNull && TupleView(keywordNames).count > 0 {
                throw raiseTypeError("\(swiftString(name)).__init_subclass__() takes no keyword arguments")
            }
        }
        return ref.value
    }

    /// descriptor.__set_name__(owner, name); in CPython 3.11 an error there becomes a
    /// RuntimeError naming the descriptor, caused by the original.
    private func callSetName(_ setName: Value, _ descriptor: Value, _ owner: Value, _ name: Value) throws(Raised) {
        do throws(Raised) {
            _ = try call(setName, descriptor, owner, name)
        } catch {
            let cause = raisedException
            let message = "Error calling __set_name__ on '\(typeName(descriptor))' instance '\(swiftString(name))' in '\(typeName(id: TypeView(owner).ownTypeID))'"
            let replacement = try withRoots(cause) { () throws(Raised) in try newException(exceptionTypes.runtimeError, message: message) }
            ObjectRef(replacement)[ExceptionLayout.cause] = cause
            ObjectRef(replacement)[ExceptionLayout.context] = cause
            throw raise(exception: replacement)
        }
    }

    private func lookupInMRO(_ mro: ArraySlice<Value>, _ name: Value) -> Value {
        for type in mro {
            let found = dictGetStr(TypeView(type).dict, name)
            if !found.isNull { return found }
        }
        return .null
    }

    /// C3 linearization of the bases (without the class itself).
    func computeMRO(_ name: Value, _ bases: Value) throws(Raised) -> [Value] {
        let baseTuple = TupleView(bases)
        var sequences: [[Value]] = []
        for index in 0..<baseTuple.count {
            let mro = TypeView(baseTuple[index]).mro
            sequences.append((0..<mro.count).map { mro[$0] })
        }
        sequences.append((0..<baseTuple.count).map { baseTuple[$0] })
        var result: [Value] = []
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: Value? = nil
            for sequence in sequences {
                let head = sequence[0]
                if !sequences.contains(where: { $0.dropFirst().contains(head) }) { candidate = head; break }
            }
            guard let chosen = candidate else {
                var remaining: [String] = []
                for sequence in sequences { let n = swiftString(TypeView(sequence[0]).name); if !remaining.contains(n) { remaining.append(n) } }
                throw raiseTypeError("Cannot create a consistent method resolution\norder (MRO) for bases \(remaining.joined(separator: ", "))")
            }
            result.append(chosen)
            sequences = sequences.map { $0.first == chosen ? Array($0.dropFirst()) : $0 }
        }
    }

    /// Recomputes the flags that depend on which dunders a class defines.
    func updateTypeFlags(_ id: Int) {
        var flags = types[id].flags
        flags.remove([.customGetattr, .customGetattribute, .customSetattr, .hasFinalizer, .abstract])
        // Only the class's own __abstractmethods__ counts (In CPython: its setter sets Py_TPFLAGS_IS_ABSTRACT).
        let abstracts = dictGetStr(TypeView(types[id].object).dict, intern("__abstractmethods__"))
        if abstracts.isObject && (try? isTrue(abstracts)) == true { flags.insert(.abstract) }
        let finalizer = lookupInType(id, intern("__del__"))
        if finalizer.isObject && ObjectRef(finalizer).kind == .function { flags.insert(.hasFinalizer) }
        if !lookupInType(id, names.getattr).isNull { flags.insert(.customGetattr) }
        let getattribute = lookupInType(id, names.getattribute)
        if getattribute.isObject && ObjectRef(getattribute).kind == .function { flags.insert(.customGetattribute) }
        for hook in [names.setattr, names.delattr] {
            let found = lookupInType(id, hook)
            if found.isObject && ObjectRef(found).kind == .function { flags.insert(.customSetattr) }
        }
        types[id].flags = flags
    }

    /// builtins.__build_class__(body, name, *bases, metaclass=..., **kwds).
    func buildClass(_ arguments: Arguments) throws(Raised) -> Value {
        if arguments.positionalCount < 2 { throw raiseTypeError("__build_class__: not enough arguments") }
        let body = arguments[0], name = arguments[1]
        guard body.isObject && ObjectRef(body).kind == .function else { throw raiseTypeError("__build_class__: func must be a function") }
        guard isStr(name) else { throw raiseTypeError("__build_class__: name is not a string") }
        let originalBases = try newTuple(UnsafeBufferPointer(start: arguments.base + 2, count: arguments.positionalCount - 2))
        let bases = try withRoots(originalBases) { () throws(Raised) in try resolveMROEntries(originalBases) }
        var metatype = typeObject(TypeID.type)
        var keywordNames: [Value] = [], keywordValues: [Value] = []
        if !arguments.keywordNames.isNull {
            let namesTuple = TupleView(arguments.keywordNames)
            for index in 0..<namesTuple.count {
                if swiftString(namesTuple[index]) == "metaclass" {
                    metatype = arguments[arguments.positionalCount + index]
                } else {
                    keywordNames.append(namesTuple[index])
                    keywordValues.append(arguments[arguments.positionalCount + index])
                }
            }
        }
        metatype = try mostDerivedMetaclass(metatype, bases)
        return try withRoots(bases, metatype, originalBases) { () throws(Raised) in
            let namespace = try prepareNamespace(metatype, name, bases, keywordNames, keywordValues)
            return try withRoots(namespace) { () throws(Raised) in
                let cell = try runClassBody(body, namespace: namespace)
                if bases != originalBases { try namespaceSet(namespace, intern("__orig_bases__"), originalBases) }
                if !cell.isNull && !cell.isNone && ObjectRef(cell).kind == .cell {
                    try namespaceSet(namespace, names.classcell, cell)
                }
                let keywordTuple = keywordNames.isEmpty ? Value.null : try newTuple(keywordNames)
                if isType(metatype) && TypeView(metatype).ownTypeID == TypeID.type {
                    return try withRoots(keywordTuple) { () throws(Raised) in
                        try keywordValues.withUnsafeMutableBufferPointer { (buffer) throws(Raised) in
                            try createClass(metatype: metatype, name: name, bases: bases, namespace: namespace,
                                            keywordNames: keywordTuple, keywordValues: buffer.baseAddress)
                        }
                    }
                }
                return try call(metatype, arguments: [name, bases, namespace] + keywordValues, keywordNames: keywordTuple)
            }
        }
    }

    /// The metaclass a class with these bases gets: the most derived of `metatype` and
    /// the bases' metaclasses (a `metatype` that is not a class is used as given).
    func mostDerivedMetaclass(_ metatype: Value, _ bases: Value) throws(Raised) -> Value {
        var winner = metatype
        let baseTuple = TupleView(bases)
        for index in 0..<baseTuple.count where isType(winner) {
            let baseMeta = typeOf(baseTuple[index])
            if isSubtype(TypeView(baseMeta).ownTypeID, TypeView(winner).ownTypeID) {
                winner = baseMeta
            } else if !isSubtype(TypeView(winner).ownTypeID, TypeView(baseMeta).ownTypeID) {
                throw raiseTypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
        }
        return winner
    }

    /// The bases a class statement's base list stands for (PEP 560): a base that is not a
    /// class and has `__mro_entries__` is replaced by the tuple that method returns.
    private func resolveMROEntries(_ bases: Value) throws(Raised) -> Value {
        let count = TupleView(bases).count
        guard (0..<count).contains(where: { !isType(TupleView(bases)[$0]) }) else { return bases }
        let resolved = try newList()
        return try withRoots(resolved.ref.value) { () throws(Raised) in
            var changed = false
            for index in 0..<count {
                let base = TupleView(bases)[index]
                let entries = isType(base) ? Value.null : try getAttributeOrNull(base, intern("__mro_entries__"))
                if entries.isNull { try listAppend(resolved, base); continue }
                let replacement = try call(entries, bases)
                guard typeID(of: replacement) == TypeID.tuple else { throw raiseTypeError("__mro_entries__ must return a tuple") }
                for item in 0..<TupleView(replacement).count { try listAppend(resolved, TupleView(replacement)[item]) }
                changed = true
            }
            return changed ? try newTuple(UnsafeBufferPointer(start: resolved.items, count: resolved.count)) : bases
        }
    }

    /// The class body's namespace: metatype.__prepare__(name, bases, **keywords) when defined, else a new dict.
    private func prepareNamespace(_ metatype: Value, _ name: Value, _ bases: Value,
                                  _ keywordNames: [Value], _ keywordValues: [Value]) throws(Raised) -> Value {
        let prepare = isType(metatype) && TypeView(metatype).ownTypeID == TypeID.type ? Value.null : try getAttributeOrNull(metatype, intern("__prepare__"))
        if prepare.isNull { return try newDict().ref.value }
        let keywordTuple = keywordNames.isEmpty ? Value.null : try newTuple(keywordNames)
        let namespace = try call(prepare, arguments: [name, bases] + keywordValues, keywordNames: keywordTuple)
        guard namespace.isObject && !lookupInType(typeID(of: namespace), names.getitem).isNull else {
            throw raiseTypeError("\(isType(metatype) ? swiftString(TypeView(metatype).name) : typeName(metatype)).__prepare__() must return a mapping, not \(typeName(namespace))")
        }
        return namespace
    }

    /// Runs a class body function with `namespace` as its locals; returns its result (the __class__ cell or None).
    func runClassBody(_ body: Value, namespace: Value) throws(Raised) -> Value {
        let function = ObjectRef(body)
        let code = codeInfo(ofFunction: body)
        let base = stackTop
        let info = code.pointee
        for slot in 0..<info.slotCount { base[slot] = .null }
        for index in 0..<info.cellCount {
            let cell = try allocate(kind: .cell, typeID: TypeID.cell, words: CellLayout.words)
            base[info.localCount + index] = cell.value
        }
        if info.freeCount > 0 {
            let closure = TupleView(function[FunctionLayout.closure])
            for index in 0..<info.freeCount { base[info.localCount + info.cellCount + index] = closure[index] }
        }
        return try runFrame(code, base: base, function: body, globals: function[FunctionLayout.globals], namespace: namespace)
    }

    /// Pushes an entry frame for module or class code and runs it.
    func runFrame(_ code: UnsafeMutablePointer<CodeInfo>, base: UnsafeMutablePointer<Value>, function: Value,
                  globals: Value, namespace: Value) throws(Raised) -> Value {
        if depth >= recursionLimit { throw raise(exceptionTypes.recursionError, "maximum recursion depth exceeded") }
        frames[frameCount] = Frame(code: code, pc: 0, currentInstruction: 0, base: base, sp: base + code.pointee.slotCount,
                                   function: function, globals: globals, namespace: namespace, generator: .null, isEntry: true)
        frameCount += 1
        depth += 1
        return try run()
    }
}

extension TypeFlags {
    /// Instances have only the attributes named by __slots__ (no attribute dict).
    static let withoutInstanceDict = TypeFlags(rawValue: 1 << 16)
    /// The class's own __abstractmethods__ is not empty: object.__new__ refuses to make an instance.
    static let abstract = TypeFlags(rawValue: 1 << 19)
}

extension VM {
    /// CPython's "Can't instantiate abstract class C with abstract methods a, b" (sorted names).
    @inline(never) func abstractInstantiationError(_ id: Int) -> Raised {
        let abstracts = dictGetStr(TypeView(types[id].object).dict, intern("__abstractmethods__"))
        var methods: [String] = []
        try? forEach(abstracts) { (name) throws(Raised) in methods.append(isStr(name) ? swiftString(name) : "?") }
        methods.sort()
        let plural = methods.count > 1 ? "s" : ""
        return raiseTypeError("Can't instantiate abstract class \(swiftString(TypeView(types[id].object).name)) with abstract method\(plural) \(methods.joined(separator: ", "))")
    }
}
