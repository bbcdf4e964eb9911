import TernCompiler

// Code objects' `co_*` attributes and frame objects (`sys._getframe()`).
//
// Tern's frames are structs on one stack, not objects. A frame object records
// which frame it shows (its index and base address) and a snapshot of its
// locals and instruction; while that frame is still running, `f_locals`,
// `f_lineno` and `f_back` read the live frame, and afterwards the snapshot. (In
// CPython a frame object keeps the frame's final state when it returns; here a
// frame object made before the return shows the state of when it was made,
// except for cells, whose final contents it shows.) The snapshot is cheap to take
// (logging makes three frame objects per record): the slots are copied into a
// tuple, and the dict of `f_locals` and the line are made only when read.

extension VM {
    func installCodeAndFrameAttributes() {
        let code = TypeID.code
        func codeGetter(_ name: String, _ read: @escaping (VM, CodeObject, UnsafeMutablePointer<CodeInfo>) throws(Raised) -> Value) {
            defineGetter(code, name) { vm, value throws(Raised) in
                let info = vm.codeInfo(of: value)
                return try read(vm, vm.codeObject(info), info)
            }
        }
        codeGetter("co_name") { vm, _, info throws(Raised) in info.pointee.nameValue }
        codeGetter("co_qualname") { vm, _, info throws(Raised) in info.pointee.qualifiedNameValue }
        codeGetter("co_filename") { vm, object, info throws(Raised) in
            if info.pointee.filenameValue.isNull { info.pointee.filenameValue = vm.intern(object.filename) }
            return info.pointee.filenameValue
        }
        codeGetter("co_firstlineno") { vm, object, _ throws(Raised) in Value(int: object.firstLine) }
        codeGetter("co_argcount") { vm, _, info throws(Raised) in Value(int: info.pointee.argCount) }
        codeGetter("co_posonlyargcount") { vm, _, info throws(Raised) in Value(int: info.pointee.positionalOnlyCount) }
        codeGetter("co_kwonlyargcount") { vm, _, info throws(Raised) in Value(int: info.pointee.keywordOnlyCount) }
        codeGetter("co_nlocals") { vm, _, info throws(Raised) in Value(int: info.pointee.localCount) }
        codeGetter("co_flags") { vm, _, info throws(Raised) in Value(int: info.pointee.flags) }
        codeGetter("co_stacksize") { vm, _, info throws(Raised) in Value(int: info.pointee.stackSize) }
        codeGetter("co_varnames") { vm, _, info throws(Raised) in
            try vm.newTuple(UnsafeBufferPointer(start: info.pointee.varNames, count: info.pointee.localCount))
        }
        codeGetter("co_names") { vm, _, info throws(Raised) in
            try vm.newTuple(UnsafeBufferPointer(start: info.pointee.names, count: info.pointee.nameCount))
        }
        codeGetter("co_cellvars") { vm, object, _ throws(Raised) in try vm.internedTuple(object.cellVars) }
        codeGetter("co_freevars") { vm, object, _ throws(Raised) in try vm.internedTuple(object.freeVars) }
        codeGetter("co_consts") { vm, _, info throws(Raised) in
            try vm.newTuple(UnsafeBufferPointer(start: info.pointee.constants, count: info.pointee.constantCount))
        }
        // (line, end line, column, end column) of each instruction, as f_lasti // 2 and
        // tb_lasti // 2 index them (what the traceback module reads for its ^^^ markers).
        defineMethod(code, "co_positions") { vm, arguments throws(Raised) in
            let info = vm.codeInfo(of: arguments[0])
            let table = vm.codeObject(info).lineTable
            let positions = try vm.newList(capacity: info.pointee.instructionCount)
            return try vm.withRoots(positions.ref.value) { () throws(Raised) in
                var next = 0
                for offset in 0..<info.pointee.instructionCount {
                    while next < table.count && table[next].start <= offset { next += 1 }
                    let entry = next > 0 ? table[next - 1] : LineTableEntry(start: 0, line: vm.codeObject(info).firstLine)
                    func optional(_ number: Int) -> Value { number < 0 ? .none : Value(int: number) }
                    try vm.listAppend(positions, try vm.newTuple([optional(entry.line), optional(entry.endLine),
                                                                  optional(entry.column), optional(entry.endColumn)]))
                }
                return try vm.getIterator(positions.ref.value)
            }
        }
        defineMethod(code, "replace") { vm, arguments throws(Raised) in try vm.replaceCode(arguments) }
        defineMethod(code, "__repr__") { vm, arguments throws(Raised) in
            let info = vm.codeInfo(of: arguments[0])
            let object = vm.codeObject(info)
            return try vm.newStr("<code object \(object.name) at 0x\(String(arguments[0].bits, radix: 16)), file \"\(object.filename)\", line \(object.firstLine)>")
        }

        RuntimeTypeIDs.frame = makeBuiltinClass(name: "frame", base: TypeID.object, layout: .frame)
        let frame = RuntimeTypeIDs.frame
        defineGetter(frame, "f_code") { vm, value throws(Raised) in ObjectRef(value)[FrameObjectLayout.code] }
        defineGetter(frame, "f_globals") { vm, value throws(Raised) in ObjectRef(value)[FrameObjectLayout.globals] }
        defineGetter(frame, "f_builtins") { vm, value throws(Raised) in vm.builtinsDict }
        defineGetter(frame, "f_trace") { vm, value throws(Raised) in .none }
        defineGetter(frame, "f_locals") { vm, value throws(Raised) in
            guard let index = vm.liveFrameIndex(value) else { return try vm.snapshotLocals(value) }
            return try vm.frameLocals(vm.frames + index)
        }
        defineGetter(frame, "f_lineno") { vm, value throws(Raised) in
            guard let index = vm.liveFrameIndex(value) else { return vm.snapshotLine(value) }
            return Value(int: vm.frameLine(vm.frames + index))
        }
        defineGetter(frame, "f_lasti") { vm, value throws(Raised) in
            guard let index = vm.liveFrameIndex(value) else { return Value(int: -1) }
            return Value(int: vm.frames[index].currentInstruction * 2)
        }
        defineGetter(frame, "f_back") { vm, value throws(Raised) in
            guard let index = vm.liveFrameIndex(value), index > 1 else { return .none }
            return try vm.frameObject(at: index - 1)
        }
        defineMethod(frame, "clear") { vm, arguments throws(Raised) in
            if vm.liveFrameIndex(arguments[0]) != nil { throw vm.raise(vm.exceptionTypes.runtimeError, "cannot clear an executing frame") }
            let empty = try vm.newDict().ref.value
            ObjectRef(arguments[0])[FrameObjectLayout.locals] = empty
            return .none
        }
        defineMethod(frame, "__repr__") { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            let object = vm.codeObject(vm.codeInfo(of: ref[FrameObjectLayout.code]))
            let line = try vm.getAttribute(arguments[0], vm.intern("f_lineno"))
            return try vm.newStr("<frame at 0x\(String(arguments[0].bits, radix: 16)), file '\(object.filename)', line \(line.int), code \(object.name)>")
        }
    }

