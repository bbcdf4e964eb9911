// Trace IR to x86-64 machine code. Each trace value lives in a register the
// allocator gave it (RegisterAllocation.swift) or else in its own 8-byte stack
// slot; operations work through scratch registers. Constants are immediates.
//
// Registers: r12 = the frame's slots, r14 = the safepoint flag (both from the
// TraceContext, which rbx keeps), r13 = the piece's exit buffer; rax, rcx, rdx,
// rsi, xmm0 and xmm1 are scratch; r8–r11, rbp and r15 hold trace values. Residual instructions call `residualEntry`
// (JIT/Residual). Each snapshot gets one exit stub that copies the values it
// names into the exit buffer and returns the exit's number. A bridge's
// iteration ends by jumping into its loop's machine code where the root's
// iteration begins, with the native frame the root keeps there.

/// Where a trace's iteration goes on when it does not loop to its own start: a bridge's in its
/// loop's code, a trace that reached another loop's header in that loop's code. `iterationStart`,
/// the native frame size and exit buffer its code keeps, and its iteration counter; for another
/// loop, that loop (the TraceContext then names it) and its slot's generation stamp.
struct LoopEntryTarget {
    var iterationStart: UnsafeRawPointer
    var nativeFrameSize: Int32
    var exitBuffer: UnsafeMutablePointer<UInt64>
    var iterations: UnsafeMutablePointer<Int>
    var otherLoop: (loop: UnsafeMutableRawPointer, lastRunGeneration: UnsafeMutablePointer<UInt32>,
                    generation: UnsafeMutablePointer<UInt32>)?
}

/// Where a bridge starts: the exit stub of its parent piece, which leaves the snapshot's values
/// (`parentEntries`, in order) in the parent's exit buffer with the parent's native frame.
struct BridgeStart {
    var parentExitValues: UnsafeMutablePointer<UInt64>
    var parentFrameSize: Int32
    var parentEntries: [ExitEntry]
}

struct X86Backend {
    let trace: Trace
    var asm = X86Assembler()
    /// The exit stub's label of each snapshot a guard leaves by, by snapshot.
    var exitLabels: [Label?]
    var residualExit: Label? = nil
    /// The value rax held when the last operation ended (it stores its result from rax last),
    /// so that the next operation's first load of rax can be skipped.
    var raxHolds = IRRef.none
    var raxCarried = IRRef.none
    let registers: RegisterAssignment
    /// How many operations, snapshots and back-edge moves read each value.
    let useCounts: [Int32]
    /// An intCompare whose only reader is the guard right after it: its flags are left for the guard's jump.
    var flagsHold: (ref: IRRef, condition: Condition)? = nil

    static let base = Register.r12, exitBuffer = Register.r13, interrupt = Register.r14
    static let savedRegisters: [Register] = [.rbx, .rbp, .r12, .r13, .r14, .r15]

    /// Where the machine code counts completed iterations.
    let iterationCounter: UnsafeMutablePointer<Int>
    /// Where its exits leave the values their snapshots name, and the number of its first exit.
    let exitValues: UnsafeMutablePointer<UInt64>
    let firstExit: Int
    /// Where its iteration goes on (nil: a root trace that loops to its own start), and where a bridge starts.
    let continuation: LoopEntryTarget?
    let bridgeStart: BridgeStart?
    /// Where a root trace's iteration begins in its code (once compiled).
    private(set) var iterationStartOffset = 0
    /// Where each snapshot's exit stub loads the exit's number (a 10-byte movabs and a 5-byte jump
    /// follow, which a bridge's direct entry replaces), by snapshot; -1 for a snapshot with no stub.
    private(set) var exitStubOffsets: [Int]
    /// For a bridge: where its parent's exit stub may jump straight in (BridgeStart).
    private(set) var directEntryOffset = 0

