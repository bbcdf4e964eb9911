// Register allocation for the x86-64 backend: a linear scan over the trace that
// gives a trace value a register for its whole life, or leaves it in its stack
// slot. A value's life runs from its operation to its last use, counting the
// snapshots that name it (an exit stub reads them). Each value keeps one place,
// so exit stubs, which run after any operation, find every value where its
// operations left it.
//
// The backend computes with rax, rcx, rdx and xmm0/xmm1 and passes call
// arguments in rdi, rsi, rdx and rcx. Values go in r8, r9, r10 and r11, which
// calls clobber (r11 only once a call's arguments are loaded: it holds the call's
// target, and an exit stub's jump into a bridge), or in rbp and r15, which calls keep
// (the trace saves them on entry). A value alive across a call — a residual
// instruction, a helper, the write barrier's slow path — gets rbp or r15 or
// its stack slot.

/// The register each trace value lives in, by IR index (nil: its stack slot, or no value).
struct RegisterAssignment {
    static let callerSaved: [Register] = [.r8, .r9, .r10, .r11]
    static let calleeSaved: [Register] = [.rbp, .r15]
    static let anyRegister = callerSaved + calleeSaved

    private(set) var registers: [Register?]

    subscript(ref: IRRef) -> Register? { ref.isNone ? nil : registers[Int(ref.index)] }

    init(_ trace: Trace) {
        let count = trace.instructions.count
        registers = Array(repeating: nil, count: count)
        // Positions: operation i reads its operands at 2i and writes its result at 2i + 1; a call
        // clobbers at 2i + 1, and an exit after a call reads its snapshot then too.
        var end = Array(repeating: -1, count: count)
        var calls: [Int] = []
        for (index, instruction) in trace.instructions.enumerated() {
            let isCall = instruction.opcode.callsOut
            if isCall { calls.append(2 * index + 1) }
            instruction.forEachOperand { operand in end[Int(operand.index)] = max(end[Int(operand.index)], 2 * index) }
            if instruction.canLeave {
                let position = isCall ? 2 * index + 1 : 2 * index
                trace.snapshots[Int(instruction.snapshot)].forEachExitValue { value in
                    end[Int(value.index)] = max(end[Int(value.index)], position)
                }
            }
            if instruction.opcode == .jumpToStart {
                for carried in trace.loopCarried {
                    end[Int(carried.input.index)] = 2 * index
                    end[Int(carried.next.index)] = 2 * index
                }
            }
        }
        if !trace.bodyStart.isNone {
            // What the body reads from before it is read again by each iteration: alive to the back edge.
            let start = Int(trace.bodyStart.index), backEdge = 2 * (count - 1)
            for index in 0..<start where end[index] >= 2 * start { end[index] = backEdge }
        }
        var active: [(register: Register, end: Int)] = []
        var nextCall = 0
        for (index, instruction) in trace.instructions.enumerated() {
            let start = 2 * index + 1
            active.removeAll { $0.end < start }
            guard end[index] > start, instruction.type != .none, instruction.opcode != .constant else { continue }
            while nextCall < calls.count && calls[nextCall] <= start { nextCall += 1 }
            let crossesCall = nextCall < calls.count && calls[nextCall] <= end[index]
            let candidates = crossesCall ? Self.calleeSaved : Self.anyRegister
            guard let free = candidates.first(where: { register in !active.contains { $0.register == register } })
            else { continue }
            registers[index] = free
            active.append((free, end[index]))
        }
    }
}

extension IROpcode {
    /// Whether the operation's machine code calls a runtime function (clobbering caller-saved registers).
    var callsOut: Bool {
        switch self {
        case .residual, .callHelper, .rememberStore: return true
        default: return false
        }
    }
}
