// Asynchronous generators (`async def` with `yield`). Calling one creates an
// `async_generator` over a suspended frame, like a generator. It is driven
// through awaitables, as in CPython: `__anext__()`/`asend(v)` return an
// `async_generator_asend`, `athrow(...)`/`aclose()` an `async_generator_athrow`;
// an event loop (or a coroutine awaiting them) sends into those. Each resumption
// of the frame ends in one of three ways, which the awaitable translates:
//   - a plain `yield v`: the awaitable is done, it raises StopIteration(v);
//   - a suspension inside an `await` (the frame sits on the JUMP_BACKWARD back to
//     its SEND, see `delegationTarget`): the inner value goes out to the driver;
//   - the frame returns: StopAsyncIteration.
// Tern's YIELD_VALUE carries no wrapper as CPython's ASYNC_GEN_WRAP does; where the
// frame is suspended tells the two kinds of yield apart.

/// An awaitable's state and kind, kept in the words of the iterator layout it uses:
/// `source` is the async generator, `aux1` the value to send first (asend) or the
/// exception to throw (athrow), `index` the state, `limit` the kind.
enum AsyncGeneratorAwaitable {
    static let initial = 0, iterating = 1, closed = 2
    static let asend = 0, athrow = 1, aclose = 2
}

extension VM {
    func installAsyncGeneratorMethods() {
        let generatorType = RuntimeTypeIDs.asyncGenerator
        RuntimeTypeIDs.asyncGeneratorAsend = makeBuiltinClass(name: "async_generator_asend", base: TypeID.object, layout: .iterator)
        RuntimeTypeIDs.asyncGeneratorAthrow = makeBuiltinClass(name: "async_generator_athrow", base: TypeID.object, layout: .iterator)
        let asendType = RuntimeTypeIDs.asyncGeneratorAsend, athrowType = RuntimeTypeIDs.asyncGeneratorAthrow
        defineMethod(generatorType, "__aiter__") { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(generatorType, "__anext__") { vm, arguments throws(Raised) in
            try vm.callFirstIterationHook(arguments[0])
            return try vm.newIterator(asendType, source: arguments[0], index: AsyncGeneratorAwaitable.initial,
                               limit: AsyncGeneratorAwaitable.asend, aux1: .none)
        }
        defineMethod(generatorType, "asend", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.callFirstIterationHook(arguments[0])
            return try vm.newIterator(asendType, source: arguments[0], index: AsyncGeneratorAwaitable.initial,
                               limit: AsyncGeneratorAwaitable.asend, aux1: arguments[1])
        }
        defineMethod(generatorType, "athrow", arguments: 1...3) { vm, arguments throws(Raised) in
            try vm.callFirstIterationHook(arguments[0])
            let exception = try vm.exceptionToThrow(arguments)
            return try vm.withRoots(exception) { () throws(Raised) in
                try vm.newIterator(athrowType, source: arguments[0], index: AsyncGeneratorAwaitable.initial,
                                   limit: AsyncGeneratorAwaitable.athrow, aux1: exception)
            }
        }
        defineMethod(generatorType, "aclose", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.callFirstIterationHook(arguments[0])
            return try vm.newIterator(athrowType, source: arguments[0], index: AsyncGeneratorAwaitable.initial,
                               limit: AsyncGeneratorAwaitable.aclose)
        }
        for id in [asendType, athrowType] {
            defineMethod(id, "__await__") { vm, arguments throws(Raised) in arguments[0] }
            defineMethod(id, "__iter__") { vm, arguments throws(Raised) in arguments[0] }
            defineMethod(id, "__next__") { vm, arguments throws(Raised) in
                try vm.stopIterationIfDone(try vm.stepAsyncAwaitable(arguments[0], sent: .none, thrown: .null))
            }
            defineMethod(id, "send", arguments: 1...1) { vm, arguments throws(Raised) in
                try vm.stopIterationIfDone(try vm.stepAsyncAwaitable(arguments[0], sent: arguments[1], thrown: .null))
            }
            defineMethod(id, "throw", arguments: 1...3) { vm, arguments throws(Raised) in
                let exception = try vm.exceptionToThrow(arguments)
                return try vm.withRoots(exception) { () throws(Raised) in
                    try vm.stopIterationIfDone(try vm.stepAsyncAwaitable(arguments[0], sent: .none, thrown: exception))
                }
            }
            defineMethod(id, "close", arguments: 0...0) { vm, arguments throws(Raised) in
                ObjectRef(arguments[0]).setWord(IteratorLayout.index, AsyncGeneratorAwaitable.closed)
                return .none
            }
        }
    }

    func isAsyncGeneratorAwaitable(_ id: Int) -> Bool {
        id == RuntimeTypeIDs.asyncGeneratorAsend || id == RuntimeTypeIDs.asyncGeneratorAthrow
    }

    /// The value of a step that did not complete; StopIteration(value) for one that did.
    private func stopIterationIfDone(_ step: (Bool, Value)) throws(Raised) -> Value {
        if step.0 { throw try stopIteration(step.1) }
        return step.1
    }

    /// One send() or throw() into an awaitable (`thrown` NULL for send): (false, what goes out
    /// to the driver), or (true, value) when it completed with that value (send() raises
    /// StopIteration(value): SEND takes the pair, as `async for` awaits one per item), or raises
    /// how else the step ended (see the top of the file).
    func stepAsyncAwaitable(_ awaitable: Value, sent: Value, thrown: Value) throws(Raised) -> (Bool, Value) {
        let ref = ObjectRef(awaitable)
        let generator = ref[IteratorLayout.source]
        let kind = ref.word(IteratorLayout.limit)
        if ref.word(IteratorLayout.index) == AsyncGeneratorAwaitable.closed {
            throw raise(exceptionTypes.runtimeError, kind == AsyncGeneratorAwaitable.asend
                        ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()")
        }
        do throws(Raised) {
            let step = kind == AsyncGeneratorAwaitable.asend
                ? try stepAsend(ref, generator, sent: sent, thrown: thrown)
                : (false, try stepAthrow(ref, generator, sent: sent, thrown: thrown))
            if step.0 { ref.setWord(IteratorLayout.index, AsyncGeneratorAwaitable.closed) }
            return step
        } catch {
            // In CPython: an awaitable that raised (StopIteration included) is spent. A
            // StopIteration here is athrow's completion (the generator's own becomes a
            // RuntimeError): the pair, as for asend.
            ref.setWord(IteratorLayout.index, AsyncGeneratorAwaitable.closed)
            if exceptionMatches(raisedException, exceptionTypes.stopIteration) {
                let stop = raisedException
                raisedException = .null
                return (true, stopIterationValue(stop))
            }
            throw error
        }
    }

    private func stepAsend(_ ref: ObjectRef, _ generator: Value, sent: Value, thrown: Value) throws(Raised) -> (Bool, Value) {
        var value = sent
        if ref.word(IteratorLayout.index) == AsyncGeneratorAwaitable.initial {
            if value.isNone { value = ref[IteratorLayout.aux1] }
            ref.setWord(IteratorLayout.index, AsyncGeneratorAwaitable.iterating)
        }
        let outcome = thrown.isNull ? try resumeGenerator(generator, sent: value) : try throwIntoGenerator(generator, thrown)
        return try asyncGeneratorStep(generator, outcome)
    }

    private func stepAthrow(_ ref: ObjectRef, _ generator: Value, sent: Value, thrown: Value) throws(Raised) -> Value {
        let closing = ref.word(IteratorLayout.limit) == AsyncGeneratorAwaitable.aclose
        if ObjectRef(generator).word(GeneratorLayout.state) == GeneratorState.finished {
            ref.setWord(IteratorLayout.index, AsyncGeneratorAwaitable.closed)
            throw try stopIteration(.none)
        }
        do throws(Raised) {
            let outcome: (Bool, Value)
            if ref.word(IteratorLayout.index) == AsyncGeneratorAwaitable.initial {
                if !sent.isNone && thrown.isNull {
                    throw raise(exceptionTypes.runtimeError, "can't send non-None value to a just-started coroutine")
                }
                ref.setWord(IteratorLayout.index, AsyncGeneratorAwaitable.iterating)
                var exception = ref[IteratorLayout.aux1]
                if closing { exception = try newException(exceptionTypes.generatorExit, message: nil) }
                outcome = try withRoots(exception) { () throws(Raised) in try throwIntoGenerator(generator, exception) }
            } else {
                outcome = thrown.isNull ? try resumeGenerator(generator, sent: sent) : try throwIntoGenerator(generator, thrown)
            }
            if !closing { return try stopIterationIfDone(try asyncGeneratorStep(generator, outcome)) }
            if outcome.0 { throw raise(exception: try newException(exceptionTypes.stopAsyncIteration, message: nil)) }
            if isSuspendedInAwait(generator) { return outcome.1 }
            throw raise(exceptionTypes.runtimeError, "async generator ignored GeneratorExit")
        } catch {
            // In CPython: aclose() is done (StopIteration) once the generator exits by
            // GeneratorExit or by returning.
            if closing && (exceptionMatches(raisedException, exceptionTypes.stopAsyncIteration)
                           || exceptionMatches(raisedException, exceptionTypes.generatorExit)) {
                raisedException = .null
                throw try stopIteration(.none)
            }
            throw error
        }
    }

    /// What a resumption of the generator's frame means to the awaitable driving it.
    private func asyncGeneratorStep(_ generator: Value, _ outcome: (Bool, Value)) throws(Raised) -> (Bool, Value) {
        let (finished, value) = outcome
        if finished { throw raise(exception: try newException(exceptionTypes.stopAsyncIteration, message: nil)) }
        if isSuspendedInAwait(generator) { return (false, value) }
        return (true, value)
    }

    private func isSuspendedInAwait(_ generator: Value) -> Bool {
        delegationTarget(ObjectRef(generator)) != nil
    }
}
