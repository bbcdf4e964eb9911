// Building the builtin world: type objects, the exception hierarchy, singletons,
// the builtins and sys modules. Runs once, in VM.init, before any Python code.

extension VM {
    func bootstrap() {
        // Type dicts are filled directly below, so lookups are cached only once they are complete.
        TypeLookupCache.disable()
        bootstrapTypes()
        emptyTuple = try! allocateTuple(count: 0).ref.value
        permanentRoots.append(emptyTuple)
        singleCharacterStrings = (0..<128).map { try! newStr(String(UnicodeScalar(UInt8($0)))) }
        finishBuiltinTypes()
        names = WellKnownNames(self)
        bootstrapExceptions()
        notImplemented = try! allocate(kind: .instance, typeID: TypeID.notImplementedType, words: InstanceLayout.words).value
        ellipsis = try! allocate(kind: .instance, typeID: TypeID.ellipsisType, words: InstanceLayout.words).value
        permanentRoots.append(notImplemented)
        permanentRoots.append(ellipsis)
        memoryErrorInstance = try! newException(exceptionTypes.memoryError, message: nil)
        permanentRoots.append(memoryErrorInstance)
        modulesDict = try! newDict().ref.value
        permanentRoots.append(modulesDict)
        installBuiltinMethods()
        builtinsDict = try! newDict().ref.value
        permanentRoots.append(builtinsDict)
        installBuiltinFunctions()
        installEvalBuiltins()
        installComplexType()
        try! dictSet(DictView(builtinsDict), intern("complex"), types[TypeID.complex].object)
        installSetSubclassRepr()
        installSysModule()
        TypeLookupCache.enable()
    }

    private static let builtinTypeTable: [(id: Int, name: String, base: Int, layout: ObjectKind)] = [
        (TypeID.object, "object", -1, .instance),
        (TypeID.type, "type", TypeID.object, .type),
        (TypeID.int, "int", TypeID.object, .bigInt),
        (TypeID.float, "float", TypeID.object, .instance),
        (TypeID.bool, "bool", TypeID.int, .instance),
        (TypeID.noneType, "NoneType", TypeID.object, .instance),
        (TypeID.str, "str", TypeID.object, .str),
        (TypeID.bytes, "bytes", TypeID.object, .bytes),
        (TypeID.tuple, "tuple", TypeID.object, .tuple),
        (TypeID.list, "list", TypeID.object, .list),
        (TypeID.dict, "dict", TypeID.object, .dict),
        (TypeID.set, "set", TypeID.object, .set),
        (TypeID.frozenset, "frozenset", TypeID.object, .set),
        (TypeID.function, "function", TypeID.object, .function),
        (TypeID.builtinFunction, "builtin_function_or_method", TypeID.object, .builtinFunction),
        (TypeID.method, "method", TypeID.object, .boundMethod),
        (TypeID.cell, "cell", TypeID.object, .cell),
        (TypeID.code, "code", TypeID.object, .code),
        (TypeID.module, "module", TypeID.object, .module),
        (TypeID.generator, "generator", TypeID.object, .generator),
        (TypeID.range, "range", TypeID.object, .range),
        (TypeID.slice, "slice", TypeID.object, .slice),
        (TypeID.property, "property", TypeID.object, .property),
        (TypeID.staticMethod, "staticmethod", TypeID.object, .staticMethod),
        (TypeID.classMethod, "classmethod", TypeID.object, .classMethod),
        (TypeID.superType, "super", TypeID.object, .superObject),
        (TypeID.notImplementedType, "NotImplementedType", TypeID.object, .instance),
        (TypeID.ellipsisType, "ellipsis", TypeID.object, .instance),
        (TypeID.listIterator, "list_iterator", TypeID.object, .iterator),
        (TypeID.tupleIterator, "tuple_iterator", TypeID.object, .iterator),
        (TypeID.rangeIterator, "range_iterator", TypeID.object, .iterator),
        (TypeID.strIterator, "str_ascii_iterator", TypeID.object, .iterator),
        (TypeID.dictKeyIterator, "dict_keyiterator", TypeID.object, .iterator),
        (TypeID.dictValueIterator, "dict_valueiterator", TypeID.object, .iterator),
        (TypeID.dictItemIterator, "dict_itemiterator", TypeID.object, .iterator),
        (TypeID.setIterator, "set_iterator", TypeID.object, .iterator),
        (TypeID.enumerate, "enumerate", TypeID.object, .iterator),
        (TypeID.zip, "zip", TypeID.object, .iterator),
        (TypeID.map, "map", TypeID.object, .iterator),
        (TypeID.filter, "filter", TypeID.object, .iterator),
        (TypeID.reversed, "reversed", TypeID.object, .iterator),
        (TypeID.callableIterator, "callable_iterator", TypeID.object, .iterator),
        (TypeID.sequenceIterator, "iterator", TypeID.object, .iterator),
        (TypeID.dictKeys, "dict_keys", TypeID.object, .dictView),
        (TypeID.dictValues, "dict_values", TypeID.object, .dictView),
        (TypeID.dictItems, "dict_items", TypeID.object, .dictView),
        (TypeID.textFile, "TextIOWrapper", TypeID.object, .file),
        (TypeID.listReverseIterator, "list_reverseiterator", TypeID.object, .iterator),
        (TypeID.bytesIterator, "bytes_iterator", TypeID.object, .iterator),
        (TypeID.byteArray, "bytearray", TypeID.object, .byteArray),
        (TypeID.complex, "complex", TypeID.object, .complex),
    ]

