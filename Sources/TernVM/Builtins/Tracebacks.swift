// Traceback objects (`exception.__traceback__`, `sys.exc_info()[2]`), as CPython
// has them: each frame an exception passes through while it propagates puts a new
// entry in front of the exception's chain, so the chain runs from the frame that
// handles it (`tb_next` …) down to the frame that raised it — the order tracebacks
// are printed in. An entry is made cheaply when the exception passes (code, offset,
// globals, which frame); its frame object only when `tb_frame` is read: the live
// frame's while that frame still runs, else a snapshot of what the entry knows
// (its `f_locals` is then empty: Tern does not keep a finished frame's locals).

import TernCompiler

extension VM {
    func installTracebackType() {
        RuntimeTypeIDs.traceback = makeBuiltinClass(name: "traceback", base: TypeID.object, layout: .traceback)
        let traceback = RuntimeTypeIDs.traceback
        defineProperty(traceback, "tb_next", get: { vm, value throws(Raised) in
            let next = ObjectRef(value)[TracebackLayout.next]
            return next.isNull ? .none : next
        }, set: { vm, value, new throws(Raised) in
            guard new.isNone || vm.isTraceback(new) else {
                throw vm.raiseTypeError("expected traceback object, got '\(vm.typeName(new))'")
            }
            var entry = new
            while vm.isTraceback(entry) {
                if entry == value { throw vm.raiseValueError("traceback loop detected") }
                entry = ObjectRef(entry)[TracebackLayout.next]
            }
            ObjectRef(value)[TracebackLayout.next] = new.isNone ? .null : new
        })
        defineGetter(traceback, "tb_frame") { vm, value throws(Raised) in try vm.tracebackFrame(value) }
        defineGetter(traceback, "tb_lineno") { vm, value throws(Raised) in Value(int: vm.tracebackLine(value)) }
        defineGetter(traceback, "tb_lasti") { vm, value throws(Raised) in
            Value(int: ObjectRef(value).word(TracebackLayout.offset) * 2)
        }
        defineStaticMethod(traceback, "__new__") { vm, arguments throws(Raised) in
            throw vm.raiseTypeError("cannot create 'traceback' instances")
        }
    }

    func isTraceback(_ value: Value) -> Bool {
        value.isObject && ObjectRef(value).kind == .traceback
    }

    /// Puts an entry for `frame` (at `offset`) in front of `exception`'s traceback.
    func prependTracebackEntry(_ exception: ObjectRef, _ frame: UnsafeMutablePointer<Frame>, _ offset: Int) throws(Raised) {
        let entry = try allocate(kind: .traceback, typeID: RuntimeTypeIDs.traceback, words: TracebackLayout.words)
        entry.setWord(TracebackLayout.offset, offset)
        entry.setWord(TracebackLayout.frameIndex, frame - frames)
        entry.setWord(TracebackLayout.frameBase, Int(bitPattern: frame.pointee.base))
        // The entry holds the code object itself, so the traceback keeps it alive.
        entry[TracebackLayout.code] = frame.pointee.code.pointee.codeValue
        entry[TracebackLayout.globals] = frame.pointee.globals
        let head = exception[ExceptionLayout.traceback]
        if isTraceback(head) { entry[TracebackLayout.next] = head }
        exception[ExceptionLayout.traceback] = entry.value
    }

    /// The entries of `exception`'s traceback, from the handling frame's to the raising one's:
    /// (code, line, instruction offset) each.
    func tracebackEntries(_ exception: Value) -> [(CodeObject, Int, Int)] {
        var entries: [(CodeObject, Int, Int)] = []
        var entry = ObjectRef(exception)[ExceptionLayout.traceback]
        while isTraceback(entry) {
            let ref = ObjectRef(entry)
            let object = codeObject(codeInfo(of: ref[TracebackLayout.code]))
            let offset = ref.word(TracebackLayout.offset)
            entries.append((object, object.line(at: offset), offset))
            entry = ref[TracebackLayout.next]
        }
        return entries
    }

    func tracebackLine(_ traceback: Value) -> Int {
        let ref = ObjectRef(traceback)
        return codeObject(codeInfo(of: ref[TracebackLayout.code])).line(at: ref.word(TracebackLayout.offset))
    }

    /// `tb_frame`: made once; the live frame's object while that frame runs, else a snapshot.
    private func tracebackFrame(_ traceback: Value) throws(Raised) -> Value {
        let ref = ObjectRef(traceback)
        if !ref[TracebackLayout.frame].isNull { return ref[TracebackLayout.frame] }
        let made: Value
        if let index = liveFrameIndex(ref.word(TracebackLayout.frameIndex), base: ref.word(TracebackLayout.frameBase),
                                      code: ref[TracebackLayout.code]) {
            made = try frameObject(at: index)
        } else {
            made = try finishedFrameObject(code: ref[TracebackLayout.code], globals: ref[TracebackLayout.globals],
                                           line: tracebackLine(traceback))
        }
        ref[TracebackLayout.frame] = made
        return made
    }
}

extension VM {
    /// `exception.__traceback__ = new` and `with_traceback(new)`.
    func setTraceback(_ exception: Value, _ new: Value) throws(Raised) {
        guard new.isNone || isTraceback(new) else { throw raiseTypeError("__traceback__ must be a traceback or None") }
        ObjectRef(exception)[ExceptionLayout.traceback] = new.isNone ? .null : new
    }
}
