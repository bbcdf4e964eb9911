// The core methods of object and type, property/staticmethod/classmethod, range
// and slice attributes, and builtin iterators; exceptions, functions, generators
// and super have their own files (ExceptionMethods, FunctionAttributes,
// Generators, SuperObject).

extension VM {
    func installBuiltinMethods() {
        installObjectMethods()
        installConstructors()
        installListMethods()
        installDictMethods()
        installStrMethods()
        installMiscMethods()
        // Every builtin class answers __doc__ (Tern keeps no docstrings for them: None).
        for id in 0..<TypeID.firstDynamic where dictGetStr(TypeView(types[id].object).dict, names.doc).isNull {
            try! dictSet(TypeView(types[id].object).dict, names.doc, .none)
        }
    }

    /// A read-only attribute computed by Swift (a property whose getter is native).
    func defineGetter(_ typeID: Int, _ name: String, _ getter: @escaping (VM, Value) throws(Raised) -> Value) {
        let native = newNative(name, receiverType: typeID) { vm, arguments throws(Raised) in try getter(vm, arguments[0]) }
        let property = try! allocate(kind: .property, typeID: TypeID.property, words: PropertyLayout.words)
        property[PropertyLayout.getter] = native
        property[PropertyLayout.setter] = .none
        property[PropertyLayout.deleter] = .none
        property[PropertyLayout.doc] = .none
        TypeLookupCache.invalidate()
        try! dictSet(TypeView(types[typeID].object).dict, intern(name), property.value)
    }

    /// Whether class `id` defines __new__ itself as a native static method.
    func hasOwnNativeNew(_ id: Int) -> Bool {
        let own = dictGetStr(TypeView(types[id].object).dict, names.new)
        guard own.isObject, ObjectRef(own).kind == .staticMethod else { return false }
        let function = ObjectRef(own)[WrapperLayout.function]
        return function.isObject && ObjectRef(function).kind == .builtinFunction
    }