    /// Allocates and registers the builtin type objects (their dicts come later).
    private func bootstrapTypes() {
        for row in VM.builtinTypeTable {
            let ref = try! allocate(kind: .type, typeID: TypeID.type, words: TypeLayout.words)
            _ = registerType(object: ref.value, layout: row.layout, flags: [], fixedID: row.id)
        }
        precondition(typeCount == TypeID.firstDynamic)
        for id in [TypeID.list, TypeID.tuple, TypeID.range] { types[id].flags.insert(.patternSequence) }
        types[TypeID.dict].flags.insert(.patternMapping)
    }

    /// Gives the builtin types names, bases, MROs and empty dicts.
    private func finishBuiltinTypes() {
        for row in VM.builtinTypeTable {
            let ref = ObjectRef(types[row.id].object)
            let name = intern(row.name)
            ref[TypeLayout.name] = name
            ref[TypeLayout.qualifiedName] = name
            ref[TypeLayout.dict] = try! newDict().ref.value
            var mro: [Value] = [ref.value]
            var base = row.base
            while base >= 0 {
                mro.append(types[base].object)
                base = VM.builtinTypeTable.first { $0.id == base }!.base
            }
            ref[TypeLayout.mro] = try! newTuple(mro)
            ref[TypeLayout.bases] = row.base >= 0 ? try! newTuple([types[row.base].object]) : emptyTuple
            ref[TypeLayout.solidBase] = ref.value
        }
        let moduleName = intern("builtins")
        for row in VM.builtinTypeTable {
            try! dictSet(TypeView(types[row.id].object).dict, intern("__module__"), moduleName)
        }
    }

    /// Creates a builtin class at run time (exception classes, lib types).
    func makeBuiltinClass(name: String, base: Int, layout: ObjectKind, flags: TypeFlags = []) -> Int {
        let ref = try! allocateType(name: name)
        ref[TypeLayout.dict] = try! newDict().ref.value
        ref[TypeLayout.bases] = try! newTuple([types[base].object])
        let baseMRO = TypeView(types[base].object).mro
        var mro: [Value] = [ref.value]
        for index in 0..<baseMRO.count { mro.append(baseMRO[index]) }
        ref[TypeLayout.mro] = try! newTuple(mro)
        ref[TypeLayout.solidBase] = ObjectRef(types[base].object)[TypeLayout.solidBase]
        try! dictSet(DictView(ref[TypeLayout.dict]), intern("__module__"), intern("builtins"))
        return registerType(object: ref.value, layout: layout, flags: flags.union(types[base].flags))
    }

    /// A class of a native module whose id the VM keeps (the error class Swift code raises,
    /// the class it makes instances of): made by the module's first import, and the same
    /// class again when the module is imported afresh (test.support's import_fresh_module),
    /// so that every copy's functions raise what every copy's `error` names. It is a root:
    /// the copy that made it may be collected, and a collected class's id goes to the next
    /// class made, which Swift code would then raise.
    func nativeModuleClass(_ existing: Int, name: String, module: String, base: Int, layout: ObjectKind) -> Int {
        if existing != 0 { return existing }
        let id = makeBuiltinClass(name: name, base: base, layout: layout, flags: [.heapType])
        try! dictSet(TypeView(types[id].object).dict, names.module, intern(module))
        TypeLookupCache.invalidate()
        permanentRoots.append(types[id].object)
        return id
    }

    /// A native container class of a module that CPython's collections.abc registers as a
    /// MutableSequence (array.array, collections.deque): sequence patterns match its instances,
    /// they have no attribute dict (a subclass's do), and messages name it `module.name`.
    func nativeMutableSequenceClass(_ existing: Int, name: String, module: String, in moduleObject: Value) throws(Raised) -> Int {
        let id = nativeModuleClass(existing, name: name, module: module, base: TypeID.object, layout: .instance)
        types[id].flags.formUnion(patternCollectionFlags(abcFlags: Value(int: 1 << 5)))
        types[id].flags.formUnion([.withoutInstanceDict, .namedWithModule])
        try setModuleAttribute(moduleObject, name, types[id].object)
        return id
    }
}

