import TernCompiler

// Generators. A generator's frame lives in a heap value array while suspended;
// resuming copies it onto the value stack as an entry frame and runs it until
// YIELD_VALUE (which copies it back) or RETURN_VALUE (which finishes it). The
// copy costs a few words per resume and keeps every frame on one stack, which the
// collector and the JIT both rely on.

enum GeneratorState {
    static let created = 0, suspended = 1, running = 2, finished = 3
}

extension VM {
    /// Creates the generator for a call of a generator function whose arguments are bound at `frameSlots`.
    func makeGenerator(_ function: Value, _ code: UnsafeMutablePointer<CodeInfo>, frameSlots: UnsafeMutablePointer<Value>) throws(Raised) -> Value {
        // Fields are read through the pointer: copying the whole CodeInfo costs a memcpy per call.
        let slotCount = code.pointee.slotCount
        let storage = try allocateValueArray(capacity: slotCount + code.pointee.stackSize + 1)
        for index in 0..<slotCount { storage.items[index] = frameSlots[index] }  // fresh (young) storage: no write barrier needed
        let flags = code.pointee.flags
        let id = flags & Int(CodeFlags.coroutine.rawValue) != 0 ? RuntimeTypeIDs.coroutine
            : flags & Int(CodeFlags.asyncGenerator.rawValue) != 0 ? RuntimeTypeIDs.asyncGenerator : TypeID.generator
        let ref = try allocate(kind: .generator, typeID: id, words: GeneratorLayout.words)
        ref.setWord(GeneratorLayout.code, Int(bitPattern: code))
        ref[GeneratorLayout.codeObject] = code.pointee.codeValue
        ref.setWord(GeneratorLayout.pc, 0)
        ref.setWord(GeneratorLayout.stackDepth, 0)
        ref.setWord(GeneratorLayout.state, GeneratorState.created)
        ref[GeneratorLayout.frameValues] = storage.ref.value
        ref[GeneratorLayout.function] = function
        ref[GeneratorLayout.globals] = ObjectRef(function)[FunctionLayout.globals]
        ref[GeneratorLayout.name] = ObjectRef(function)[FunctionLayout.name]
        ref[GeneratorLayout.qualifiedName] = ObjectRef(function)[FunctionLayout.qualifiedName]
        if id == RuntimeTypeIDs.coroutine {
            // In CPython: a coroutine collected before it ran warns "was never awaited"; one
            // collected while suspended is closed. Registered now, it is never registered again.
            ref.header |= GCFlag.closeWhenCollected
            finalizable.append(ref.value)
        }
        return ref.value
    }