    private func installObjectMethods() {
        let object = TypeID.object
        defineStaticMethod(object, "__new__") { vm, arguments throws(Raised) in
            guard arguments.count >= 1, vm.isType(arguments[0]) else { throw vm.raiseTypeError("object.__new__(X): X is not a type object") }
            let id = TypeView(arguments[0]).ownTypeID
            // In CPython: a builtin class (or a subclass of one) that makes its instances with its own
            // __new__ is not made by object's, which would leave its fields unset.
            // A native module's class (io.StringIO) counts as builtin by its native __new__.
            let mro = TypeView(arguments[0]).mro
            if let builtin = (0..<mro.count).lazy.map({ TypeView(mro[$0]).ownTypeID })
                .first(where: { !vm.types[$0].flags.contains(.heapType) || vm.hasOwnNativeNew($0) }),
               builtin != TypeID.object, vm.lookupInType(builtin, vm.names.new) != vm.lookupInType(TypeID.object, vm.names.new) {
                throw vm.raiseTypeError("object.__new__(\(vm.typeNameInMessages(id: id))) is not safe, use \(vm.typeNameInMessages(id: id)).__new__()")
            }
            return try vm.newInstance(id)
        }
        defineMethod(object, "__init__") { vm, arguments throws(Raised) in .none }
        defineMethod(object, "__dir__", arguments: 0...0) { vm, arguments throws(Raised) in try vm.defaultDir(arguments[0]) }
        defineMethod(object, "__repr__") { vm, arguments throws(Raised) in try vm.newStr(vm.defaultRepr(arguments[0])) }
        defineMethod(object, "__str__") { vm, arguments throws(Raised) in try vm.repr(arguments[0]) }
        defineMethod(object, "__hash__") { vm, arguments throws(Raised) in try vm.newInt(Int64(vm.identityHash(arguments[0]))) }
        defineMethod(object, "__eq__", arguments: 1...1) { vm, arguments throws(Raised) in arguments[0] == arguments[1] ? .true : vm.notImplemented }
        defineMethod(object, "__ne__", arguments: 1...1) { vm, arguments throws(Raised) in
            let equal = try vm.richCompare(arguments[0], arguments[1], 0)
            if equal == vm.notImplemented { return equal }
            return Value(bool: !(try vm.isTrue(equal)))
        }
        defineMethod(object, "__format__", arguments: 1...1) { vm, arguments throws(Raised) in
            if StrView(try vm.formatSpecArgument(arguments[1])).count > 0 {
                throw vm.raiseTypeError("unsupported format string passed to \(vm.typeName(arguments[0])).__format__")
            }
            return try vm.str(arguments[0])
        }
        defineMethod(object, "__setattr__", arguments: 2...2) { vm, arguments throws(Raised) in
            try vm.refuseObjectAttributeHookOnType(arguments[0], "__setattr__")
            try vm.genericSetAttribute(arguments[0], vm.attributeName(arguments[1]), arguments[2], cache: nil)
            return .none
        }
        defineMethod(object, "__getattribute__", arguments: 1...1) { vm, arguments throws(Raised) in
            let id = vm.typeID(of: arguments[0])
            let value = try vm.getAttributeOrNullGeneric(arguments[0], vm.attributeName(arguments[1]), id)
            if value.isNull { throw vm.raiseAttributeError(arguments[0], arguments[1]) }
            return value
        }
        installObjectReduce()
        defineMethod(object, "__delattr__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.refuseObjectAttributeHookOnType(arguments[0], "__delattr__")
            try vm.genericDeleteAttribute(arguments[0], vm.attributeName(arguments[1]))
            return .none
        }
        defineClassMethod(object, "__init_subclass__") { vm, arguments throws(Raised) in .none }
        defineClassMethod(object, "__subclasshook__") { vm, arguments throws(Raised) in vm.notImplemented }
        defineProperty(object, "__class__", get: { vm, value throws(Raised) in vm.typeOf(value) },
                       set: { vm, value, new throws(Raised) in try vm.assignClass(value, new) })
        defineProperty(object, "__dict__", get: { vm, value throws(Raised) in try vm.attributeDict(value) },
                       set: { vm, value, new throws(Raised) in try vm.replaceAttributeDict(value, new) })
        defineProperty(TypeID.type, "__name__", get: { vm, value throws(Raised) in
            // In CPython: a builtin type's name may carry its module ("weakref.ReferenceType"); __name__ is the last part.
            let name = TypeView(value).name
            if vm.types[TypeView(value).ownTypeID].flags.contains(.heapType) { return name }
            let text = vm.swiftString(name)
            guard let dot = text.lastIndex(of: ".") else { return name }
            return vm.intern(String(text[text.index(after: dot)...]))
        }, set: { vm, value, new throws(Raised) in try vm.renameClass(value, new, slot: TypeLayout.name, "__name__") })
        defineProperty(TypeID.type, "__qualname__", get: { vm, value throws(Raised) in ObjectRef(value)[TypeLayout.qualifiedName] },
                       set: { vm, value, new throws(Raised) in try vm.renameClass(value, new, slot: TypeLayout.qualifiedName, "__qualname__") })
        // As in CPython, a metatype descriptor: builtin_function_or_method's own __module__ is its
        // instances' (their module's name), so the type's is read from its dict or is builtins.
        defineProperty(TypeID.type, "__module__", get: { vm, value throws(Raised) in
            let name = vm.dictGetStr(TypeView(value).dict, vm.names.module)
            if !name.isNull && (vm.isStr(name) || vm.types[TypeView(value).ownTypeID].flags.contains(.heapType)) { return name }
            if vm.types[TypeView(value).ownTypeID].flags.contains(.heapType) {
                let inherited = vm.lookupInType(TypeView(value).ownTypeID, vm.names.module)
                if !inherited.isNull { return inherited }
                throw vm.raise(vm.exceptionTypes.attributeError, "__module__")
            }
            return vm.intern("builtins")
        }, set: { vm, value, new throws(Raised) in try vm.setHeapTypeAttribute(value, vm.names.module, new) })
        defineGetter(TypeID.type, "__mro__") { vm, value throws(Raised) in ObjectRef(value)[TypeLayout.mro] }
        defineProperty(TypeID.type, "__bases__", get: { vm, value throws(Raised) in ObjectRef(value)[TypeLayout.bases] },
                       set: { vm, value, new throws(Raised) in try vm.assignBases(value, new) })
        defineGetter(TypeID.type, "__base__") { vm, value throws(Raised) in
            let bases = TupleView(ObjectRef(value)[TypeLayout.bases])
            return bases.count > 0 ? bases[0] : .none
        }
        // In CPython: read from a builtin type's docstring; of the types inspect.signature asks, only object has one.
        defineGetter(TypeID.type, "__text_signature__") { vm, value throws(Raised) in
            TypeView(value).ownTypeID == TypeID.object ? try vm.newStr("()") : .none
        }
        // A read-only view of the class's namespace (lib/_mappingproxy.py).
        defineGetter(TypeID.type, "__dict__") { vm, value throws(Raised) in
            try vm.callLibraryFunction("_mappingproxy", "of_namespace", TypeView(value).dict.ref.value)
        }
        // In CPython (3.10+): a class's own annotations only, never a base's; a class without
        // them gets an empty dict, stored in its namespace. Builtin types have none.
        defineProperty(TypeID.type, "__annotations__", get: { vm, value throws(Raised) in
            let id = TypeView(value).ownTypeID
            guard vm.types[id].flags.contains(.heapType) else { throw vm.raiseAttributeError(value, vm.names.annotations) }
            let found = vm.dictGetStr(TypeView(value).dict, vm.names.annotations)
            if !found.isNull { return found }
            let fresh = try vm.newDict().ref.value
            try vm.withRoots(fresh) { () throws(Raised) in try vm.dictSet(TypeView(value).dict, vm.names.annotations, fresh) }
            vm.noteTypeAttributeChange(id, vm.names.annotations)
            return fresh
        }, set: { vm, value, new throws(Raised) in try vm.setHeapTypeAttribute(value, vm.names.annotations, new) })
        // type.__prepare__(name, bases, **keywords): the empty namespace a class body fills.
        defineClassMethod(TypeID.type, "__prepare__") { vm, arguments throws(Raised) in try vm.newDict().ref.value }
        defineMethod(TypeID.type, "__dir__", arguments: 0...0) { vm, arguments throws(Raised) in try vm.defaultDir(arguments[0]) }
        defineMethod(TypeID.type, "mro") { vm, arguments throws(Raised) in try vm.listFrom(ObjectRef(arguments[0])[TypeLayout.mro]) }
        defineMethod(TypeID.type, "__subclasses__") { vm, arguments throws(Raised) in
            var result: [Value] = []
            let target = arguments[0]
            for id in 0..<vm.typeCount where vm.types[id].object.isObject {
                let bases = TupleView(ObjectRef(vm.types[id].object)[TypeLayout.bases])
                for index in 0..<bases.count where bases[index] == target { result.append(vm.types[id].object) }
            }
            return try vm.newList(result)
        }
        defineMethod(TypeID.type, "__repr__") { vm, arguments throws(Raised) in try vm.newStr(vm.classRepr(arguments[0])) }
        // A class's own hooks: object's refuse classes (refuseObjectAttributeHookOnType).
        defineMethod(TypeID.type, "__setattr__", arguments: 2...2) { vm, arguments throws(Raised) in
            try vm.genericSetAttribute(arguments[0], vm.attributeName(arguments[1]), arguments[2], cache: nil)
            return .none
        }
        defineMethod(TypeID.type, "__delattr__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.genericDeleteAttribute(arguments[0], vm.attributeName(arguments[1]))
            return .none
        }
    }