    init(trace: Trace, iterationCounter: UnsafeMutablePointer<Int>, exitValues: UnsafeMutablePointer<UInt64>,
         firstExit: Int = 0, continuation: LoopEntryTarget? = nil, bridgeStart: BridgeStart? = nil) {
        self.trace = trace
        self.iterationCounter = iterationCounter
        self.exitValues = exitValues
        self.firstExit = firstExit
        self.continuation = continuation
        self.bridgeStart = bridgeStart
        exitLabels = Array(repeating: nil, count: trace.snapshots.count)
        exitStubOffsets = Array(repeating: -1, count: trace.snapshots.count)
        registers = RegisterAssignment(trace)
        var counts = [Int32](repeating: 0, count: trace.instructions.count)
        for instruction in trace.instructions { instruction.forEachOperand { counts[Int($0.index)] += 1 } }
        for snapshot in trace.snapshots { snapshot.forEachExitValue { counts[Int($0.index)] += 1 } }
        for carried in trace.loopCarried { counts[Int(carried.input.index)] += 1; counts[Int(carried.next.index)] += 1 }
        useCounts = counts
    }

    var frameSize: Int32 {
        // Six pushes and the return address leave rsp 8 bytes off 16; the frame restores the alignment.
        // A slot per value, then room for the carried values' moves at the back edge.
        let bytes = (trace.instructions.count + trace.loopCarried.count) * 8
        return Int32((bytes + 15) / 16 * 16 + 8)
    }

    func slot(_ ref: IRRef) -> Int32 { Int32(ref.index) * 8 }

    mutating func compile() -> [UInt8] {
        for register in Self.savedRegisters { asm.push(register) }
        asm.sub(.rsp, immediate: frameSize)
        asm.mov(.rbx, .rdi)
        asm.load(Self.base, base: .rdi, displacement: TraceContext.Offset.base)
        asm.load(Self.interrupt, base: .rdi, displacement: TraceContext.Offset.interrupt)
        asm.mov(Self.exitBuffer, immediate: Int64(Int(bitPattern: exitValues)))
        let body = asm.newLabel()
        asm.bind(body)
        let loop = asm.newLabel()
        for index in trace.instructions.indices {
            raxCarried = raxHolds
            raxHolds = .none
            emit(IRRef(index), trace.instructions[index], loop: loop)
        }
        raxCarried = .none
        let epilogue = asm.newLabel()
        if let label = residualExit {
            // rax holds the ResidualOutcome; the trace returns it negated.
            asm.bind(label)
            asm.neg(.rax)
            asm.jmp(epilogue)
        }
        for snapshot in exitLabels.indices {
            guard let label = exitLabels[snapshot] else { continue }
            asm.bind(label)
            var position: Int32 = 0
            trace.snapshots[snapshot].forEachExitValue { value in
                load(.rax, value)
                asm.store(base: Self.exitBuffer, displacement: position * 8, .rax)
                position += 1
            }
            exitStubOffsets[snapshot] = asm.offset
            asm.movabs(.rax, UInt64(firstExit + Int(snapshot)))
            asm.jmp(epilogue)
        }
        asm.bind(epilogue)
        asm.add(.rsp, immediate: frameSize)
        for register in Self.savedRegisters.reversed() { asm.pop(register) }
        asm.ret()
        if let start = bridgeStart { emitDirectEntry(start, body: body) }
        return asm.finish()
    }

    /// A bridge's entry from its parent's exit stub: the snapshot's values go from the parent's exit
    /// buffer to their frame slots, tagged (as the interpreter's exit path writes them), and the
    /// parent's native frame becomes the bridge's.
    mutating func emitDirectEntry(_ target: BridgeStart, body: Label) {
        directEntryOffset = asm.offset
        asm.mov(.rdx, immediate: Int64(Int(bitPattern: target.parentExitValues)))
        for (position, entry) in target.parentEntries.enumerated() {
            asm.load(.rax, base: .rdx, displacement: Int32(position * 8))
            tag(entry.type)
            asm.store(base: Self.base, displacement: entry.slot * 8, .rax)
        }
        resizeNativeFrame(from: target.parentFrameSize, to: frameSize)
        asm.mov(Self.exitBuffer, immediate: Int64(Int(bitPattern: exitValues)))
        asm.jmp(body)
    }

