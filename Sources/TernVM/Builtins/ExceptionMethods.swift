// Methods and attributes of BaseException and its builtin subclasses: args,
// the chaining attributes, OSError's errno/strerror/filename, ImportError's name,
// StopIteration.value and SystemExit.code.

extension VM {
    /// A read-write attribute computed by Swift (a property whose getter and setter are native).
    func defineProperty(_ typeID: Int, _ name: String, get getter: @escaping (VM, Value) throws(Raised) -> Value,
                        set setter: @escaping (VM, Value, Value) throws(Raised) -> Void) {
        let getNative = newNative(name, receiverType: typeID) { vm, arguments throws(Raised) in try getter(vm, arguments[0]) }
        let setNative = newNative(name, receiverType: typeID) { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
            try setter(vm, arguments[0], arguments[1])
            return .none
        }
        let property = try! allocate(kind: .property, typeID: TypeID.property, words: PropertyLayout.words)
        property[PropertyLayout.getter] = getNative
        property[PropertyLayout.setter] = setNative
        property[PropertyLayout.deleter] = .none
        property[PropertyLayout.doc] = .none
        TypeLookupCache.invalidate()
        try! dictSet(TypeView(types[typeID].object).dict, intern(name), property.value)
    }

    func installExceptionMethods() {
        installUnicodeErrorMethods()
        let base = exceptionTypes.baseException
        defineMethod(base, "__init__") { vm, arguments throws(Raised) in
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("\(vm.typeName(arguments[0]))() takes no keyword arguments") }
            ObjectRef(arguments[0])[ExceptionLayout.args] = try vm.newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: arguments.positionalCount - 1))
            return .none
        }
        defineStaticMethod(base, "__new__") { vm, arguments throws(Raised) in
            let instance = try vm.newInstance(TypeView(arguments[0]).ownTypeID)
            ObjectRef(instance)[ExceptionLayout.args] = try vm.newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: arguments.positionalCount - 1))
            return instance
        }
        defineMethod(base, "__str__") { vm, arguments throws(Raised) in try vm.newStr(try vm.exceptionString(arguments[0])) }
        defineMethod(base, "__repr__") { vm, arguments throws(Raised) in try vm.newStr(try vm.exceptionRepr(arguments[0])) }
        defineMethod(base, "with_traceback") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "with_traceback", min: 1, max: 1)
            try vm.setTraceback(arguments[0], arguments[1])
            return arguments[0]
        }
        defineMethod(base, "add_note") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "add_note", min: 1, max: 1)
            guard vm.isStr(arguments[1]) else { throw vm.raiseTypeError("note must be a str, not '\(vm.typeName(arguments[1]))'") }
            let ref = ObjectRef(arguments[0])
            var notes = vm.instanceSlotValue(ref, vm.intern("__notes__"))
            if notes.isNull {
                notes = try vm.newList().ref.value
                try vm.setInstanceSlot(ref, vm.intern("__notes__"), notes)
            }
            guard vm.typeID(of: notes) == TypeID.list else { throw vm.raiseTypeError("Cannot add note: __notes__ is not a list") }
            try vm.listAppend(ListView(notes), arguments[1])
            return .none
        }
        defineProperty(base, "args", get: { vm, value throws(Raised) in ObjectRef(value)[ExceptionLayout.args] },
                       set: { vm, value, new throws(Raised) in
            ObjectRef(value)[ExceptionLayout.args] = try vm.tupleFrom(new)
        })
        defineProperty(base, "__traceback__", get: { vm, value throws(Raised) in
            let traceback = ObjectRef(value)[ExceptionLayout.traceback]
            return traceback.isNull ? .none : traceback
        }, set: { vm, value, new throws(Raised) in try vm.setTraceback(value, new) })
        defineProperty(base, "__cause__", get: { vm, value throws(Raised) in
            let cause = ObjectRef(value)[ExceptionLayout.cause]
            return cause.isNull ? .none : cause
        }, set: { vm, value, new throws(Raised) in
            guard new.isNone || vm.isException(new) else { throw vm.raiseTypeError("exception cause must be None or derive from BaseException") }
            ObjectRef(value)[ExceptionLayout.cause] = new
            ObjectRef(value).suppressesContext = true
        })
        defineProperty(base, "__context__", get: { vm, value throws(Raised) in
            let context = ObjectRef(value)[ExceptionLayout.context]
            return context.isNull ? .none : context
        }, set: { vm, value, new throws(Raised) in
            guard new.isNone || vm.isException(new) else { throw vm.raiseTypeError("exception context must be None or derive from BaseException") }
            ObjectRef(value)[ExceptionLayout.context] = new
        })
        defineProperty(base, "__suppress_context__", get: { vm, value throws(Raised) in
            Value(bool: ObjectRef(value).suppressesContext)
        }, set: { vm, value, new throws(Raised) in
            ObjectRef(value).suppressesContext = try vm.isTrue(new)
        })
        defineGetter(exceptionTypes.stopIteration, "value") { vm, value throws(Raised) in vm.stopIterationValue(value) }
        defineProperty(exceptionTypes.systemExit, "code", get: { vm, value throws(Raised) in
            let own = vm.instanceSlotValue(ObjectRef(value), vm.intern("code"))
            if !own.isNull { return own }
            let args = TupleView(ObjectRef(value)[ExceptionLayout.args])
            return args.count == 0 ? .none : (args.count == 1 ? args[0] : args.ref.value)
        }, set: { vm, value, new throws(Raised) in try vm.setInstanceSlot(ObjectRef(value), vm.intern("code"), new) })
        installImportErrorAttributes()
        installSyntaxErrorAttributes()
        installOSErrorMethods()
        installExceptionGroups()
    }

    /// ImportError(msg, name=..., path=...): name and path default to None.
    private func installImportErrorAttributes() {
        let importError = exceptionTypes.importError
        for name in ["name", "path"] {
            try! dictSet(TypeView(types[importError].object).dict, intern(name), .none)
        }
        defineMethod(importError, "__init__") { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            ref[ExceptionLayout.args] = try vm.newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: arguments.positionalCount - 1))
            for name in ["name", "path"] {
                let value = arguments.keyword(name)
                if !value.isNull { try vm.setInstanceSlot(ref, vm.intern(name), value) }
            }
            return .none
        }
        defineStaticMethod(importError, "__new__") { vm, arguments throws(Raised) in
            let instance = try vm.newInstance(TypeView(arguments[0]).ownTypeID)
            ObjectRef(instance)[ExceptionLayout.args] = try vm.newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: arguments.positionalCount - 1))
            return instance
        }
    }

    // MARK: OSError

    /// The OSError subclass CPython picks for an errno when `OSError(errno, ...)` is called.
    func osErrorSubclass(_ code: Int) -> Int? {
        // PEP 3151's table, with Linux's numbers.
        let name: String
        switch code {
        case 2: name = "FileNotFoundError"
        case 17: name = "FileExistsError"
        case 21: name = "IsADirectoryError"
        case 20: name = "NotADirectoryError"
        case 1, 13: name = "PermissionError"
        case 110: name = "TimeoutError"
        case 11, 114, 115: name = "BlockingIOError"
        case 10: name = "ChildProcessError"
        case 32, 108: name = "BrokenPipeError"
        case 103: name = "ConnectionAbortedError"
        case 111: name = "ConnectionRefusedError"
        case 104: name = "ConnectionResetError"
        case 4: name = "InterruptedError"
        case 3: name = "ProcessLookupError"
        default: return nil
        }
        return exceptionTypeIDs[name]
    }

    /// Splits OSError's constructor arguments into errno, strerror, filename and filename2.
    private func initializeOSError(_ exception: Value, _ arguments: Arguments) throws(Raised) {
        let ref = ObjectRef(exception)
        let count = arguments.positionalCount - 1
        let all = try newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: count))
        ref[ExceptionLayout.args] = all
        guard count >= 2 && count <= 5 else { return }
        try setInstanceSlot(ref, intern("errno"), arguments[1])
        try setInstanceSlot(ref, intern("strerror"), arguments[2])
        if count >= 3 {
            try setInstanceSlot(ref, intern("filename"), arguments[3])
            if count == 5 { try setInstanceSlot(ref, intern("filename2"), arguments[5]) }
            ref[ExceptionLayout.args] = try newTuple([arguments[1], arguments[2]])
        }
    }

    /// errno/strerror of an OSError: its own attribute, else the args open() and friends passed.
    private func osErrorField(_ exception: Value, _ name: String, _ position: Int) -> Value {
        let ref = ObjectRef(exception)
        let own = instanceSlotValue(ref, intern(name))
        if !own.isNull { return own }
        let args = ref[ExceptionLayout.args]
        if position >= 0 && typeID(of: args) == TypeID.tuple && TupleView(args).count == 2 { return TupleView(args)[position] }
        return .none
    }

    private func installOSErrorMethods() {
        let osError = exceptionTypes.osError
        defineStaticMethod(osError, "__new__") { vm, arguments throws(Raised) in
            var id = TypeView(arguments[0]).ownTypeID
            if id == vm.exceptionTypes.osError && arguments.positionalCount >= 3 && arguments[1].isInt,
               let subclass = vm.osErrorSubclass(Int(arguments[1].int)) {
                id = subclass
            }
            let instance = try vm.newInstance(id)
            try vm.withRoots(instance) { () throws(Raised) in try vm.initializeOSError(instance, arguments) }
            return instance
        }
        defineMethod(osError, "__init__") { vm, arguments throws(Raised) in
            try vm.initializeOSError(arguments[0], arguments)
            return .none
        }
        for (name, position) in [("errno", 0), ("strerror", 1), ("filename", -1), ("filename2", -1)] {
            defineProperty(osError, name, get: { vm, value throws(Raised) in vm.osErrorField(value, name, position) },
                           set: { vm, value, new throws(Raised) in try vm.setInstanceSlot(ObjectRef(value), vm.intern(name), new) })
        }
        defineMethod(osError, "__str__") { vm, arguments throws(Raised) in
            let exception = arguments[0]
            let code = vm.osErrorField(exception, "errno", 0)
            let text = vm.osErrorField(exception, "strerror", 1)
            let filename = vm.osErrorField(exception, "filename", -1)
            let filename2 = vm.osErrorField(exception, "filename2", -1)
            if !filename.isNone {
                var result = "[Errno \(try vm.strString(code))] \(try vm.strString(text)): \(try vm.reprString(filename))"
                if !filename2.isNone { result += " -> \(try vm.reprString(filename2))" }
                return try vm.newStr(result)
            }
            if !code.isNone && !text.isNone {
                return try vm.newStr("[Errno \(try vm.strString(code))] \(try vm.strString(text))")
            }
            return try vm.newStr(try vm.exceptionString(exception))
        }
    }
}