    /// In CPython: object.__setattr__ and __delattr__ refuse a class, whose type's own hooks
    /// keep builtin types immutable (`object.__delattr__(str, "lower")` would remove str.lower).
    func refuseObjectAttributeHookOnType(_ object: Value, _ hook: String) throws(Raised) {
        if isType(object) { throw raiseTypeError("can't apply this \(hook) to type object") }
    }

    /// cls.__name__ = name / cls.__qualname__ = name, for classes made by Python code.
    func renameClass(_ type: Value, _ new: Value, slot: Int, _ attribute: String) throws(Raised) {
        guard types[TypeView(type).ownTypeID].flags.contains(.heapType) else {
            throw raiseTypeError("cannot set '\(attribute)' attribute of immutable type '\(swiftString(TypeView(type).name))'")
        }
        guard isStr(new) else {
            throw raiseTypeError("can only assign string to \(swiftString(TypeView(type).name)).\(attribute), not '\(typeName(new))'")
        }
        if slot == TypeLayout.name && swiftString(new).contains("\0") { throw raiseValueError("type name must not contain null characters") }
        ObjectRef(type)[slot] = internedName(builtinSelf(new))
    }

    /// Attribute lookup without the __getattribute__ and __getattr__ hooks (object.__getattribute__ itself).
    func getAttributeOrNullGeneric(_ object: Value, _ name: Value, _ id: Int) throws(Raised) -> Value {
        try genericGetAttribute(object, name, id, cache: nil)
    }