    /// A tuple of the interned strs of `names`.
    func internedTuple(_ names: [String]) throws(Raised) -> Value {
        var values: [Value] = []
        for name in names { values.append(intern(name)) }
        return try newTuple(values)
    }

    /// sys._getframe(depth): the frame object of the caller `depth` frames up (a
    /// negative depth counts as 0).
    func getFrame(depth: Int) throws(Raised) -> Value {
        // Frame 0 is the sentinel below every Python frame.
        guard depth < frameCount - 1 else { throw raise(exceptionTypes.valueError, "call stack is not deep enough") }
        let index = frameCount - 1 - max(depth, 0)
        return try frameObject(at: index)
    }

    /// A new frame object showing `frames[index]`.
    func frameObject(at index: Int) throws(Raised) -> Value {
        let frame = frames + index
        return try newFrameObject(index: index, base: Int(bitPattern: frame.pointee.base), code: frame.pointee.code.pointee.codeValue,
                                  globals: frame.pointee.globals, locals: try localsSnapshot(frame),
                                  instruction: frame.pointee.currentInstruction, line: .null)
    }

    /// A frame object for a frame that has finished (a traceback's): never live, no locals.
    func finishedFrameObject(code: Value, globals: Value, line: Int) throws(Raised) -> Value {
        try newFrameObject(index: Int.max, base: 0, code: code, globals: globals, locals: try newDict().ref.value,
                           instruction: 0, line: Value(int: line))
    }

