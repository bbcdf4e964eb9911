import TernCompiler

// The interpreter loop. Hot state — the frame, pc, stack pointer, local slots and
// constants — lives in Swift locals and is written back to the frame only when
// something may look at it: a call, a safepoint, an exception. Python-to-Python
// calls push a frame and continue in this same loop; only Swift code calling back
// into Python (a dunder from a builtin, a key function) enters `run` recursively,
// marking its frame `isEntry` so that returning from it returns to Swift.
//
// `sp` points at the first free slot: sp[-1] is the top of the stack.

/// Which copy of the interpreter loop runs: the plain one, or the one that shows
/// each instruction to the trace recorder first (JIT/Recorder). Two copies, so
/// that the plain loop pays nothing for recording.
protocol InterpreterMode { static var records: Bool { get } }
enum Interpreting: InterpreterMode { static var records: Bool { false } }
enum RecordingTrace: InterpreterMode { static var records: Bool { true } }

extension VM {
    /// Runs from the top frame, which must be an entry frame, until it returns.
    func run() throws(Raised) -> Value { try interpret(Interpreting.self) }

    /// Runs the loop being recorded, from the top frame, until its recording ends; then returns
    /// NULL with the frame saved at the instruction to run next (`pendingKeywordNames` holds a
    /// KW_NAMES waiting for its CALL). An exception leaves with the frame saved, not unwound.
    @inline(never)
    func runRecording() throws(Raised) -> Value { try interpret(RecordingTrace.self) }