    /// obj.__dict__: the attribute dict (live: instances switch to the dict shape).
    func attributeDict(_ value: Value) throws(Raised) -> Value {
        guard value.isObject else { throw raise(exceptionTypes.attributeError, "'\(typeName(value))' object has no attribute '__dict__'") }
        let ref = ObjectRef(value)
        if attributeStore(ref) != nil {
            if types[ref.typeID].flags.contains(.withoutInstanceDict) {
                throw raise(exceptionTypes.attributeError, "'\(typeName(value))' object has no attribute '__dict__'")
            }
            return try instanceDict(ref)
        }
        switch ref.kind {
        case .module: return ref[ModuleLayout.dict]
        case .function:
            if ref[FunctionLayout.dict].isNull { ref[FunctionLayout.dict] = try newDict().ref.value }
            return ref[FunctionLayout.dict]
        default:
            throw raise(exceptionTypes.attributeError, "'\(typeName(value))' object has no attribute '__dict__'")
        }
    }

    /// obj.__dict__ = mapping: the instance takes `new` as its live attribute dict.
    func replaceAttributeDict(_ value: Value, _ new: Value) throws(Raised) {
        guard typeID(of: new) == TypeID.dict else {
            throw raiseTypeError("__dict__ must be set to a dictionary, not a '\(typeName(new))'")
        }
        guard value.isObject, ObjectRef(value).kind == .instance || ObjectRef(value).kind == .exception,
              types[typeID(of: value)].flags.contains(.heapType) else {
            throw raise(exceptionTypes.attributeError, "'\(typeName(value))' object has no attribute '__dict__'")
        }
        let ref = ObjectRef(value)
        ref[InstanceLayout.slots] = new
        ref.setWord(InstanceLayout.shape, ShapeTable.dictShape)
    }