    /// Resumes `generator` with `sent` (or with `thrown` raised at the yield). Returns
    /// (finished, value): the yielded value, or the return value when it finished.
    func resumeGenerator(_ generator: Value, sent: Value, thrown: Value = .null) throws(Raised) -> (Bool, Value) {
        let ref = ObjectRef(generator)
        let state = ref.word(GeneratorLayout.state)
        if state == GeneratorState.running { throw raiseValueError("generator already executing") }
        if state == GeneratorState.finished {
            if typeID(of: generator) == RuntimeTypeIDs.coroutine {
                throw raise(exceptionTypes.runtimeError, "cannot reuse already awaited coroutine")
            }
            if !thrown.isNull { throw raise(exception: thrown) }
            return (true, .none)
        }
        if state == GeneratorState.created && !sent.isNone && thrown.isNull {
            throw raiseTypeError("can't send non-None value to a just-started \(generatorKind(generator))")
        }
        let code = loadedCode(atWord: ref.word(GeneratorLayout.code))!
        let slotCount = code.pointee.slotCount
        let base = stackTop
        if base + slotCount + code.pointee.stackSize + 2 >= stackLimit || depth >= recursionLimit {
            throw raise(exceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        let storage = ValueArrayView(ref[GeneratorLayout.frameValues]).items
        let stackDepth = ref.word(GeneratorLayout.stackDepth)
        base.update(from: storage, count: slotCount + stackDepth)
        var sp = base + slotCount + stackDepth
        if state == GeneratorState.suspended && thrown.isNull { sp.pointee = sent; sp += 1 }
        frames[frameCount] = Frame(code: code, pc: ref.word(GeneratorLayout.pc), currentInstruction: ref.word(GeneratorLayout.pc),
                                   base: base, sp: sp, function: ref[GeneratorLayout.function],
                                   globals: ref[GeneratorLayout.globals], namespace: .null,
                                   generator: generator, isEntry: true)
        frameCount += 1
        depth += 1
        ref.setWord(GeneratorLayout.state, GeneratorState.running)
        // A safepoint: code that only awaits and returns (recursive coroutines) reaches no other,
        // and its garbage would pile up unbounded. (A thrown exception is not rooted yet: not then.)
        if thrown.isNull && heap.collectionRequested { safepoint() }
        let savedHandled = handledException
        defer { handledException = savedHandled }
        let result: Value
        do throws(Raised) {
            if !thrown.isNull {
                // Raise at the point of suspension: unwind through the resumed frame.
                result = try runRaising(thrown)
            } else {
                result = try run()
            }
        } catch {
            if ref.word(GeneratorLayout.state) != GeneratorState.finished { finishGenerator(generator) }
            // In CPython (PEP 479): StopIteration escaping a generator becomes RuntimeError.
            if isException(raisedException) && (exceptionMatches(raisedException, exceptionTypes.stopIteration)
                || (typeID(of: generator) == RuntimeTypeIDs.asyncGenerator
                    && exceptionMatches(raisedException, exceptionTypes.stopAsyncIteration))) {
                throw try stopIterationEscaped(generator, raisedException)
            }
            throw error
        }
        if ref.word(GeneratorLayout.state) == GeneratorState.running {
            finishGenerator(generator)
            return (true, result)
        }
        return (false, result)
    }

    /// How messages name a generator: generator, coroutine or async generator.
    func generatorKind(_ generator: Value) -> String {
        let id = typeID(of: generator)
        return id == RuntimeTypeIDs.coroutine ? "coroutine" : id == RuntimeTypeIDs.asyncGenerator ? "async generator" : "generator"
    }

    /// StopIteration carrying `value` (none for None), as a finished send() raises it.
    func stopIteration(_ value: Value) throws(Raised) -> Raised {
        raise(exception: try newException(exceptionTypes.stopIteration, args: value.isNone ? emptyTuple : try newTuple([value])))
    }

    /// The RuntimeError that replaces a StopIteration raised inside a generator or coroutine
    /// (or a StopAsyncIteration inside an async generator).
    private func stopIterationEscaped(_ generator: Value, _ stop: Value) throws(Raised) -> Raised {
        let name = exceptionMatches(stop, exceptionTypes.stopAsyncIteration) ? "StopAsyncIteration" : "StopIteration"
        let replacement = try withRoots(stop) { () throws(Raised) in
            try newException(exceptionTypes.runtimeError, message: "\(generatorKind(generator)) raised \(name)")
        }
        let ref = ObjectRef(replacement)
        ref[ExceptionLayout.cause] = stop
        ref[ExceptionLayout.context] = stop
        ref.suppressesContext = true
        return raise(exception: replacement)
    }

    /// Runs the top frame as if `exception` had just been raised at its current instruction.
    private func runRaising(_ exception: Value) throws(Raised) -> Value {
        let frame = frames + (frameCount - 1)
        raisedException = exception
        let offset = max(0, frame.pointee.pc - 1)
        addTracebackEntry(frame, offset)
        if let handler = findExceptionHandler(frame.pointee.code, offset) {
            var sp = frame.pointee.base + frame.pointee.code.pointee.slotCount + handler.depth
            if handler.pushLasti { sp.pointee = Value(int: offset); sp += 1 }
            sp.pointee = raisedException; sp += 1
            raisedException = .null
            frame.pointee.sp = sp
            frame.pointee.pc = handler.target
            return try run()
        }
        finishGenerator(frame.pointee.generator)
        popFrame()
        throw Raised()
    }

    /// YIELD_VALUE: saves the top frame into its generator (the caller pops the frame).
    func suspendGenerator(_ frame: UnsafeMutablePointer<Frame>) {
        let generator = frame.pointee.generator
        let ref = ObjectRef(generator)
        let slotCount = frame.pointee.code.pointee.slotCount
        let stackDepth = frame.pointee.sp - (frame.pointee.base + slotCount)
        let storage = ValueArrayView(ref[GeneratorLayout.frameValues]).items
        storage.update(from: frame.pointee.base, count: slotCount + stackDepth)
        ObjectRef(ref[GeneratorLayout.frameValues]).rememberStores()
        ref.setWord(GeneratorLayout.stackDepth, stackDepth)
        ref.setWord(GeneratorLayout.pc, frame.pointee.pc)
        ref.setWord(GeneratorLayout.state, GeneratorState.suspended)
        // In CPython: a generator collected while suspended is closed, which runs its
        // `finally` blocks and `__exit__`s. Only a yield inside a handler's range can
        // run code on close, so only such generators are registered (once).
        if frame.pointee.code.pointee.yieldsInsideHandlers, ref.header & GCFlag.closeWhenCollected == 0,
           findExceptionHandler(frame.pointee.code, frame.pointee.currentInstruction) != nil {
            ref.header |= GCFlag.closeWhenCollected
            finalizable.append(generator)
        }
    }

    func finishGenerator(_ generator: Value) {
        let ref = ObjectRef(generator)
        ref.setWord(GeneratorLayout.state, GeneratorState.finished)
        // Drop the frame's values so that a finished generator holds nothing alive.
        let storage = ValueArrayView(ref[GeneratorLayout.frameValues])
        for index in 0..<storage.capacity { storage.items[index] = .null }  // NULLs need no write barrier
    }

    /// next(generator): the yielded value, or NULL when it finished (StopIteration swallowed).
    func generatorNext(_ generator: Value) throws(Raised) -> Value {
        let (finished, value) = try resumeGenerator(generator, sent: .none)
        return finished ? .null : value
    }

    /// SEND: sends into a generator or iterator; (finished, value).
    func sendToReceiver(_ receiver: Value, _ value: Value) throws(Raised) -> (Bool, Value) {
        if receiver.isObject && ObjectRef(receiver).kind == .generator {
            return try resumeGenerator(receiver, sent: value)
        }
        if receiver.isObject && ObjectRef(receiver).typeID == asyncio.futureIterTypeID && asyncio.futureIterTypeID != 0 {
            return try futureIterSend(receiver)
        }
        if receiver.isObject && isAsyncGeneratorAwaitable(ObjectRef(receiver).typeID) {
            return try stepAsyncAwaitable(receiver, sent: value, thrown: .null)
        }
        if value.isNone {
            let next = try iteratorNextKeepingStop(receiver)
            return next
        }
        return try callKeepingStop(try getAttribute(receiver, names.send), value)
    }

    /// `method(argument)` of an iterator-like object: (false, its result), or (true, the value)
    /// when it raised StopIteration, which is consumed.
    func callKeepingStop(_ method: Value, _ argument: Value) throws(Raised) -> (Bool, Value) {
        do throws(Raised) {
            return (false, try call(method, argument))
        } catch {
            if exceptionMatches(raisedException, exceptionTypes.stopIteration) {
                let stop = raisedException
                raisedException = .null
                return (true, stopIterationValue(stop))
            }
            throw error
        }
    }

    /// next() that reports the StopIteration value (for `yield from` on iterators).
    private func iteratorNextKeepingStop(_ iterator: Value) throws(Raised) -> (Bool, Value) {
        let id = typeID(of: iterator)
        let method = lookupInType(id, names.next)
        // Builtin iterators end without a value; an async generator's awaitable ends with one.
        if method.isNull || (!types[id].flags.contains(.heapType) && !isAsyncGeneratorAwaitable(id)) {
            let next = try iteratorNext(iterator)
            return next.isNull ? (true, .none) : (false, next)
        }
        do throws(Raised) {
            return (false, try callSpecial(method, iterator))
        } catch {
            if exceptionMatches(raisedException, exceptionTypes.stopIteration) {
                let stop = raisedException
                raisedException = .null
                return (true, stopIterationValue(stop))
            }
            throw error
        }
    }

    func stopIterationValue(_ stop: Value) -> Value {
        let args = ObjectRef(stop)[ExceptionLayout.args]
        if typeID(of: args) == TypeID.tuple && TupleView(args).count > 0 { return TupleView(args)[0] }
        return .none
    }

    /// generator.throw(exception).
    func generatorThrow(_ generator: Value, _ exception: Value) throws(Raised) -> Value {
        let (finished, value) = try throwIntoGenerator(generator, exception)
        if finished { throw try stopIteration(value) }
        return value
    }

    /// Raises `exception` (a class or an instance) inside the generator at its yield, passed
    /// down to what it awaits or delegates to first; (finished, value) as resumeGenerator.
    func throwIntoGenerator(_ generator: Value, _ exception: Value) throws(Raised) -> (Bool, Value) {
        let instance = try exceptionInstance(exception)
        let ref = ObjectRef(generator)
        if ref.word(GeneratorLayout.state) == GeneratorState.created {
            finishGenerator(generator)
            throw raise(exception: instance)
        }
        return try withRoots(instance) { () throws(Raised) in try throwDelegating(generator, instance) }
    }

    /// The exception that throw(type[, value[, traceback]]) and athrow() raise in the generator.
    func exceptionToThrow(_ arguments: Arguments) throws(Raised) -> Value {
        var exception = arguments[1]
        if arguments.count > 2 && isType(exception) && !arguments[2].isNone {
            // throw(type, value): value is used as is when it is already an instance of type.
            let value = arguments[2]
            if isException(value) && isSubtype(typeID(of: value), TypeView(exception).ownTypeID) {
                exception = value
            } else if typeID(of: value) == TypeID.tuple {
                exception = try callWithTuple(exception, value)
            } else {
                exception = try call(exception, value)
            }
        }
        return exception
    }

    /// generator.close().
    func generatorClose(_ generator: Value) throws(Raised) {
        let ref = ObjectRef(generator)
        let state = ref.word(GeneratorLayout.state)
        if state == GeneratorState.finished { return }
        if state == GeneratorState.created { finishGenerator(generator); return }
        let exit = try newException(exceptionTypes.generatorExit, message: nil)
        do throws(Raised) {
            _ = try withRoots(exit) { () throws(Raised) in try throwDelegating(generator, exit) }
        } catch {
            if exceptionMatches(raisedException, exceptionTypes.generatorExit) || exceptionMatches(raisedException, exceptionTypes.stopIteration) {
                raisedException = .null
                return
            }
            throw error
        }
        if ref.word(GeneratorLayout.state) != GeneratorState.finished {
            throw raise(exceptionTypes.runtimeError, "generator ignored GeneratorExit")
        }
    }

    // MARK: yield from / await delegation

    /// GET_YIELD_FROM_ITER: a generator stays itself; `await x` uses x.__await__().
    func yieldFromIterator(_ value: Value, isAwait: Bool, awaitedFrom: Int = 0) throws(Raised) -> Value {
        guard awaitedFrom == 3 else { return try awaitableIterator(value, isAwait: isAwait, awaitedFrom: awaitedFrom) }
        // In CPython: GET_ANEXT makes what __anext__ returned awaitable itself, and any failure
        // there becomes a TypeError naming that object, caused by the original error.
        do throws(Raised) {
            return try awaitableIterator(value, isAwait: true, awaitedFrom: 0)
        } catch {
            let cause = raisedException
            let replacement = try withRoots(cause) { () throws(Raised) in
                try newException(exceptionTypes.typeError, message: "'async for' received an invalid object from __anext__: \(typeName(value))")
            }
            ObjectRef(replacement)[ExceptionLayout.cause] = cause
            ObjectRef(replacement)[ExceptionLayout.context] = cause
            throw raise(exception: replacement)
        }
    }

    /// The iterator `yield from value` or `await value` runs, or the error CPython's GET_AWAITABLE raises.
    private func awaitableIterator(_ value: Value, isAwait: Bool, awaitedFrom: Int) throws(Raised) -> Value {
        if value.isObject && ObjectRef(value).kind == .generator {
            if isAwait || typeID(of: value) == TypeID.generator { return value }
            throw raiseTypeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
        }
        if !isAwait { return try getIterator(value) }
        // Their own __await__, and builtin: `async for` awaits one per item.
        if value.isObject && isAsyncGeneratorAwaitable(ObjectRef(value).typeID) { return value }
        let awaitMethod = lookupInType(typeID(of: value), names.`await`)
        if awaitMethod.isNull {
            switch awaitedFrom {
            case 1: throw raiseTypeError("'async with' received an object from __aenter__ that does not implement __await__: \(typeName(value))")
            case 2: throw raiseTypeError("'async with' received an object from __aexit__ that does not implement __await__: \(typeName(value))")
            default: throw raiseTypeError("object \(typeName(value)) can't be used in 'await' expression")
            }
        }
        let iterator = try call(awaitMethod, value)
        if iterator.isObject && ObjectRef(iterator).kind == .generator && typeID(of: iterator) == RuntimeTypeIDs.coroutine {
            throw raiseTypeError("__await__() returned a coroutine")
        }
        if lookupInType(typeID(of: iterator), names.next).isNull && !(iterator.isObject && ObjectRef(iterator).kind == .generator) {
            throw raiseTypeError("__await__() returned non-iterator of type '\(typeName(iterator))'")
        }
        return iterator
    }

    /// The sub-iterator a suspended generator is delegating to with `yield from`/`await`,
    /// with the SEND instruction's exit target, or nil. A delegating generator is
    /// suspended on the JUMP_BACKWARD that returns to its SEND, receiver on stack top.
    func delegationTarget(_ ref: ObjectRef) -> (receiver: Value, exit: Int)? {
        guard ref.word(GeneratorLayout.state) == GeneratorState.suspended else { return nil }
        let info = loadedCode(atWord: ref.word(GeneratorLayout.code))!.pointee
        let pc = ref.word(GeneratorLayout.pc)
        let stackDepth = ref.word(GeneratorLayout.stackDepth)
        guard stackDepth > 0 else { return nil }
        let word = info.instructions[pc]
        guard Opcode(rawValue: UInt8(truncatingIfNeeded: word)) == .jumpBackward else { return nil }
        let sendWord = info.instructions[Int(word >> 8)]
        guard Opcode(rawValue: UInt8(truncatingIfNeeded: sendWord)) == .send else { return nil }
        let receiver = ValueArrayView(ref[GeneratorLayout.frameValues]).items[info.slotCount + stackDepth - 1]
        return (receiver, Int(sendWord >> 8))
    }

    /// throw()/close() on a generator: passed down to the sub-iterator it delegates to first.
    private func throwDelegating(_ generator: Value, _ exception: Value) throws(Raised) -> (Bool, Value) {
        let ref = ObjectRef(generator)
        guard let (receiver, exit) = delegationTarget(ref) else {
            return try resumeGenerator(generator, sent: .none, thrown: exception)
        }
        let isGeneratorExit = exceptionMatches(exception, exceptionTypes.generatorExit)
        var outcome: (Bool, Value)? = nil
        do throws(Raised) {
            if receiver.isObject && ObjectRef(receiver).kind == .generator {
                if isGeneratorExit {
                    try generatorClose(receiver)
                } else {
                    outcome = try throwDelegating(receiver, exception)
                }
            } else {
                let name = isGeneratorExit ? "close" : "throw"
                let method = try getAttributeOrNull(receiver, intern(name))
                if !method.isNull {
                    if isGeneratorExit { _ = try call(method) } else { outcome = (false, try call(method, exception)) }
                }
            }
        } catch {
            // The sub-iterator raised: that exception is raised in the delegating generator.
            let raised = raisedException
            if !isGeneratorExit && exceptionMatches(raised, exceptionTypes.stopIteration) && !(receiver.isObject && ObjectRef(receiver).kind == .generator) {
                raisedException = .null
                outcome = (true, stopIterationValue(raised))
            } else {
                raisedException = .null
                return try withRoots(raised) { () throws(Raised) in try resumeGenerator(generator, sent: .none, thrown: raised) }
            }
        }
        guard let (finished, value) = outcome else {
            return try resumeGenerator(generator, sent: .none, thrown: exception)
        }
        if !finished { return (false, value) }
        // The sub-iterator returned: `yield from` evaluates to its value and the generator goes on.
        ref.setWord(GeneratorLayout.stackDepth, ref.word(GeneratorLayout.stackDepth) - 1)
        ref.setWord(GeneratorLayout.pc, exit)
        return try withRoots(value) { () throws(Raised) in try resumeGenerator(generator, sent: value) }
    }
}

/// Type ids of builtin types created at bootstrap beyond the fixed `TypeID` table.
/// Bootstrap is deterministic, so every VM in a process assigns the same ids.
enum RuntimeTypeIDs {
    nonisolated(unsafe) static var coroutine = -1
    nonisolated(unsafe) static var frame = -1
    nonisolated(unsafe) static var traceback = -1
    nonisolated(unsafe) static var asyncGenerator = -1
    nonisolated(unsafe) static var asyncGeneratorAsend = -1
    nonisolated(unsafe) static var asyncGeneratorAthrow = -1
}

extension VM {
    /// Methods of generator and coroutine objects.
    func installGeneratorMethods() {
        RuntimeTypeIDs.coroutine = makeBuiltinClass(name: "coroutine", base: TypeID.object, layout: .generator)
        RuntimeTypeIDs.asyncGenerator = makeBuiltinClass(name: "async_generator", base: TypeID.object, layout: .generator)
        for (id, prefix) in [(TypeID.generator, "gi"), (RuntimeTypeIDs.coroutine, "cr"), (RuntimeTypeIDs.asyncGenerator, "ag")] {
            defineGetter(id, "__name__") { vm, value throws(Raised) in ObjectRef(value)[GeneratorLayout.name] }
            defineGetter(id, "__qualname__") { vm, value throws(Raised) in ObjectRef(value)[GeneratorLayout.qualifiedName] }
            defineGetter(id, prefix + "_running") { vm, value throws(Raised) in
                Value(bool: ObjectRef(value).word(GeneratorLayout.state) == GeneratorState.running)
            }
            defineGetter(id, prefix + "_code") { vm, value throws(Raised) in
                ObjectRef(value)[GeneratorLayout.codeObject]
            }
        }
        installAsyncGeneratorMethods()
        for id in [TypeID.generator, RuntimeTypeIDs.coroutine] {
            defineMethod(id, "send") { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, "send", min: 1, max: 1)
                let (finished, value) = try vm.resumeGenerator(arguments[0], sent: arguments[1])
                if finished { throw try vm.stopIteration(value) }
                return value
            }
            defineMethod(id, "throw") { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, "throw", min: 1, max: 3)
                return try vm.generatorThrow(arguments[0], vm.exceptionToThrow(arguments))
            }
            defineMethod(id, "close") { vm, arguments throws(Raised) in
                try vm.generatorClose(arguments[0])
                return .none
            }
        }
        // Where the coroutine was made, kept by CPython only under sys.set_coroutine_origin_tracking_depth(n > 0),
        // which Tern does not offer: always None, as in CPython by default.
        defineGetter(RuntimeTypeIDs.coroutine, "cr_origin") { vm, value throws(Raised) in .none }
        defineMethod(RuntimeTypeIDs.coroutine, "__await__") { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(TypeID.generator, "__iter__") { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(TypeID.generator, "__next__") { vm, arguments throws(Raised) in
            let next = try vm.generatorNext(arguments[0])
            if next.isNull { throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil)) }
            return next
        }
    }
}

extension VM {
    /// callable(*tuple).
    func callWithTuple(_ callable: Value, _ tuple: Value) throws(Raised) -> Value {
        let items = TupleView(tuple)
        return try withStackSpace(items.count) { (scratch) throws(Raised) in
            for index in 0..<items.count { scratch[index] = items[index] }
            return try call(callable, arguments: scratch, count: items.count, keywordNames: .null)
        }
    }
}
