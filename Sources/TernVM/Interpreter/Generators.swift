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
        let info = code.pointee
        let storage = try allocateValueArray(capacity: info.slotCount + info.stackSize + 1)
        for index in 0..<info.slotCount { storage.items[index] = frameSlots[index] }
        let ref = try allocate(kind: .generator, typeID: TypeID.generator, words: GeneratorLayout.words)
        ref.setWord(GeneratorLayout.code, info.index)
        ref.setWord(GeneratorLayout.pc, 0)
        ref.setWord(GeneratorLayout.stackDepth, 0)
        ref.setWord(GeneratorLayout.state, GeneratorState.created)
        ref[GeneratorLayout.frameValues] = storage.ref.value
        ref[GeneratorLayout.function] = function
        ref[GeneratorLayout.globals] = ObjectRef(function)[FunctionLayout.globals]
        ref[GeneratorLayout.name] = ObjectRef(function)[FunctionLayout.name]
        ref[GeneratorLayout.qualifiedName] = ObjectRef(function)[FunctionLayout.qualifiedName]
        return ref.value
    }

    /// Resumes `generator` with `sent` (or with `thrown` raised at the yield). Returns
    /// (finished, value): the yielded value, or the return value when it finished.
    func resumeGenerator(_ generator: Value, sent: Value, thrown: Value = .null) throws(Raised) -> (Bool, Value) {
        let ref = ObjectRef(generator)
        let state = ref.word(GeneratorLayout.state)
        if state == GeneratorState.running { throw raiseValueError("generator already executing") }
        if state == GeneratorState.finished {
            if !thrown.isNull { throw raise(exception: thrown) }
            return (true, .none)
        }
        if state == GeneratorState.created && !sent.isNone && thrown.isNull {
            throw raiseTypeError("can't send non-None value to a just-started generator")
        }
        let code = codes[ref.word(GeneratorLayout.code)]
        let info = code.pointee
        let base = stackTop
        if base + info.slotCount + info.stackSize + 2 >= stackLimit || depth >= recursionLimit {
            throw raise(exceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        let storage = ValueArrayView(ref[GeneratorLayout.frameValues])
        let stackDepth = ref.word(GeneratorLayout.stackDepth)
        for index in 0..<(info.slotCount + stackDepth) { base[index] = storage.items[index] }
        var sp = base + info.slotCount + stackDepth
        if state == GeneratorState.suspended && thrown.isNull { sp.pointee = sent; sp += 1 }
        frames[frameCount] = Frame(code: code, pc: ref.word(GeneratorLayout.pc), currentInstruction: ref.word(GeneratorLayout.pc),
                                   base: base, sp: sp, function: ref[GeneratorLayout.function],
                                   globals: ref[GeneratorLayout.globals], namespace: .null,
                                   generator: generator, isEntry: true)
        frameCount += 1
        depth += 1
        ref.setWord(GeneratorLayout.state, GeneratorState.running)
        let savedHandled = handledException
        defer { handledException = savedHandled }
        let result: Value
        if !thrown.isNull {
            // Raise at the point of suspension: unwind through the resumed frame.
            result = try runRaising(thrown)
        } else {
            result = try run()
        }
        if ref.word(GeneratorLayout.state) == GeneratorState.running {
            finishGenerator(generator)
            return (true, result)
        }
        return (false, result)
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
        let info = frame.pointee.code.pointee
        let stackDepth = frame.pointee.sp - (frame.pointee.base + info.slotCount)
        let storage = ValueArrayView(ref[GeneratorLayout.frameValues])
        for index in 0..<(info.slotCount + stackDepth) { storage.items[index] = frame.pointee.base[index] }
        ref.setWord(GeneratorLayout.stackDepth, stackDepth)
        ref.setWord(GeneratorLayout.pc, frame.pointee.pc)
        ref.setWord(GeneratorLayout.state, GeneratorState.suspended)
    }

    func finishGenerator(_ generator: Value) {
        let ref = ObjectRef(generator)
        ref.setWord(GeneratorLayout.state, GeneratorState.finished)
        // Drop the frame's values so that a finished generator holds nothing alive.
        let storage = ValueArrayView(ref[GeneratorLayout.frameValues])
        for index in 0..<storage.capacity { storage.items[index] = .null }
    }

    /// next(generator): the yielded value, or NULL when it finished (StopIteration swallowed).
    func generatorNext(_ generator: Value) throws(Raised) -> Value {
        let (finished, value) = try resumeGenerator(generator, sent: .none)
        return finished ? .null : value
    }

    /// SEND: sends into a generator or iterator; (finished, value).
    func sendToReceiver(_ receiver: Value, _ value: Value) throws(Raised) -> (Bool, Value) {
        if typeID(of: receiver) == TypeID.generator {
            return try resumeGenerator(receiver, sent: value)
        }
        if value.isNone {
            let next = try iteratorNextKeepingStop(receiver)
            return next
        }
        let send = try getAttribute(receiver, names.send)
        do throws(Raised) {
            return (false, try call(send, value))
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
        if method.isNull || !types[id].flags.contains(.heapType) {
            let next = try iteratorNext(iterator)
            return next.isNull ? (true, .none) : (false, next)
        }
        do throws(Raised) {
            return (false, try call(method, iterator))
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
        let instance = try exceptionInstance(exception)
        let ref = ObjectRef(generator)
        if ref.word(GeneratorLayout.state) == GeneratorState.created {
            finishGenerator(generator)
            throw raise(exception: instance)
        }
        let (finished, value) = try resumeGenerator(generator, sent: .none, thrown: instance)
        if finished {
            throw raise(exception: try newException(exceptionTypes.stopIteration, args: value.isNone ? emptyTuple : try newTuple([value])))
        }
        return value
    }

    /// generator.close().
    func generatorClose(_ generator: Value) throws(Raised) {
        let ref = ObjectRef(generator)
        let state = ref.word(GeneratorLayout.state)
        if state == GeneratorState.finished { return }
        if state == GeneratorState.created { finishGenerator(generator); return }
        let exit = try newException(exceptionTypes.generatorExit, message: nil)
        do throws(Raised) {
            _ = try resumeGenerator(generator, sent: .none, thrown: exit)
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
}
