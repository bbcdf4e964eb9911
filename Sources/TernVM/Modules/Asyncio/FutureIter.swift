// _asyncio.FutureIter: what `await future` and `yield from future` run. It yields the
// Future once, marked blocking, for the task to wait on, then returns its result (or raises
// its exception). A payload object whose one field is the Future, NULL once done.
// sendToReceiver (Interpreter/Generators.swift) calls futureIterSend directly, so finishing
// an await allocates no StopIteration.

extension VM {
    func installFutureIterClass() {
        let id = nativeModuleClass(asyncio.futureIterTypeID, name: "FutureIter", module: "_asyncio", base: TypeID.object, layout: .instance)
        types[id].flags.formUnion([.withoutInstanceDict, .namedWithModule, .final])
        asyncio.futureIterTypeID = id
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            throw vm.raiseTypeError("cannot create '_asyncio.FutureIter' instances")
        }
        defineMethod(id, "__iter__") { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(id, "__next__") { vm, arguments throws(Raised) in try vm.futureIterNext(arguments[0]) }
        defineMethod(id, "send", arguments: 1...1) { vm, arguments throws(Raised) in try vm.futureIterNext(arguments[0]) }
        defineMethod(id, "throw", arguments: 1...3) { vm, arguments throws(Raised) in
            throw try vm.futureIterThrow(arguments)
        }
        defineMethod(id, "close", arguments: 0...0) { vm, arguments throws(Raised) in
            vm.payloadFields(arguments[0])[0] = .null
            return .none
        }
    }

    /// Future.__await__() and __iter__().
    func newFutureIter(_ future: Value) throws(Raised) -> Value {
        _ = try aliveFutureView(future)
        let fields = try allocateTuple(count: 1)
        fields.items[0] = future
        return try withRoots(fields.ref.value) { () throws(Raised) in
            try newPayloadObject(asyncio.futureIterTypeID, tuple: fields.ref.value)
        }
    }

    /// One step of the iterator: (false, the Future) while it is pending (the first time),
    /// (true, its result) once it is done. RuntimeError if the Future is still pending when
    /// resumed: nobody waited for it.
    func futureIterSend(_ iterator: Value) throws(Raised) -> (Bool, Value) {
        let fields = payloadFields(iterator)
        let future = fields.items[0]
        if future.isNull { return (true, .none) }
        let view = try futureView(future)
        if view.state == FutureState.pending {
            if !view.has(FutureFlags.blocking) {
                view.set(FutureFlags.blocking, true)
                return (false, future)
            }
            throw raise(exceptionTypes.runtimeError, "await wasn't used with future")
        }
        fields.items[0] = .null
        return try withRoots(future) { () throws(Raised) in (true, try futureResult(future)) }
    }

    /// __next__() and send(): the step's value, or StopIteration carrying the result.
    private func futureIterNext(_ iterator: Value) throws(Raised) -> Value {
        let fields = payloadFields(iterator)
        let wasDone = fields.items[0].isNull
        let (finished, value) = try futureIterSend(iterator)
        if !finished { return value }
        if wasDone { throw raise(exception: try newException(exceptionTypes.stopIteration, message: nil)) }
        throw try stopIteration(value)
    }

    /// throw(type[, value[, traceback]]): raises the exception (the iterator is done after).
    private func futureIterThrow(_ arguments: Arguments) throws(Raised) -> Raised {
        let value = arguments.count > 2 && !arguments[2].isNone ? arguments[2] : Value.null
        let traceback = arguments.count > 3 && !arguments[3].isNone ? arguments[3] : Value.null
        if !traceback.isNull && typeID(of: traceback) != RuntimeTypeIDs.traceback {
            throw raiseTypeError("throw() third argument must be a traceback")
        }
        let given = arguments[1]
        var exception: Value
        if isType(given) && isSubtype(TypeView(given).ownTypeID, exceptionTypes.baseException) {
            if !value.isNull && isException(value) && isSubtype(typeID(of: value), TypeView(given).ownTypeID) {
                exception = value
            } else if value.isNull {
                exception = try call(given)
            } else if typeID(of: value) == TypeID.tuple {
                exception = try callWithTuple(given, value)
            } else {
                exception = try call(given, value)
            }
        } else if isException(given) {
            if !value.isNull { throw raiseTypeError("instance exception may not have a separate value") }
            exception = given
        } else {
            throw raiseTypeError("exceptions must be classes deriving BaseException or instances of such a class")
        }
        if !traceback.isNull { ObjectRef(exception)[ExceptionLayout.traceback] = traceback }
        payloadFields(arguments[0])[0] = .null
        return raise(exception: exception)
    }
}
