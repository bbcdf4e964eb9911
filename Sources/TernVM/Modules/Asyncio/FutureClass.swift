// _asyncio.Future: its methods and attributes, as CPython's C class has them (no __del__:
// its finaliser is FutureFinalization.swift).

extension VM {
    func installFutureClass() {
        let id = nativeModuleClass(asyncio.futureTypeID, name: "Future", module: "_asyncio", base: TypeID.object, layout: .instance)
        // In CPython a Future has a dict for attributes of its own but no `__dict__` to read it by.
        types[id].flags.formUnion([.namedWithModule])
        asyncio.futureTypeID = id
        defineGetter(id, "__dict__") { vm, value throws(Raised) in
            throw vm.raise(vm.exceptionTypes.attributeError, "'\(vm.typeName(value))' object has no attribute '__dict__'")
        }
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            guard arguments.count > 0, vm.isType(arguments[0]), vm.isSubtype(TypeView(arguments[0]).ownTypeID, vm.asyncio.futureTypeID) else {
                throw vm.raiseTypeError("Future.__new__(X): X is not a subtype of _asyncio.Future")
            }
            return try vm.newNativeFuture(TypeView(arguments[0]).ownTypeID)
        }
        defineMethod(id, "__init__") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "Future", positional: [], keywords: ["loop"])
            try vm.futureInit(arguments[0], loop: bound[0])
            return .none
        }
        defineMethod(id, "result", arguments: 0...0) { vm, arguments throws(Raised) in try vm.futureResult(arguments[0]) }
        defineMethod(id, "exception", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.futureView(arguments[0])
            if !view.isAlive { throw try vm.raiseInvalidState("Future object is not initialized.") }
            if view.state == FutureState.cancelled { throw vm.raise(exception: try vm.makeCancelledError(arguments[0])) }
            if view.state != FutureState.finished { throw try vm.raiseInvalidState("Exception is not set.") }
            let exception = view[FutureField.exception]
            if exception.isNull { return .none }
            view.set(FutureFlags.logTraceback, false)
            return exception
        }
        defineMethod(id, "set_result", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.futureSetResult(arguments[0], arguments[1])
            return .none
        }
        defineMethod(id, "set_exception", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.futureSetException(arguments[0], arguments[1])
            return .none
        }
        defineMethod(id, "add_done_callback") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "add_done_callback", positional: ["fn"], required: 1, keywords: ["context"])
            if !bound[1].isNull {
                try vm.futureAddDoneCallback(arguments[0], bound[0], context: bound[1])
                return .none
            }
            let context = try vm.call(vm.asyncio.copyContext)
            try vm.withRoots(context) { () throws(Raised) in try vm.futureAddDoneCallback(arguments[0], bound[0], context: context) }
            return .none
        }
        defineMethod(id, "remove_done_callback", arguments: 1...1) { vm, arguments throws(Raised) in
            Value(int: try vm.futureRemoveDoneCallback(arguments[0], arguments[1]))
        }
        defineMethod(id, "cancel") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "cancel", positional: ["msg"], positionalOnly: false, keywords: [])
            _ = try vm.aliveFutureView(arguments[0])
            return Value(bool: try vm.futureCancel(arguments[0], message: bound[0].isNull ? .none : bound[0]))
        }
        defineMethod(id, "cancelled", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.futureView(arguments[0])
            return Value(bool: view.isAlive && view.state == FutureState.cancelled)
        }
        defineMethod(id, "done", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.futureView(arguments[0])
            return Value(bool: view.isAlive && view.state != FutureState.pending)
        }
        defineMethod(id, "get_loop", arguments: 0...0) { vm, arguments throws(Raised) in try vm.aliveFutureView(arguments[0]).loop }
        defineMethod(id, "_make_cancelled_error", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.makeCancelledError(arguments[0])
        }
        defineMethod(id, "_repr_info", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.call(vm.asyncio.futureReprInfo, arguments[0])
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            _ = try vm.aliveFutureView(arguments[0])
            return try vm.call(vm.asyncio.futureRepr, arguments[0])
        }
        defineMethod(id, "__await__") { vm, arguments throws(Raised) in try vm.newFutureIter(arguments[0]) }
        defineMethod(id, "__iter__") { vm, arguments throws(Raised) in try vm.newFutureIter(arguments[0]) }
        defineClassMethod(id, "__class_getitem__") { vm, arguments throws(Raised) in try vm.genericAlias(arguments[0], arguments[1]) }
        defineFutureAttributes(id)
    }

    /// The attributes CPython's Future exposes (its getset list).
    private func defineFutureAttributes(_ id: Int) {
        defineFutureGetter(id, "_state", whenUninitialized: nil) { vm, view throws(Raised) in
            vm.intern(view.state == FutureState.pending ? "PENDING" : view.state == FutureState.cancelled ? "CANCELLED" : "FINISHED")
        }
        defineFutureProperty(id, "_asyncio_future_blocking", get: { vm, value throws(Raised) in
            let view = try vm.futureView(value)
            return Value(bool: view.isAlive && view.has(FutureFlags.blocking))
        }, set: { vm, value, new throws(Raised) in
            try vm.aliveFutureView(value).set(FutureFlags.blocking, try vm.isTrue(new))
        })
        defineFutureGetter(id, "_loop", whenUninitialized: Value.none) { vm, view throws(Raised) in view.loop }
        defineFutureGetter(id, "_callbacks", whenUninitialized: nil) { vm, view throws(Raised) in try vm.futureCallbackList(view) }
        defineFutureGetter(id, "_result", whenUninitialized: nil) { vm, view throws(Raised) in
            view[FutureField.result].isNull ? .none : view[FutureField.result]
        }
        defineFutureGetter(id, "_exception", whenUninitialized: nil) { vm, view throws(Raised) in
            view[FutureField.exception].isNull ? .none : view[FutureField.exception]
        }
        defineFutureProperty(id, "_log_traceback", get: { vm, value throws(Raised) in
            Value(bool: try vm.aliveFutureView(value).has(FutureFlags.logTraceback))
        }, set: { vm, value, new throws(Raised) in
            if try vm.isTrue(new) { throw vm.raiseValueError("_log_traceback can only be set to False") }
            try vm.futureView(value).set(FutureFlags.logTraceback, false)
        })
        defineFutureGetter(id, "_source_traceback", whenUninitialized: Value.none) { vm, view throws(Raised) in
            view[FutureField.sourceTraceback].isNull ? .none : view[FutureField.sourceTraceback]
        }
        defineFutureProperty(id, "_cancel_message", get: { vm, value throws(Raised) in
            let message = try vm.futureView(value)[FutureField.cancelMessage]
            return message.isNull ? .none : message
        }, set: { vm, value, new throws(Raised) in
            try vm.futureView(value)[FutureField.cancelMessage] = new
        })
    }

    /// A read-only attribute of an initialised Future; an uninitialised one gives
    /// `whenUninitialized`, or RuntimeError when that is nil.
    func defineFutureGetter(_ id: Int, _ name: String, whenUninitialized: Value?,
                            _ getter: @escaping (VM, FutureView) throws(Raised) -> Value) {
        defineGetter(id, name) { vm, value throws(Raised) in
            let view = try vm.futureView(value)
            if !view.isAlive {
                guard let whenUninitialized else { throw vm.raise(vm.exceptionTypes.runtimeError, "Future object is not initialized.") }
                return whenUninitialized
            }
            return try getter(vm, view)
        }
    }

    /// A read-write attribute that cannot be deleted, with CPython's message.
    func defineFutureProperty(_ id: Int, _ name: String, get: @escaping (VM, Value) throws(Raised) -> Value,
                              set: @escaping (VM, Value, Value) throws(Raised) -> Void) {
        defineProperty(id, name, get: get, set: set)
        ObjectRef(dictGetStr(TypeView(types[id].object).dict, intern(name)))[PropertyLayout.deleter] =
            newNative(name, receiverType: id) { vm, arguments throws(Raised) in
                throw vm.raise(vm.exceptionTypes.attributeError, "cannot delete attribute")
            }
    }

    /// `_callbacks`: a list of (callback, context) pairs, or None when there are none.
    private func futureCallbackList(_ view: FutureView) throws(Raised) -> Value {
        let first = view[FutureField.callback0], rest = view[FutureField.callbacks]
        if first.isNull { return rest.isNull ? .none : rest }
        let pair = try newTuple([first, view[FutureField.context0]])
        return try withRoots(pair) { () throws(Raised) in
            let count = rest.isNull ? 0 : ListView(rest).count
            let list = try newList(capacity: count + 1)
            list[0] = pair
            for index in 0..<count { list[index + 1] = ListView(rest)[index] }
            list.count = count + 1
            return list.ref.value
        }
    }

    /// remove_done_callback(fn): removes every callback equal to `fn`; how many went.
    func futureRemoveDoneCallback(_ future: Value, _ function: Value) throws(Raised) -> Int {
        let view = try aliveFutureView(future)
        var removed = 0
        let first = view[FutureField.callback0]
        if !first.isNull, try withRoots(first) { () throws(Raised) in try isEqual(first, function) } {
            view[FutureField.callback0] = .null
            view[FutureField.context0] = .null
            removed = 1
        }
        let callbacks = view[FutureField.callbacks]
        if callbacks.isNull { return removed }
        // Comparisons may run Python code that adds callbacks: the list is read again at each step.
        return try withRoots(callbacks) { () throws(Raised) in
            let kept = try newList()
            return try withRoots(kept.ref.value) { () throws(Raised) in
                var index = 0
                while index < ListView(callbacks).count {
                    let entry = ListView(callbacks)[index]
                    index += 1
                    let matches = try withRoots(entry) { () throws(Raised) in try isEqual(TupleView(entry)[0], function) }
                    if !matches { try listAppend(kept, entry) }
                }
                let dropped = ListView(callbacks).count - kept.count
                if dropped > 0 {
                    let list = ListView(callbacks)
                    for position in 0..<kept.count { list[position] = kept[position] }
                    for position in kept.count..<list.count { ValueArrayView(list.storage).items[position] = .null }
                    list.count = kept.count
                }
                if ListView(callbacks).count == 0 && view[FutureField.callbacks] == callbacks { view[FutureField.callbacks] = .null }
                return removed + dropped
            }
        }
    }
}