/// Interned names the runtime looks up often.
struct WellKnownNames {
    var `init` = Value.null, new = Value.null, repr = Value.null, str = Value.null
    var eq = Value.null, ne = Value.null, lt = Value.null, le = Value.null, gt = Value.null, ge = Value.null
    var hash = Value.null, len = Value.null, iter = Value.null, next = Value.null
    var getitem = Value.null, setitem = Value.null, delitem = Value.null, contains = Value.null
    var call = Value.null, enter = Value.null, exit = Value.null
    var aenter = Value.null, aexit = Value.null, aiter = Value.null, anext = Value.null, `await` = Value.null
    var getattr = Value.null, getattribute = Value.null, setattr = Value.null, delattr = Value.null
    var bool = Value.null, get = Value.null, set = Value.null, delete = Value.null
    var name = Value.null, qualname = Value.null, module = Value.null, doc = Value.null
    var dict = Value.null, classAttribute = Value.null, classcell = Value.null, main = Value.null
    var builtins = Value.null, file = Value.null, index = Value.null, int = Value.null, float = Value.null
    var neg = Value.null, pos = Value.null, abs = Value.null, invert = Value.null, format = Value.null
    var initSubclass = Value.null, setName = Value.null, missing = Value.null, reversed = Value.null
    var round = Value.null, trunc = Value.null, floor = Value.null, ceil = Value.null
    var send = Value.null, throwName = Value.null, close = Value.null, args = Value.null
    var path = Value.null, package = Value.null, all = Value.null, annotations = Value.null
    var instancecheck = Value.null, subclasscheck = Value.null, del = Value.null
    var matchArgs = Value.null, getMethod = Value.null, abcTypeFlags = Value.null
    var emptyString = Value.null, mro = Value.null, selfName = Value.null, lengthHint = Value.null, lenFunction = Value.null
    var spec = Value.null, loader = Value.null
    var stdout = Value.null, write = Value.null, flush = Value.null, space = Value.null, newline = Value.null
    var reduce = Value.null, getstate = Value.null, slotnames = Value.null, copyreg = Value.null
    /// __add__, __sub__, ... indexed by BinaryOperator raw value.
    var binary: [Value] = []
    var reflected: [Value] = []
    var inPlace: [Value] = []

    init() {}

    init(_ vm: VM) {
        func n(_ text: String) -> Value { vm.intern(text) }
        `init` = n("__init__"); new = n("__new__"); repr = n("__repr__"); str = n("__str__")
        eq = n("__eq__"); ne = n("__ne__"); lt = n("__lt__"); le = n("__le__"); gt = n("__gt__"); ge = n("__ge__")
        hash = n("__hash__"); len = n("__len__"); iter = n("__iter__"); next = n("__next__")
        getitem = n("__getitem__"); setitem = n("__setitem__"); delitem = n("__delitem__"); contains = n("__contains__")
        call = n("__call__"); enter = n("__enter__"); exit = n("__exit__")
        aenter = n("__aenter__"); aexit = n("__aexit__"); aiter = n("__aiter__"); anext = n("__anext__"); `await` = n("__await__")
        getattr = n("__getattr__"); getattribute = n("__getattribute__"); setattr = n("__setattr__"); delattr = n("__delattr__")
        bool = n("__bool__"); get = n("__get__"); set = n("__set__"); delete = n("__delete__")
        name = n("__name__"); qualname = n("__qualname__"); module = n("__module__"); doc = n("__doc__")
        dict = n("__dict__"); classAttribute = n("__class__"); classcell = n("__classcell__"); main = n("__main__")
        builtins = n("__builtins__"); file = n("__file__"); index = n("__index__"); int = n("__int__"); float = n("__float__")
        neg = n("__neg__"); pos = n("__pos__"); abs = n("__abs__"); invert = n("__invert__"); format = n("__format__")
        initSubclass = n("__init_subclass__"); setName = n("__set_name__"); missing = n("__missing__"); reversed = n("__reversed__")
        round = n("__round__"); trunc = n("__trunc__"); floor = n("__floor__"); ceil = n("__ceil__")
        send = n("send"); throwName = n("throw"); close = n("close"); args = n("args")
        path = n("__path__"); package = n("__package__"); all = n("__all__"); annotations = n("__annotations__")
        instancecheck = n("__instancecheck__"); subclasscheck = n("__subclasscheck__"); del = n("__del__")
        matchArgs = n("__match_args__"); getMethod = n("get"); abcTypeFlags = n("__abc_tpflags__")
        emptyString = n(""); mro = n("mro"); selfName = n("self"); lengthHint = n("__length_hint__"); lenFunction = n("len")
        spec = n("__spec__"); loader = n("__loader__")
        stdout = n("stdout"); write = n("write"); flush = n("flush"); space = n(" "); newline = n("\n")
        reduce = n("__reduce__"); getstate = n("__getstate__"); slotnames = n("__slotnames__"); copyreg = n("copyreg")
        let stems = ["add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"]
        binary = stems.map { n("__\($0)__") }
        reflected = stems.map { n("__r\($0)__") }
        inPlace = stems.map { n("__i\($0)__") }
    }
}