    @inline(__always)
    private func interpret<Mode: InterpreterMode>(_ mode: Mode.Type) throws(Raised) -> Value {
        var frame = frames + (frameCount - 1)
        var code = frame.pointee.code
        var instructions = code.pointee.instructions
        var constants = code.pointee.constants
        var base = frame.pointee.base
        var sp = frame.pointee.sp
        var pc = frame.pointee.pc
        var start = pc
        var keywordNames = Value.null
        let jitEnabled = jit.parameters.enabled
        let jitThreshold = jit.loopThreshold
        let functionThreshold = jit.functionThreshold

        /// Reloads the hot locals after the top frame changed.
        @inline(__always) func enterTopFrame() {
            frame = frames + (frameCount - 1)
            code = frame.pointee.code
            instructions = code.pointee.instructions
            constants = code.pointee.constants
            base = frame.pointee.base
            sp = frame.pointee.sp
            pc = frame.pointee.pc
        }
        /// CALL of a Python function (at `callableSlot`, then self or NULL, then the arguments up to
        /// the stack top): pushes its frame and goes on in it, or leaves a generator function's new
        /// generator as the call's result.
        @inline(__always) func enterFunction(_ callable: Value, _ callableSlot: UnsafeMutablePointer<Value>, hasSelf: Bool,
                                             _ names: Value) throws(Raised) {
            frame.pointee.sp = callableSlot
            frame.pointee.pc = pc
            frame.pointee.currentInstruction = start
            let arguments = hasSelf ? callableSlot + 1 : callableSlot + 2
            let count = sp - arguments
            let generator = try pushFunctionFrame(callable, arguments: arguments, count: count, keywordNames: names)
            if generator.isNull {
                enterTopFrame()
                if heap.collectionRequested { safepoint() }
                try enterFunctionCode()
            } else {
                callableSlot[0] = generator
                sp = callableSlot + 1
            }
        }
        /// Runs `function` (no generator function: the inline* checks see to it) as a frame of this
        /// loop, its `count` arguments at sp: an operator's dunder or a property's getter. The new
        /// frame's return handles NotImplemented of `binaryOperator` (-1: none) and may drop the result.
        @inline(__always) func enterInlineFrame(_ function: Value, count: Int, binaryOperator: Int8 = -1,
                                                discardsResult: Bool = false) throws(Raised) {
            sync()
            let generator = try pushFunctionFrame(function, arguments: sp, count: count, keywordNames: .null)
            precondition(generator.isNull, "dunders and getters run inline are no generator functions")
            if binaryOperator >= 0 { frames[frameCount - 1].binaryOperator = binaryOperator }
            if discardsResult { frames[frameCount - 1].discardsResult = true }
            enterTopFrame()
            if heap.collectionRequested { safepoint() }
        }
        /// Saves pc and sp so that the collector and tracebacks see this frame.
        @inline(__always) func sync() {
            frame.pointee.sp = sp
            frame.pointee.pc = pc
            frame.pointee.currentInstruction = start
        }
        /// At a loop header (slot `index`) or a function's entry (the slot after its loops'): runs the
        /// compiled loop there, or counts towards `threshold` and records a trace once past it. True when
        /// the top frame changed: go on from it.
        @inline(__always) func runOrWarmUp(_ index: Int, headerPC: Int, threshold: Int32) throws(Raised) -> Bool {
            let slot = code.pointee.loopSlots.unsafelyUnwrapped + index
            var recording = false
            if let loop = slot.pointee.loop {
                sync()
                let end = runCompiledLoop(loop, frame)
                // Leaving inside an inlined call built its frames: go on in the top one.
                enterTopFrame()
                if end == .raised { start = frame.pointee.currentInstruction; throw Raised() }
                // A bridge is recorded from where the loop left (the frames are saved).
                recording = end == .recordingBridge && !Mode.records
                if !recording { return true }
            } else {
                slot.pointee.counter &+= 1
                recording = !Mode.records && slot.pointee.counter >= threshold
                    && startRecording(frame, loop: index, headerPC: headerPC, sp: sp)
                if recording {
                    frame.pointee.pc = pc
                    frame.pointee.sp = sp
                }
            }
            guard recording else { return false }
            do {
                _ = try runRecording()
            } catch {
                enterTopFrame()
                start = frame.pointee.currentInstruction
                throw error
            }
            enterTopFrame()
            keywordNames = pendingKeywordNames
            pendingKeywordNames = .null
            return true
        }
        /// At a function's first instruction: its entry's compiled code, or warm-up towards it.
        @inline(__always) func enterFunctionCode() throws(Raised) {
            guard jitEnabled && !Mode.records && code.pointee.tracesEntry && pc == 0 else { return }
            start = pc
            _ = try runOrWarmUp(code.pointee.loopCount, headerPC: 0, threshold: functionThreshold)
        }

        // A function called from Swift starts here.
        var atEntry = true
        while true {
            do throws(Raised) {
                if atEntry {
                    atEntry = false
                    try enterFunctionCode()
                }
                while true {
                    start = pc
                    if Mode.records && !recordInstruction(frame, pc: start, base: base, sp: sp) {
                        frame.pointee.pc = start
                        frame.pointee.sp = sp
                        pendingKeywordNames = keywordNames
                        return .null
                    }
                    let word = instructions[pc]
                    let argument = Int(word >> 8)
                    pc &+= 1
                    // Opcodes are numbered 0..<count in declaration order (checked by a unit
                    // test), so the byte is the enum's representation; Opcode(rawValue:) is
                    // an out-of-line call across the module boundary.
                    switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) {
                    case .nop:
                        break
                    case .popTop:
                        sp -= 1
                    case .pushNull:
                        sp.pointee = .null; sp += 1
                    case .copy:
                        sp.pointee = sp[-argument]; sp += 1
                    case .swap:
                        let top = sp[-1]
                        sp[-1] = sp[-argument]
                        sp[-argument] = top
                    case .loadConst:
                        sp.pointee = constants[argument]; sp += 1
                    case .loadFast:
                        let value = base[argument]
                        if value.isNull { sync(); throw raiseUnboundLocal(code, argument) }
                        sp.pointee = value; sp += 1
                    case .loadFastAndSeal:
                        let value = base[argument]
                        if value.isNull { sync(); throw raiseUnboundLocal(code, argument) }
                        sealGrowingStr(value)
                        sp.pointee = value; sp += 1
                    case .storeFast:
                        sp -= 1
                        base[argument] = sp.pointee
                    case .deleteFast:
                        if base[argument].isNull { sync(); throw raiseUnboundLocal(code, argument) }
                        base[argument] = .null
                    case .loadDeref:
                        let contents = ObjectRef(base[code.pointee.localCount + argument])[CellLayout.contents]
                        if contents.isNull { sync(); throw raiseUnboundDeref(code, argument) }
                        sp.pointee = contents; sp += 1
                    case .storeDeref:
                        sp -= 1
                        ObjectRef(base[code.pointee.localCount + argument])[CellLayout.contents] = sp.pointee
                    case .deleteDeref:
                        let cell = ObjectRef(base[code.pointee.localCount + argument])
                        if cell[CellLayout.contents].isNull { sync(); throw raiseUnboundDeref(code, argument) }
                        cell[CellLayout.contents] = .null
                    case .loadClosure:
                        sp.pointee = base[code.pointee.localCount + argument]; sp += 1
                    case .loadClassDeref:
                        sync()
                        sp.pointee = try loadClassDeref(frame, argument); sp += 1
                    case .loadGlobal:
                        let cache = code.pointee.caches + Int(instructions[pc])
                        pc &+= 1
                        sync()
                        sp.pointee = try loadGlobal(frame.pointee.globals, code.pointee.names[argument], cache)
                        sp += 1
                    case .storeGlobal:
                        sp -= 1; sync()
                        try dictSet(DictView(frame.pointee.globals), code.pointee.names[argument], sp.pointee)
                    case .deleteGlobal:
                        sync()
                        if try dictRemove(DictView(frame.pointee.globals), code.pointee.names[argument]).isNull {
                            throw raiseNameError(code.pointee.names[argument])
                        }
                    case .loadName:
                        sync()
                        sp.pointee = try loadName(frame, code.pointee.names[argument]); sp += 1
                    case .storeName:
                        sp -= 1; sync()
                        try storeName(frame, code.pointee.names[argument], sp.pointee)
                    case .deleteName:
                        sync()
                        try deleteName(frame, code.pointee.names[argument])
                    case .loadAttr:
                        let cacheIndex = Int(instructions[pc])
                        pc &+= 1
                        if let value = cachedLoadAttribute(sp[-1], code, cacheIndex) {
                            sp[-1] = value
                        } else if let value = cachedClassAttribute(sp[-1], code.pointee.names[argument], code.pointee.caches + cacheIndex) {
                            sp[-1] = value
                        } else if !Mode.records,
                                  let getter = inlinePropertyGetter(sp[-1], code.pointee.names[argument], code.pointee.caches + cacheIndex) {
                            // Run the property's getter in this loop: the object becomes its argument.
                            sp -= 1
                            try enterInlineFrame(getter, count: 1)
                            continue
                        } else {
                            sync()
                            sp[-1] = try uncachedLoadAttribute(sp[-1], code, argument, cacheIndex)
                        }
                    case .storeAttr:
                        let cacheIndex = Int(instructions[pc])
                        pc &+= 1
                        if !cachedStoreAttribute(sp[-1], sp[-2], code, cacheIndex) {
                            sync()
                            try uncachedStoreAttribute(sp[-1], sp[-2], code, argument, cacheIndex)
                        }
                        sp -= 2
                    case .deleteAttr:
                        sync()
                        try deleteAttribute(sp[-1], code.pointee.names[argument])
                        sp -= 1
                    case .loadMethod:
                        let cacheIndex = Int(instructions[pc])
                        pc &+= 1
                        let object = sp[-1]
                        if let method = cachedLoadMethod(object, code, argument, cacheIndex) {
                            sp[-1] = method
                            sp.pointee = object; sp += 1
                            continue
                        }
                        sync()
                        let (method, receiver) = try uncachedLoadMethod(object, code, argument, cacheIndex)
                        sp[-1] = method
                        sp.pointee = receiver; sp += 1
                    case .kwNames:
                        keywordNames = constants[argument]
                    case .call:
                        pc &+= 1
                        let names = keywordNames
                        keywordNames = .null
                        let callableSlot = sp - argument - 2
                        var callable = callableSlot[0]
                        var hasSelf = !callableSlot[1].isNull
                        if callable.isObject && ObjectRef(callable).kind == .function {
                            try enterFunction(callable, callableSlot, hasSelf: hasSelf, names)
                            continue
                        }
                        if !hasSelf && callable.isObject && ObjectRef(callable).kind == .boundMethod {
                            // As LOAD_METHOD leaves a method: the function, then its receiver as first argument.
                            callableSlot[1] = ObjectRef(callable)[BoundMethodLayout.receiver]
                            callable = ObjectRef(callable)[BoundMethodLayout.function]
                            callableSlot[0] = callable
                            hasSelf = true
                            if callable.isObject && ObjectRef(callable).kind == .function {
                                try enterFunction(callable, callableSlot, hasSelf: true, names)
                                continue
                            }
                        }
                        let arguments = hasSelf ? callableSlot + 1 : callableSlot + 2
                        let count = hasSelf ? argument + 1 : argument
                        sync()
                        if heap.collectionRequested { safepoint() }
                        if callable.isObject && ObjectRef(callable).kind == .builtinFunction {
                            var result = Value.null
                            if names.isNull {
                                result = try quickBuiltinCall(ObjectRef(callable).word(BuiltinFunctionLayout.native), arguments, count)
                            }
                            if result.isNull {
                                result = try callBuiltin(ObjectRef(callable), arguments: arguments, count: count, keywordNames: names)
                            }
                            callableSlot[0] = result
                            sp = callableSlot + 1
                            continue
                        }
                        if !hasSelf, let initializer = cachedConstructorInitializer(callable, code.pointee.caches + Int(instructions[pc - 1])) {
                            // A class whose __init__ is a Python function: create the instance and
                            // run __init__ in this loop. The instance replaces the class below the
                            // frame (the call's result, kept rooted) and is __init__'s self.
                            let instance = try newInstance(TypeView(callable).ownTypeID)
                            callableSlot[0] = instance
                            callableSlot[1] = instance
                            frame.pointee.sp = callableSlot + 1
                            let generator = try pushFunctionFrame(initializer, arguments: callableSlot + 1, count: count + 1, keywordNames: names)
                            precondition(generator.isNull, "plainConstructorInitializer admits no generator functions")
                            frames[frameCount - 1].isConstructor = true
                            enterTopFrame()
                            if heap.collectionRequested { safepoint() }
                            continue
                        }
                        var result = Value.null
                        if names.isNull && callable.isObject && ObjectRef(callable).kind == .type {
                            result = try quickClassCall(callable, arguments, count)
                        }
                        if result.isNull { result = try call(callable, arguments: arguments, count: count, keywordNames: names) }
                        callableSlot[0] = result
                        sp = callableSlot + 1
                    case .callFunctionEx:
                        sync()
                        sp = try callFunctionEx(sp, flags: argument)
                    case .makeFunction:
                        sync()
                        sp = try makeFunction(flags: argument, stackTop: sp, globals: frame.pointee.globals)
                    case .returnValue:
                        let result = sp[-1]
                        if frame.pointee.isEntry {
                            sp -= 1
                            frame.pointee.sp = sp
                            popFrame()
                            return result
                        }
                        let isConstructor = frame.pointee.isConstructor, discardsResult = frame.pointee.discardsResult
                        let binaryOperator = Int(frame.pointee.binaryOperator)
                        popFrame()
                        enterTopFrame()
                        if binaryOperator >= 0 {
                            // The operands are still at sp[-2] and sp[-1] (see BINARY_OP).
                            if result != notImplemented {
                                sp[-2] = result; sp -= 1
                                continue
                            }
                            start = frame.pointee.currentInstruction
                            sync()
                            sp[-2] = try binaryOpAfterForwardDeclined(sp[-2], sp[-1], binaryOperator)
                            sp -= 1
                            continue
                        }
                        if isConstructor {
                            // The instance is already on the caller's stack (see CALL).
                            if !result.isNone {
                                start = frame.pointee.currentInstruction
                                throw raiseTypeError("__init__() should return None, not '\(typeName(result))'")
                            }
                            continue
                        }
                        if discardsResult { continue }
                        sp.pointee = result; sp += 1
                    case .loadBuildClass:
                        sp.pointee = dictGetStr(DictView(builtinsDict), intern("__build_class__")); sp += 1
                    case .unaryPositive:
                        sync(); sp[-1] = try unaryPositive(sp[-1])
                    case .unaryNegative:
                        let value = sp[-1]
                        if value.isInt && value.int != Value.smallIntMin {
                            sp[-1] = Value(int: -value.int)
                        } else if value.isFloat {
                            sp[-1] = Value(double: -value.double)
                        } else {
                            sync(); sp[-1] = try unaryNegative(value)
                        }
                    case .unaryNot:
                        let value = sp[-1]
                        if value == .true { sp[-1] = .false } else if value == .false { sp[-1] = .true } else {
                            sync(); sp[-1] = Value(bool: !(try isTrue(value)))
                        }
                    case .unaryInvert:
                        sync(); sp[-1] = try unaryInvert(sp[-1])
                    case .binaryOp, .binaryOpIntoLocal:
                        pc &+= 1
                        let left = sp[-2], right = sp[-1]
                        if Value.bothInts(left, right), let result = smallIntBinary(left.int, right.int, argument) {
                            sp[-2] = result
                        } else if left.isFloat && right.isFloat, let result = floatBinary(left.double, right.double, argument) {
                            sp[-2] = result
                        } else if let (a, b) = mixedFloatOperands(left, right), let result = floatBinary(a, b, argument) {
                            sp[-2] = result
                        } else if let forward = inlineBinaryDunder(left, right, argument) {
                            // Run left.__op__(right) in this loop; the operands stay below its frame.
                            sp[0] = left; sp[1] = right
                            try enterInlineFrame(forward, count: 2, binaryOperator: Int8(argument))
                            continue
                        } else {
                            sync()
                            sp[-2] = UInt8(truncatingIfNeeded: word) == Opcode.binaryOpIntoLocal.rawValue
                                ? try binaryOpIntoLocal(left, right, argument) : try binaryOp(left, right, argument)
                        }
                        sp -= 1
                    case .compareOp:
                        pc &+= 1
                        let left = sp[-2], right = sp[-1]
                        if Value.bothInts(left, right) {
                            sp[-2] = Value(bool: compareInts(left.int, right.int, argument))
                        } else if left.isFloat && right.isFloat {
                            sp[-2] = Value(bool: compareDoubles(left.double, right.double, argument))
                        } else if let (a, b) = mixedFloatOperands(left, right) {
                            sp[-2] = Value(bool: compareDoubles(a, b, argument))
                        } else if let result = compareExactStrs(left, right, argument) {
                            sp[-2] = Value(bool: result)
                        } else {
                            sync()
                            sp[-2] = try richCompare(left, right, argument)
                        }
                        sp -= 1
                    case .isOp:
                        let same = sp[-2] == sp[-1]
                        sp[-2] = Value(bool: argument == 0 ? same : !same)
                        sp -= 1
                    case .containsOp:
                        sync()
                        let found = try contains(sp[-1], sp[-2])
                        sp[-2] = Value(bool: argument == 0 ? found : !found)
                        sp -= 1
                    case .binarySubscr:
                        pc &+= 1
                        let container = sp[-2], key = sp[-1]
                        if key.isInt && container.isObject {
                            let ref = ObjectRef(container)
                            if ref.typeID == TypeID.list {
                                let list = ListView(container)
                                var index = Int(key.int)
                                if index < 0 { index += list.count }
                                if index >= 0 && index < list.count {
                                    sp[-2] = list[index]; sp -= 1
                                    continue
                                }
                            } else if ref.typeID == TypeID.tuple {
                                let tuple = TupleView(container)
                                var index = Int(key.int)
                                if index < 0 { index += tuple.count }
                                if index >= 0 && index < tuple.count {
                                    sp[-2] = tuple[index]; sp -= 1
                                    continue
                                }
                            }
                        }
                        if !Mode.records, let method = inlineItemDunder(container, names.getitem) {
                            // Run container.__getitem__(key) in this loop: the operands become its arguments.
                            sp -= 2
                            try enterInlineFrame(method, count: 2)
                            continue
                        }
                        sync()
                        sp[-2] = try getItem(container, key)
                        sp -= 1
                    case .storeSubscr:
                        let container = sp[-2], key = sp[-1], value = sp[-3]
                        if key.isInt && container.isObject && ObjectRef(container).kind == .list
                            && typeID(of: container) == TypeID.list {
                            let list = ListView(container)
                            var index = Int(key.int)
                            if index < 0 { index += list.count }
                            if index >= 0 && index < list.count {
                                list[index] = value; sp -= 3
                                continue
                            }
                        }
                        if !Mode.records, let method = inlineItemDunder(container, names.setitem) {
                            // Run container.__setitem__(key, value) in this loop; its result is dropped.
                            sp -= 3
                            sp[0] = container; sp[1] = key; sp[2] = value
                            try enterInlineFrame(method, count: 3, discardsResult: true)
                            continue
                        }
                        sync()
                        try setItem(container, key, value)
                        sp -= 3
                    case .deleteSubscr:
                        sync()
                        try deleteItem(sp[-2], sp[-1])
                        sp -= 2
                    case .buildSlice:
                        sync()
                        if argument == 3 {
                            sp[-3] = try newSlice(sp[-3], sp[-2], sp[-1]); sp -= 2
                        } else {
                            sp[-2] = try newSlice(sp[-2], sp[-1], .none); sp -= 1
                        }
                    case .buildTuple:
                        sync()
                        let tuple = try newTuple(UnsafeBufferPointer(start: sp - argument, count: argument))
                        sp -= argument
                        sp.pointee = tuple; sp += 1
                    case .buildList:
                        sync()
                        let list = try newList(UnsafeBufferPointer(start: sp - argument, count: argument))
                        sp -= argument
                        sp.pointee = list; sp += 1
                    case .buildSet:
                        sync()
                        let set = try newSet(UnsafeBufferPointer(start: sp - argument, count: argument))
                        sp -= argument
                        sp.pointee = set; sp += 1
                    case .buildMap:
                        sync()
                        let dict = try newDict(capacity: argument)
                        sp.pointee = dict.ref.value; sp += 1
                        frame.pointee.sp = sp
                        var index = argument * 2 + 1
                        while index > 1 {
                            try dictSet(dict, sp[-index], sp[-index + 1])
                            index -= 2
                        }
                        sp -= argument * 2 + 1
                        sp.pointee = dict.ref.value; sp += 1
                    case .buildConstKeyMap:
                        sync()
                        let keys = TupleView(sp[-1])
                        let dict = try newDict(capacity: argument)
                        sp[-1] = dict.ref.value
                        for index in 0..<argument { try dictSet(dict, keys[index], sp[-1 - argument + index]) }
                        sp -= argument
                        sp[-1] = dict.ref.value
                    case .buildString:
                        sync()
                        let joined = try concatenateStrings(sp - argument, argument)
                        sp -= argument
                        sp.pointee = joined; sp += 1
                    case .listAppend:
                        sp -= 1
                        sync()
                        try listAppend(ListView(sp[-argument]), sp.pointee)
                    case .setAdd:
                        sp -= 1
                        sync()
                        try setAdd(sp[-argument], sp.pointee)
                    case .mapAdd:
                        sync()
                        try dictSet(DictView(sp[-argument - 2]), sp[-2], sp[-1])
                        sp -= 2
                    case .listExtend:
                        sync()
                        try listExtend(ListView(sp[-argument - 1]), sp[-1])
                        sp -= 1
                    case .setUpdate:
                        sync()
                        try setUpdate(sp[-argument - 1], sp[-1])
                        sp -= 1
                    case .dictUpdate:
                        sync()
                        try dictUpdate(DictView(sp[-argument - 1]), sp[-1], rejectDuplicates: false)
                        sp -= 1
                    case .dictMerge:
                        sync()
                        try dictUpdate(DictView(sp[-argument - 1]), sp[-1], rejectDuplicates: true,
                                       callable: sp[-argument - 4])
                        sp -= 1
                    case .listToTuple:
                        sync()
                        let list = ListView(sp[-1])
                        sp[-1] = try newTuple(UnsafeBufferPointer(start: list.capacity > 0 ? list.items : nil, count: list.count))
                    case .formatValue:
                        sync()
                        if argument & 4 != 0 {
                            sp[-2] = try formatValue(sp[-2], conversion: argument & 3, spec: sp[-1])
                            sp -= 1
                        } else {
                            sp[-1] = try formatValue(sp[-1], conversion: argument & 3, spec: .null)
                        }
                    case .unpackSequence:
                        sync()
                        sp = try unpackSequence(sp, count: argument)
                    case .unpackEx:
                        sync()
                        sp = try unpackStarred(sp, before: argument & 0xFF, after: argument >> 8)
                    case .jumpForward:
                        pc = argument
                    case .jumpBackward:
                        pc = argument
                    case .loopHeader:
                        if heap.collectionRequested { sync(); safepoint() }
                        // A loop of a call the trace inlines runs here, unrolled into the trace.
                        if jitEnabled && !(Mode.records && jit.recorder?.records(frame) == true) {
                            if try runOrWarmUp(argument, headerPC: start, threshold: jitThreshold) { continue }
                        }
                    case .popJumpIfFalse:
                        sp -= 1
                        let value = sp.pointee
                        if value == .false { pc = argument } else if value != .true {
                            sync()
                            if !(try isTrue(value)) { pc = argument }
                        }
                    case .popJumpIfTrue:
                        sp -= 1
                        let value = sp.pointee
                        if value == .true { pc = argument } else if value != .false {
                            sync()
                            if try isTrue(value) { pc = argument }
                        }
                    case .popJumpIfNone:
                        sp -= 1
                        if sp.pointee.isNone { pc = argument }
                    case .popJumpIfNotNone:
                        sp -= 1
                        if !sp.pointee.isNone { pc = argument }
                    case .jumpIfFalseOrPop:
                        sync()
                        if try isTrue(sp[-1]) { sp -= 1 } else { pc = argument }
                    case .jumpIfTrueOrPop:
                        sync()
                        if try isTrue(sp[-1]) { pc = argument } else { sp -= 1 }
                    case .getIter:
                        sync()
                        sp[-1] = try getIterator(sp[-1])
                    case .forIter:
                        pc &+= 1
                        let iterator = sp[-1]
                        if let next = fastIteratorNext(iterator) {
                            if next.isNull { sp -= 1; pc = argument } else { sp.pointee = next; sp += 1 }
                            continue
                        }
                        sync()
                        let next = try iteratorNext(iterator)
                        if next.isNull { sp -= 1; pc = argument } else { sp.pointee = next; sp += 1 }
                    case .raiseVarargs:
                        sync()
                        throw try raiseStatement(sp, count: argument)
                    case .reraise:
                        sync()
                        raisedException = sp[-1]
                        reraising = true
                        throw Raised()
                    case .pushExcInfo:
                        let exception = sp[-1]
                        sp[-1] = handledException.isNull ? .none : handledException
                        handledException = exception
                        sp.pointee = exception; sp += 1
                    case .popExcept:
                        sp -= 1
                        handledException = sp.pointee.isNone ? .null : sp.pointee
                    case .checkExcMatch:
                        sync()
                        sp[-1] = Value(bool: try exceptionMatchesClause(sp[-2], sp[-1]))
                    case .checkEgMatch:
                        sync()
                        let (rest, match) = try exceptionGroupMatch(sp[-2], sp[-1])
                        sp[-2] = rest
                        sp[-1] = match
                        if !match.isNone { handledException = match }
                    case .prepReraiseStar:
                        sync()
                        sp[-2] = try prepareReraiseStar(sp[-2], sp[-1])
                        sp -= 1
                    case .beforeWith:
                        sync()
                        let (exit, entered) = try enterContext(sp[-1])
                        sp[-1] = exit
                        sp.pointee = entered; sp += 1
                    case .withExceptStart:
                        sync()
                        let exception = sp[-1]
                        let exit = sp[-4]
                        let result = try callExit(exit, exception)
                        sp.pointee = result; sp += 1
                    case .loadAssertionError:
                        sp.pointee = typeObject(exceptionTypes.assertionError); sp += 1
                    case .yieldValue:
                        sp -= 1
                        let value = sp.pointee
                        sync()
                        suspendGenerator(frame)
                        popFrame()
                        return value
                    case .getYieldFromIter:
                        sync()
                        // `await` in a coroutine or an async generator; `yield from` elsewhere.
                        let awaiting = code.pointee.flags & Int(CodeFlags.coroutine.rawValue | CodeFlags.asyncGenerator.rawValue) != 0
                        sp[-1] = try yieldFromIterator(sp[-1], isAwait: awaiting, awaitedFrom: argument)
                    case .beforeAsyncWith:
                        sync()
                        let (exit, awaitable) = try enterAsyncContext(sp[-1])
                        sp[-1] = exit
                        sp.pointee = awaitable; sp += 1
                    case .getAiter:
                        sync()
                        sp[-1] = try asyncIterator(sp[-1])
                    case .getAnext:
                        sync()
                        sp.pointee = try asyncNext(sp[-1]); sp += 1
                    case .endAsyncFor:
                        let exception = sp[-1]
                        if exceptionMatches(exception, exceptionTypes.stopAsyncIteration) {
                            sp -= 2
                        } else {
                            sync()
                            raisedException = exception
                            reraising = true
                            throw Raised()
                        }
                    case .send:
                        sync()
                        let (finished, result) = try sendToReceiver(sp[-2], sp[-1])
                        if finished {
                            sp[-2] = result; sp -= 1; pc = argument
                        } else {
                            sp[-1] = result
                        }
                    case .importName:
                        sync()
                        sp[-2] = try importName(code.pointee.names[argument], fromList: sp[-1], level: sp[-2],
                                                globals: frame.pointee.globals)
                        sp -= 1
                    case .importFrom:
                        sync()
                        sp.pointee = try importFrom(sp[-1], code.pointee.names[argument]); sp += 1
                    case .importStar:
                        sync()
                        try importStar(sp[-1], into: frame)
                        sp -= 1
                    case .setupAnnotations:
                        sync()
                        try setupAnnotations(frame)
                    case .printExpr:
                        sp -= 1
                        sync()
                        try printExpressionValue(sp.pointee)
                    case .matchSequence, .matchMapping, .getLen, .matchKeys, .matchClass:
                        sync()
                        sp = try runPatternInstruction(unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self),
                                                       argument, sp)
                    }
                }
            } catch {
                if Mode.records {
                    // The plain loop that started the recording unwinds (see runRecording).
                    frame.pointee.sp = sp
                    frame.pointee.currentInstruction = start
                    abortRecording("an exception was raised")
                    throw error
                }
                // Unwind: find a handler in this frame's exception table, else leave the frame.
                frame.pointee.sp = sp
                frame.pointee.currentInstruction = start
                while true {
                    let offset = frame.pointee.currentInstruction
                    if !reraising { addTracebackEntry(frame, offset) }
                    reraising = false
                    if let handler = findExceptionHandler(frame.pointee.code, offset) {
                        sp = frame.pointee.base + frame.pointee.code.pointee.slotCount + handler.depth
                        if handler.pushLasti { sp.pointee = Value(int: offset); sp += 1 }
                        sp.pointee = raisedException; sp += 1
                        raisedException = .null
                        pc = handler.target
                        keywordNames = .null
                        // A safepoint: a handler catching MemoryError must find the garbage collected.
                        if heap.collectionRequested { sync(); safepoint() }
                        break
                    }
                    let wasEntry = frame.pointee.isEntry
                    if !frame.pointee.generator.isNull { finishGenerator(frame.pointee.generator) }
                    popFrame()
                    if wasEntry { throw Raised() }
                    enterTopFrame()
                    start = frame.pointee.currentInstruction
                }
            }
        }
    }

    /// A float and a small int as two doubles (the int converts exactly: it has 49 bits), else nil.
    @inline(__always) func mixedFloatOperands(_ left: Value, _ right: Value) -> (Double, Double)? {
        if left.isFloat && right.isInt { return (left.double, Double(right.int)) }
        if left.isInt && right.isFloat { return (Double(left.int), right.double) }
        return nil
    }

    /// Leaves the top frame.
    @inline(__always) func popFrame() {
        frameCount &-= 1
        depth &-= 1
    }
}