    private func newFrameObject(index: Int, base: Int, code: Value, globals: Value, locals: Value,
                                instruction: Int, line: Value) throws(Raised) -> Value {
        let ref = try withRoots(locals) { () throws(Raised) in
            try allocate(kind: .frame, typeID: RuntimeTypeIDs.frame, words: FrameObjectLayout.words)
        }
        ref.setWord(FrameObjectLayout.index, index)
        ref.setWord(FrameObjectLayout.base, base)
        ref.setWord(FrameObjectLayout.instruction, instruction)
        ref[FrameObjectLayout.code] = code
        ref[FrameObjectLayout.globals] = globals
        ref[FrameObjectLayout.locals] = locals
        ref[FrameObjectLayout.line] = line
        return ref.value
    }

    /// What a frame object keeps of its frame's locals: the namespace of module and class code,
    /// else a tuple of the local and cell slots (frameLocals' dict, made later by snapshotLocals).
    private func localsSnapshot(_ frame: UnsafeMutablePointer<Frame>) throws(Raised) -> Value {
        if let namespace = namespaceLocals(frame) { return namespace }
        // The snapshot holds the frame's strs: none may grow in place any more (`s += t`).
        for index in 0..<frame.pointee.code.pointee.localCount { sealGrowingStr(frame.pointee.base[index]) }
        return try newTuple(UnsafeBufferPointer(start: frame.pointee.base, count: frame.pointee.code.pointee.slotCount))
    }

    /// The locals of module and class code: its namespace (the globals at module level), the
    /// dict itself; nil for a function's frame.
    private func namespaceLocals(_ frame: UnsafeMutablePointer<Frame>) -> Value? {
        if !frame.pointee.namespace.isNull { return frame.pointee.namespace }
        if frame.pointee.code.pointee.localCount == 0 && frame.pointee.function.isNull { return frame.pointee.globals }
        return nil
    }

    /// `f_locals` of a frame object whose frame has returned: its snapshot, as a dict.
    func snapshotLocals(_ frameObject: Value) throws(Raised) -> Value {
        let ref = ObjectRef(frameObject)
        let snapshot = ref[FrameObjectLayout.locals]
        guard typeID(of: snapshot) == TypeID.tuple else { return snapshot }
        let info = codeInfo(of: ref[FrameObjectLayout.code])
        let dict = try withRoots(snapshot) { () throws(Raised) in try newDict() }
        let slots = TupleView(snapshot)
        try bindLocals(dict, info, slot: { slots[$0] })
        ref[FrameObjectLayout.locals] = dict.ref.value
        return dict.ref.value
    }

    /// `f_lineno` of a frame object whose frame has returned.
    func snapshotLine(_ frameObject: Value) -> Value {
        let ref = ObjectRef(frameObject)
        let line = ref[FrameObjectLayout.line]
        if !line.isNull { return line }
        return Value(int: codeObject(codeInfo(of: ref[FrameObjectLayout.code])).line(at: ref.word(FrameObjectLayout.instruction)))
    }

    /// The index of the frame a frame object shows, while that frame still runs.
    private func liveFrameIndex(_ frameObject: Value) -> Int? {
        let ref = ObjectRef(frameObject)
        return liveFrameIndex(ref.word(FrameObjectLayout.index), base: ref.word(FrameObjectLayout.base), code: ref[FrameObjectLayout.code])
    }