    /// Adds one to the count of iterations completed.
    mutating func countIteration() {
        raxCarried = .none
        asm.mov(.rax, immediate: Int64(Int(bitPattern: continuation?.iterations ?? iterationCounter)))
        asm.load(.rcx, base: .rax)
        asm.add(.rcx, immediate: 1)
        asm.store(base: .rax, .rcx)
    }

    /// At a peeled loop's back edge: each carried value takes its next value, all at once (through
    /// stack slots past the values' own when one's next value is another's old one).
    mutating func moveLoopCarriedValues() {
        let carried = trace.loopCarried
        let inputs = Set(carried.map(\.input))
        if carried.allSatisfy({ !inputs.contains($0.next) }) {
            for value in carried {
                load(.rax, value.next)
                store(value.input, .rax)
            }
            return
        }
        let first = trace.instructions.count
        let temporary = { (position: Int) in Int32((first + position) * 8) }
        for (position, value) in carried.enumerated() {
            load(.rax, value.next)
            asm.store(base: .rsp, displacement: temporary(position), .rax)
        }
        for (position, value) in carried.enumerated() {
            asm.load(.rax, base: .rsp, displacement: temporary(position))
            store(value.input, .rax)
        }
    }

    /// Makes a native frame of `size` bytes one of `newSize` (both are 8 off 16: alignment holds).
    mutating func resizeNativeFrame(from size: Int32, to newSize: Int32) {
        if size > newSize { asm.add(.rsp, immediate: size - newSize) }
        if size < newSize { asm.sub(.rsp, immediate: newSize - size) }
    }

    /// Tags rax, a raw trace value of `type`, as a Value (rcx is scratch).
    mutating func tag(_ type: IRType) {
        switch type {
        case .int:
            // A small int's bits above its 49 are copies of its sign: the tag's bits cover them.
            asm.mov(.rcx, immediate: Int64(bitPattern: Value.intTag))
            asm.or(.rax, .rcx)
        case .float:
            asm.mov(.rcx, immediate: Int64(Value.doubleOffset))
            asm.add(.rax, .rcx)
        case .bool:
            // False is 0x21 and True 0x31.
            asm.shl(.rax, immediate: 4)
            asm.add(.rax, immediate: Int32(Value.false.bits))
        default:
            break
        }
    }

    /// The loop-wide number of `snapshot` for a runtime call to find its frames by, or -1 for none.
    func exitNumber(_ snapshot: Int32) -> Int64 { snapshot < 0 ? -1 : Int64(firstExit + Int(snapshot)) }

    /// Calls a runtime entry (arguments in place) and leaves, returning its outcome negated, unless it is 0.
    mutating func callRuntime(_ entry: UnsafeRawPointer) {
        asm.call(address: UInt64(UInt(bitPattern: entry)))
        asm.test(.rax, .rax)
        if residualExit == nil { residualExit = asm.newLabel() }
        asm.jump(if: .notEqual, to: residualExit!)
    }

    /// Loads a trace value into `register`: an immediate for constants, else its register or slot.
    mutating func load(_ register: Register, _ ref: IRRef) {
        let instruction = trace[ref]
        if register == .rax {
            // Only an operation's first load of rax may use what the last one left there.
            defer { raxCarried = .none }
            if raxCarried == ref { return }
        }
        if instruction.opcode == .constant {
            asm.mov(register, immediate: instruction.immediate)
        } else if let home = registers[ref] {
            if home != register { asm.mov(register, home) }
        } else {
            asm.load(register, base: .rsp, displacement: slot(ref))
        }
    }

    /// The register to read `ref` from: its own, or `scratch` loaded with it (a constant, a value in its slot).
    mutating func use(_ ref: IRRef, _ scratch: Register) -> Register {
        if let home = registers[ref] {
            raxCarried = .none
            return home
        }
        load(scratch, ref)
        return scratch
    }