    private func installMiscMethods() {
        installFunctionAttributes()
        defineGetter(TypeID.builtinFunction, "__name__") { vm, value throws(Raised) in ObjectRef(value)[BuiltinFunctionLayout.name] }
        // A method of a builtin type is qualified by its type ('list.append'); a module's function is its name.
        defineGetter(TypeID.builtinFunction, "__qualname__") { vm, value throws(Raised) in
            let name = ObjectRef(value)[BuiltinFunctionLayout.name]
            let entry = vm.natives[Int(ObjectRef(value).word(BuiltinFunctionLayout.native))]
            let ownerType = entry.receiverType >= 0 ? entry.receiverType : entry.staticOwner
            guard ownerType >= 0 else { return name }
            let owner = ObjectRef(vm.typeObject(ownerType))[TypeLayout.qualifiedName]
            return try vm.newStr(vm.swiftString(owner) + "." + vm.swiftString(name))
        }
        defineStaticMethod(TypeID.method, "__new__") { vm, arguments throws(Raised) in
            // types.MethodType(function, instance), as weakref.WeakMethod rebuilds a method.
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("method() takes no keyword arguments") }
            if arguments.count != 3 { throw vm.raiseTypeError("method expected 2 arguments, got \(arguments.count - 1)") }
            guard vm.isCallable(arguments[1]) else { throw vm.raiseTypeError("first argument must be callable") }
            if arguments[2].isNone { throw vm.raiseTypeError("instance must not be None") }
            return try vm.newBoundMethod(arguments[1], arguments[2])
        }
        // A type's __new__ is bound to the type; other builtins to their module (None when unknown).
        defineGetter(TypeID.builtinFunction, "__self__") { vm, value throws(Raised) in
            let entry = vm.natives[Int(ObjectRef(value).word(BuiltinFunctionLayout.native))]
            if entry.receiverIsClass && entry.receiverType >= 0 && entry.name == "__new__" { return vm.typeObject(entry.receiverType) }
            let bound = ObjectRef(value)[BuiltinFunctionLayout.boundSelf]
            return bound.isNull ? .none : bound
        }
        // A module's function names its module; builtins' functions builtins; methods of builtin types none.
        defineGetter(TypeID.builtinFunction, "__module__") { vm, value throws(Raised) in
            let bound = ObjectRef(value)[BuiltinFunctionLayout.boundSelf]
            if bound.isObject && ObjectRef(bound).kind == .module {
                let name = vm.dictGetStr(DictView(ObjectRef(bound)[ModuleLayout.dict]), vm.names.name)
                return name.isNull ? .none : name
            }
            return vm.natives[Int(ObjectRef(value).word(BuiltinFunctionLayout.native))].isPlainFunction ? vm.intern("builtins") : .none
        }
        // Pickled by name: a module's function as a global, a method of a builtin type as getattr(type, name).
        defineMethod(TypeID.builtinFunction, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let function = ObjectRef(arguments[0])
            let entry = vm.natives[Int(function.word(BuiltinFunctionLayout.native))]
            let bound = function[BuiltinFunctionLayout.boundSelf]
            if entry.isPlainFunction || bound.isObject && ObjectRef(bound).kind == .module || entry.receiverType < 0 {
                return function[BuiltinFunctionLayout.name]
            }
            let getattr = try vm.builtinNamed("getattr")
            return try vm.newTuple([getattr, try vm.newTuple([vm.typeObject(entry.receiverType), function[BuiltinFunctionLayout.name]])])
        }
        defineGetter(TypeID.method, "__module__") { vm, value throws(Raised) in
            try vm.getAttribute(ObjectRef(value)[BoundMethodLayout.function], vm.names.module)
        }
        defineGetter(TypeID.method, "__self__") { vm, value throws(Raised) in ObjectRef(value)[BoundMethodLayout.receiver] }
        defineGetter(TypeID.method, "__func__") { vm, value throws(Raised) in ObjectRef(value)[BoundMethodLayout.function] }
        // In CPython: a bound method pickles as getattr(receiver, name).
        defineMethod(TypeID.method, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let method = ObjectRef(arguments[0])
            let name = try vm.getAttribute(method[BoundMethodLayout.function], vm.names.name)
            let getattr = try vm.withRoots(name) { () throws(Raised) in try vm.builtinNamed("getattr") }
            return try vm.newTuple([getattr, try vm.newTuple([method[BoundMethodLayout.receiver], name])])
        }
        defineGetter(TypeID.method, "__name__") { vm, value throws(Raised) in
            try vm.getAttribute(ObjectRef(value)[BoundMethodLayout.function], vm.names.name)
        }
        // In CPython: the function's __doc__ as getattr finds it (functools.wraps stores one in its __dict__).
        defineGetter(TypeID.method, "__doc__") { vm, value throws(Raised) in
            try vm.getAttribute(ObjectRef(value)[BoundMethodLayout.function], vm.names.doc)
        }
        installGeneratorMethods()
        installCodeAndFrameAttributes()
        installTracebackType()
        installGenericAliases()
        installDescriptorMethods()
        installMemberDescriptorType()
        installExceptionMethods()
        installWeakReferenceTypes()
        // property, staticmethod, classmethod.
        defineStaticMethod(TypeID.property, "__new__") { vm, arguments throws(Raised) in
            // A subclass's instance carries attributes after the fields, as container subclasses' do.
            let ownID = TypeView(arguments[0]).ownTypeID
            let extra = ownID == TypeID.property ? 0 : 2
            let property = try vm.allocate(kind: .property, typeID: ownID, words: PropertyLayout.words + extra)
            if extra > 0 { property.header |= GCFlag.attributeExtension }
            let names = ["fget", "fset", "fdel", "doc"]
            for (index, name) in names.enumerated() {
                var value = index + 1 < arguments.positionalCount ? arguments[index + 1] : arguments.keyword(name)
                if value.isNull { value = .none }
                property[1 + index] = value
            }
            // In CPython a subclass's class __doc__ would hide the getter's: the instance keeps it as an attribute.
            let getter = property[PropertyLayout.getter]
            if extra > 0 && property[PropertyLayout.doc].isNone && !getter.isNone {
                let doc = try vm.withRoots(property.value) { () throws(Raised) in try vm.getAttributeOrNull(getter, vm.names.doc) }
                if !doc.isNull && !doc.isNone { try vm.setInstanceSlot(property, vm.names.doc, doc) }
            }
            return property.value
        }
        defineGetter(TypeID.property, "fget") { vm, value throws(Raised) in ObjectRef(value)[PropertyLayout.getter] }
        // abc: a property is abstract when one of its functions is.
        defineGetter(TypeID.property, "__isabstractmethod__") { vm, value throws(Raised) in
            for slot in [PropertyLayout.getter, PropertyLayout.setter, PropertyLayout.deleter]
            where try vm.isAbstractObject(ObjectRef(value)[slot]) { return .true }
            return .false
        }
        defineGetter(TypeID.property, "fset") { vm, value throws(Raised) in ObjectRef(value)[PropertyLayout.setter] }
        defineProperty(TypeID.property, "__doc__", get: { vm, value throws(Raised) in ObjectRef(value)[PropertyLayout.doc] },
                       set: { vm, value, new throws(Raised) in ObjectRef(value)[PropertyLayout.doc] = new })
        for (name, slot) in [("getter", PropertyLayout.getter), ("setter", PropertyLayout.setter), ("deleter", PropertyLayout.deleter)] {
            defineMethod(TypeID.property, name) { vm, arguments throws(Raised) in
                let source = ObjectRef(arguments[0])
                if source.typeID != TypeID.property {
                    // In CPython: a subclass's copy is type(self)(fget, fset, fdel, doc).
                    var fields = [source[PropertyLayout.getter], source[PropertyLayout.setter], source[PropertyLayout.deleter], source[PropertyLayout.doc]]
                    fields[slot - 1] = arguments[1]
                    return try vm.call(vm.typeOf(arguments[0]), fields[0], fields[1], fields[2], fields[3])
                }
                let copy = try vm.allocate(kind: .property, typeID: TypeID.property, words: PropertyLayout.words)
                for index in 1..<PropertyLayout.words { copy[index] = source[index] }
                copy[slot] = arguments[1]
                return copy.value
            }
        }
        for (id, kind) in [(TypeID.staticMethod, ObjectKind.staticMethod), (TypeID.classMethod, ObjectKind.classMethod)] {
            defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
                let name = vm.typeName(id: id)
                if arguments.keywordCount > 0 { throw vm.raiseTypeError("\(name)() takes no keyword arguments") }
                if arguments.count != 2 { throw vm.raiseTypeError("\(name) expected 1 argument, got \(arguments.count - 1)") }
                // The wrapper carries attributes after its function, as container subclasses' instances
                // do: since 3.10 any staticmethod or classmethod takes them (typing_extensions.deprecated
                // sets __deprecated__ on one).
                let ownID = TypeView(arguments[0]).ownTypeID
                let wrapper = try vm.allocate(kind: kind, typeID: ownID, words: WrapperLayout.words + 2)
                wrapper[WrapperLayout.function] = arguments[1]
                wrapper.header |= GCFlag.attributeExtension
                if ownID == id { return wrapper.value }
                // Copied as CPython copies them, so that they come before the subclass's own __doc__ and __module__.
                return try vm.withRoots(wrapper.value) { () throws(Raised) in
                    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
                        let found = try vm.getAttributeOrNull(arguments[1], vm.intern(name))
                        if !found.isNull { try vm.setInstanceSlot(wrapper, vm.intern(name), found) }
                    }
                    return wrapper.value
                }
            }
            defineGetter(id, "__func__") { vm, value throws(Raised) in ObjectRef(value)[WrapperLayout.function] }
            defineGetter(id, "__isabstractmethod__") { vm, value throws(Raised) in
                Value(bool: try vm.isAbstractObject(ObjectRef(value)[WrapperLayout.function]))
            }
            // In CPython (3.10+): the wrapper carries the function's name, doc and annotations
            // (copied when it is made; Tern reads them from the function) and __wrapped__.
            defineGetter(id, "__wrapped__") { vm, value throws(Raised) in ObjectRef(value)[WrapperLayout.function] }
            for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
                defineGetter(id, name) { vm, value throws(Raised) in
                    let found = try vm.getAttributeOrNull(ObjectRef(value)[WrapperLayout.function], vm.intern(name))
                    if found.isNull { throw vm.raiseAttributeError(value, vm.intern(name)) }
                    return found
                }
            }
        }
        installSuperMethods()
        // range and slice attributes.
        for (name, slot) in [("start", RangeLayout.start), ("stop", RangeLayout.stop), ("step", RangeLayout.step)] {
            defineGetter(TypeID.range, name) { vm, value throws(Raised) in try vm.rangeAttribute(value, slot) }
        }
        for (name, slot) in [("start", SliceLayout.start), ("stop", SliceLayout.stop), ("step", SliceLayout.step)] {
            defineGetter(TypeID.slice, name) { vm, value throws(Raised) in ObjectRef(value)[slot] }
        }
        // Iterators are their own iterators.
        for id in [TypeID.listIterator, TypeID.tupleIterator, TypeID.rangeIterator, TypeID.strIterator, TypeID.dictKeyIterator,
                   TypeID.dictValueIterator, TypeID.dictItemIterator, TypeID.setIterator, TypeID.enumerate, TypeID.zip,
                   TypeID.map, TypeID.filter, TypeID.reversed, TypeID.callableIterator, TypeID.sequenceIterator,
                   TypeID.listReverseIterator, TypeID.bytesIterator] {
            defineMethod(id, "__iter__") { vm, arguments throws(Raised) in arguments[0] }
            defineMethod(id, "__next__") { vm, arguments throws(Raised) in
                let next = try vm.iteratorNext(arguments[0])
                if next.isNull { throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil)) }
                return next
            }
        }
        installIteratorLengthHints()
        installIteratorPickling()
    }
}

extension VM {
    /// Whether `object.__isabstractmethod__` is true (In CPython: _PyObject_IsAbstract); false without one.
    func isAbstractObject(_ object: Value) throws(Raised) -> Bool {
        if object.isNull || object.isNone { return false }
        let flag = try getAttributeOrNull(object, intern("__isabstractmethod__"))
        if flag.isNull { return false }
        return try isTrue(flag)
    }
}

extension VM {
    /// `Cls.name = new` for a type attribute kept in the class namespace; builtin types refuse it.
    func setHeapTypeAttribute(_ type: Value, _ name: Value, _ new: Value) throws(Raised) {
        let id = TypeView(type).ownTypeID
        guard types[id].flags.contains(.heapType) else {
            throw raiseTypeError("cannot set '\(swiftString(name))' attribute of immutable type '\(swiftString(TypeView(type).name))'")
        }
        try dictSet(TypeView(type).dict, name, new)
        noteTypeAttributeChange(id, name)
    }
}