    /// `index`, if the frame there is still the one (running `code` on `base`) a frame or traceback object recorded.
    func liveFrameIndex(_ index: Int, base: Int, code: Value) -> Int? {
        guard index < frameCount, Int(bitPattern: frames[index].base) == base,
              frames[index].code.pointee.codeValue == code else { return nil }
        return index
    }

    /// The line a frame is running.
    func frameLine(_ frame: UnsafeMutablePointer<Frame>) -> Int {
        codeObject(frame.pointee.code).line(at: frame.pointee.currentInstruction)
    }

    /// A frame's locals as `locals()` shows them: the namespace of module and class
    /// code, a new dict of the bound locals and cells of a function.
    func frameLocals(_ frame: UnsafeMutablePointer<Frame>) throws(Raised) -> Value {
        if let namespace = namespaceLocals(frame) { return namespace }
        let dict = try newDict()
        let base = frame.pointee.base
        for index in 0..<frame.pointee.code.pointee.localCount { sealGrowingStr(base[index]) }
        try bindLocals(dict, frame.pointee.code, slot: { base[$0] })
        return dict.ref.value
    }

    /// Puts into `dict` the bound locals and the filled cells of a frame of `info`, whose slots `slot` reads.
    private func bindLocals(_ dict: DictView, _ info: UnsafeMutablePointer<CodeInfo>, slot: (Int) -> Value) throws(Raised) {
        let localCount = info.pointee.localCount
        for index in 0..<localCount where !slot(index).isNull {
            try dictSet(dict, info.pointee.varNames[index], slot(index))
        }
        guard info.pointee.cellCount + info.pointee.freeCount > 0 else { return }
        let object = codeObject(info)
        for (index, name) in (object.cellVars + object.freeVars).enumerated() {
            let cell = slot(localCount + index)
            guard cell.isObject else { continue }
            let contents = ObjectRef(cell)[CellLayout.contents]
            if !contents.isNull { try dictSet(dict, intern(name), contents) }
        }
    }
}

extension VM {
    /// code.replace(**changes): a new code object with other metadata and the same
    /// instructions. Tern rebuilds code only from its compiler's CodeObject, so fields
    /// that would need new bytecode (co_code, co_consts, co_varnames, ...) are refused.
    func replaceCode(_ arguments: Arguments) throws(Raised) -> Value {
        if arguments.positionalCount > 1 { throw raiseTypeError("replace() takes no positional arguments") }
        let info = codeInfo(of: arguments[0])
        let copy = codeObject(info).copy()
        copy.names = (0..<info.pointee.nameCount).map { swiftString(info.pointee.names[$0]) }
        copy.varNames = (0..<info.pointee.localCount).map { swiftString(info.pointee.varNames[$0]) }
        copy.code = Array(UnsafeBufferPointer(start: info.pointee.instructions, count: info.pointee.instructionCount))
        let names = arguments.keywordNames.isNull ? 0 : TupleView(arguments.keywordNames).count
        for index in 0..<names {
            let name = swiftString(TupleView(arguments.keywordNames)[index])
            let value = arguments[arguments.positionalCount + index]
            func text() throws(Raised) -> String {
                guard isStr(value) else { throw raiseTypeError("replace() argument '\(name)' must be str, not \(typeName(value))") }
                return swiftString(value)
            }
            func number() throws(Raised) -> Int {
                try indexValue(value) { "'\(self.typeName(value))' object cannot be interpreted as an integer" }
            }
            switch name {
            case "co_name": copy.name = try text()
            case "co_qualname": copy.qualifiedName = try text()
            case "co_filename": copy.filename = try text()
            case "co_firstlineno": copy.firstLine = try number()
            case "co_flags": copy.flags = CodeFlags(rawValue: try number())
            case "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_code",
                 "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_linetable", "co_exceptiontable":
                throw raise(exceptionTypes.notImplementedError, "code.replace(): Tern cannot replace \(name)")
            default: throw raiseTypeError("'\(name)' is an invalid keyword argument for replace()")
            }
        }
        return try loadCode(copy, reusedConstants: UnsafeBufferPointer(start: info.pointee.constants, count: info.pointee.constantCount))
    }
}