    /// A constant operand that fits a sign-extended 32-bit immediate.
    func immediate32(_ ref: IRRef) -> Int32? {
        let instruction = trace[ref]
        return instruction.opcode == .constant ? Int32(exactly: instruction.immediate) : nil
    }

    /// Where an operation that cannot leave computes `ref`: its own register, or rax (then `finish` stores it).
    func target(_ ref: IRRef) -> Register { registers[ref] ?? .rax }

    mutating func finish(_ ref: IRRef, _ register: Register) {
        if register == .rax { store(ref, .rax) }
    }

    mutating func store(_ ref: IRRef, _ register: Register) {
        if let home = registers[ref] {
            if home != register { asm.mov(home, register) }
        } else {
            asm.store(base: .rsp, displacement: slot(ref), register)
        }
        if register == .rax { raxHolds = ref }
    }

    /// The label of the exit stub for `instruction`'s snapshot.
    mutating func exitLabel(_ instruction: IRInstruction) -> Label {
        if let label = exitLabels[Int(instruction.snapshot)] { return label }
        let label = asm.newLabel()
        exitLabels[Int(instruction.snapshot)] = label
        return label
    }

    mutating func leave(if condition: Condition, _ instruction: IRInstruction) {
        asm.jump(if: condition, to: exitLabel(instruction))
    }

    /// Leaves unless rax holds a value that fits a small int (49 bits).
    mutating func leaveUnlessSmallInt(_ instruction: IRInstruction) {
        asm.mov(.rdx, .rax)
        asm.shl(.rdx, immediate: 15)
        asm.sar(.rdx, immediate: 15)
        asm.cmp(.rdx, .rax)
        leave(if: .notEqual, instruction)
    }

    mutating func emit(_ ref: IRRef, _ instruction: IRInstruction, loop: Label) {
        let a = instruction.a, b = instruction.b
        switch instruction.opcode {
        case .constant:
            return
        case .loopStart:
            if ref == trace.bodyStart {
                // A peeled loop's preamble has run one iteration; the body repeats from here.
                countIteration()
                asm.bind(loop)
            } else {
                iterationStartOffset = asm.offset
                if trace.bodyStart.isNone { asm.bind(loop) }
            }
        case .jumpToStart:
            countIteration()
            if let target = continuation {
                if let other = target.otherLoop {
                    // Another loop runs now: residual instructions and exits find it in the context,
                    // and the memory manager sees it run.
                    asm.mov(.rax, immediate: Int64(Int(bitPattern: other.loop)))
                    asm.store(base: .rbx, displacement: TraceContext.Offset.loop, .rax)
                    asm.mov(.rax, immediate: Int64(Int(bitPattern: other.generation)))
                    asm.load32(.rax, base: .rax)
                    asm.mov(.rcx, immediate: Int64(Int(bitPattern: other.lastRunGeneration)))
                    asm.store32(base: .rcx, .rax)
                }
                // Into the loop's code with the native frame it keeps.
                resizeNativeFrame(from: frameSize, to: target.nativeFrameSize)
                asm.mov(Self.exitBuffer, immediate: Int64(Int(bitPattern: target.exitBuffer)))
                asm.mov(.rax, immediate: Int64(Int(bitPattern: target.iterationStart)))
                asm.jmp(.rax)
            } else {
                moveLoopCarriedValues()
                asm.jmp(loop)
            }
        case .leave:
            countIteration()
            asm.jmp(exitLabel(instruction))
        case .residual:
            asm.mov(.rdi, .rbx)
            asm.mov(.rsi, immediate: instruction.immediate)
            if a.isNone { asm.mov(.rdx, immediate: 0) } else { load(.rdx, a) }
            asm.mov(.rcx, immediate: exitNumber(instruction.snapshot))
            callRuntime(unsafeBitCast(residualEntry, to: UnsafeRawPointer.self))
        case .callHelper:
            asm.mov(.rdi, .rbx)
            if a.isNone { asm.mov(.rsi, immediate: 0) } else { load(.rsi, a) }
            if b.isNone { asm.mov(.rdx, immediate: 0) } else { load(.rdx, b) }
            if instruction.c.isNone { asm.mov(.rcx, immediate: 0) } else { load(.rcx, instruction.c) }
            asm.call(address: UInt64(UInt(bitPattern: TraceHelper(rawValue: instruction.immediate)!.entry)))
            asm.test(.rax, .rax)
            leave(if: .equal, instruction)
            store(ref, .rax)
        case .checkInterrupt:
            asm.loadByte(.rax, base: Self.interrupt)
            asm.test(.rax, .rax)
            leave(if: .notEqual, instruction)
        case .loadSlot:
            let result = target(ref)
            asm.load(result, base: Self.base, displacement: Int32(instruction.immediate * 8))
            finish(ref, result)
        case .storeSlot:
            asm.store(base: Self.base, displacement: Int32(instruction.immediate * 8), use(a, .rax))
        case .loadContext:
            let result = target(ref)
            asm.load(result, base: .rbx, displacement: Int32(instruction.immediate))
            finish(ref, result)
        case .loadWord32:
            let object = use(a, .rax), result = target(ref)
            asm.load32(result, base: object, displacement: Int32(instruction.immediate))
            finish(ref, result)
        case .loadWord, .loadValue:
            let object = use(a, .rax), result = target(ref)
            asm.load(result, base: object, displacement: Int32(instruction.immediate))
            finish(ref, result)
        case .storeWord:
            let object = use(a, .rax)
            if let value = immediate32(b) {
                asm.store(base: object, displacement: Int32(instruction.immediate), immediate32: value)
            } else {
                asm.store(base: object, displacement: Int32(instruction.immediate), use(b, .rcx))
            }
        case .loadIndexed:
            let items = use(a, .rax), index = use(b, .rcx), result = target(ref)
            asm.load(result, base: items, index: index, scale: .eight, displacement: Int32(instruction.immediate))
            finish(ref, result)
        case .storeIndexed:
            let items = use(a, .rax), index = use(b, .rcx), value = use(instruction.c, .rdx)
            asm.store(base: items, index: index, scale: .eight, displacement: Int32(instruction.immediate), value)
        case .rememberStore:
            // Heap/WriteBarrier.swift's fast path inline: only an old object not yet logged calls out.
            let done = asm.newLabel()
            load(.rdi, a)
            asm.load(.rax, base: .rdi)
            asm.and(.rax, immediate: Int32(GCFlag.mark | GCFlag.remembered))
            asm.cmp(.rax, immediate: Int32(GCFlag.mark))
            asm.jump(if: .notEqual, to: done)
            load(.rsi, b)
            asm.add(.rsi, immediate: 2)
            asm.call(address: UInt64(UInt(bitPattern: unsafeBitCast(rememberStoreEntry, to: UnsafeRawPointer.self))))
            asm.bind(done)
        case .intOf:
            let result = target(ref)
            load(result, a)
            asm.shl(result, immediate: 15)
            asm.sar(result, immediate: 15)
            finish(ref, result)
        case .floatOf:
            load(.rax, a)
            asm.mov(.rcx, immediate: Int64(Value.doubleOffset))
            asm.sub(.rax, .rcx)
            store(ref, .rax)
        case .boxInt, .boxFloat, .boxBool:
            load(.rax, a)
            tag(instruction.opcode == .boxInt ? .int : instruction.opcode == .boxFloat ? .float : .bool)
            store(ref, .rax)
        case .intToFloat:
            load(.rax, a)
            asm.cvtsi2sd(.xmm0, .rax)
            asm.movq(.rax, .xmm0)
            store(ref, .rax)
        case .floatToInt:
            load(.rax, a)
            asm.movq(.xmm0, .rax)
            asm.cvttsd2si(.rax, .xmm0)
            store(ref, .rax)
        default:
            emitGuardOrArithmetic(ref, instruction)
        }
    }
}
