// Guards and arithmetic of the x86-64 backend (X86Backend.swift): each guard
// jumps to its snapshot's exit stub when its condition fails; checked integer
// arithmetic leaves when the result does not fit a small int, so that the
// interpreter redoes the operation and makes the big int.

extension X86Backend {
    mutating func emitGuardOrArithmetic(_ ref: IRRef, _ instruction: IRInstruction) {
        let a = instruction.a, b = instruction.b
        switch instruction.opcode {
        case .guardInt:
            let value = use(a, .rax)
            asm.mov(.rcx, immediate: Int64(bitPattern: Value.intTag))
            asm.cmp(value, .rcx)
            leave(if: .below, instruction)
        case .guardFloat:
            load(.rax, a)
            asm.mov(.rcx, immediate: Int64(Value.doubleOffset))
            asm.sub(.rax, .rcx)
            asm.mov(.rcx, immediate: Int64(bitPattern: Value.intTag &- Value.doubleOffset))
            asm.cmp(.rax, .rcx)
            leave(if: .aboveOrEqual, instruction)
        case .guardObject:
            let value = use(a, .rax)
            leaveUnlessObject(value, instruction)
            // The header's upper half is the type id.
            asm.load32(.rcx, base: value, displacement: 4)
            asm.cmp(.rcx, immediate: Int32(instruction.immediate))
            leave(if: .notEqual, instruction)
        case .guardNotObject:
            let value = use(a, .rax)
            let notObject = asm.newLabel()
            asm.test(value, value)
            asm.jump(if: .equal, to: notObject)
            asm.mov(.rcx, immediate: Int64(bitPattern: 0xFFFE_0000_0000_0007))
            asm.test(value, .rcx)
            leave(if: .equal, instruction)
            asm.bind(notObject)
        case .guardEqual, .guardNotEqual:
            let value = use(a, .rax)
            if let small = Int32(exactly: instruction.immediate) {
                asm.cmp(value, immediate: small)
            } else {
                asm.mov(.rcx, immediate: instruction.immediate)
                asm.cmp(value, .rcx)
            }
            leave(if: instruction.opcode == .guardEqual ? .notEqual : .equal, instruction)
        case .guardTrue, .guardFalse:
            if let flags = flagsHold, flags.ref == a {
                // The comparison just made set the flags: jump on them.
                flagsHold = nil
                leave(if: instruction.opcode == .guardTrue ? flags.condition.negated : flags.condition, instruction)
                return
            }
            let value = use(a, .rax)
            asm.test(value, value)
            leave(if: instruction.opcode == .guardTrue ? .equal : .notEqual, instruction)
        case .guardFitsInt:
            load(.rax, a)
            leaveUnlessSmallInt(instruction)
        case .intAdd, .intSub, .intMul:
            // Computed in rax: an exit may still read the operands, whose registers the result may take.
            load(.rax, a)
            if let small = immediate32(b), instruction.opcode != .intMul {
                if instruction.opcode == .intAdd { asm.add(.rax, immediate: small) } else { asm.sub(.rax, immediate: small) }
            } else {
                let other = use(b, .rcx)
                switch instruction.opcode {
                case .intAdd: asm.add(.rax, other)
                case .intSub: asm.sub(.rax, other)
                default:
                    asm.imul(.rax, other)
                    leave(if: .overflow, instruction)
                }
            }
            leaveUnlessSmallInt(instruction)
            store(ref, .rax)
        case .intNeg:
            load(.rax, a)
            asm.neg(.rax)
            leaveUnlessSmallInt(instruction)
            store(ref, .rax)
        case .intFloorDivide, .intModulo:
            emitDivision(ref, instruction)
        case .intAnd, .intOr, .intXor, .wordAdd:
            emitBitwiseOrWordAdd(ref, instruction)
        case .intCompare:
            let left = use(a, .rax)
            if let small = immediate32(b) { asm.cmp(left, immediate: small) } else { asm.cmp(left, use(b, .rcx)) }
            let condition = Self.signedCondition(instruction.immediate)
            if useCounts[Int(ref.index)] == 1, Int(ref.index) + 1 < trace.instructions.count,
               case let next = trace.instructions[Int(ref.index) + 1], next.opcode == .guardTrue || next.opcode == .guardFalse,
               next.a == ref {
                flagsHold = (ref, condition)
                return
            }
            asm.setcc(condition, .rax)
            asm.movzxByte(.rax, .rax)
            store(ref, .rax)
        case .floatAdd, .floatSub, .floatMul, .floatDivide:
            let left = use(a, .rax), right = use(b, .rcx)
            if instruction.opcode == .floatDivide {
                // Python raises ZeroDivisionError for x / 0.0 and x / -0.0: leave for the interpreter.
                asm.mov(.rdx, right)
                asm.shl(.rdx, immediate: 1)
                leave(if: .equal, instruction)
            }
            asm.movq(.xmm0, left)
            asm.movq(.xmm1, right)
            switch instruction.opcode {
            case .floatAdd: asm.addsd(.xmm0, .xmm1)
            case .floatSub: asm.subsd(.xmm0, .xmm1)
            case .floatMul: asm.mulsd(.xmm0, .xmm1)
            default: asm.divsd(.xmm0, .xmm1)
            }
            let result = target(ref)
            asm.movq(result, .xmm0)
            finish(ref, result)
        case .floatNeg:
            load(.rax, a)
            asm.mov(.rcx, immediate: Int64.min)
            asm.xor(.rax, .rcx)
            store(ref, .rax)
        case .floatSqrt:
            load(.rax, a)
            asm.movq(.xmm0, .rax)
            asm.sqrtsd(.xmm0, .xmm0)
            asm.movq(.rax, .xmm0)
            store(ref, .rax)
        case .floatCompare:
            emitFloatCompare(ref, instruction)
        default:
            fatalError("the x86 backend has no code for \(instruction.opcode)")
        }
    }

    /// Leaves unless `value` is a heap reference (not NULL, not a special constant, not a number).
    mutating func leaveUnlessObject(_ value: Register, _ instruction: IRInstruction) {
        asm.test(value, value)
        leave(if: .equal, instruction)
        asm.mov(.rcx, immediate: Int64(bitPattern: 0xFFFE_0000_0000_0007))
        asm.test(value, .rcx)
        leave(if: .notEqual, instruction)
    }

    /// and, or, xor and wrapping add, which cannot leave: computed in the result's own register.
    mutating func emitBitwiseOrWordAdd(_ ref: IRRef, _ instruction: IRInstruction) {
        let result = target(ref)
        let opcode = instruction.opcode
        func apply(_ asm: inout X86Assembler, _ other: Register) {
            switch opcode {
            case .intAnd: asm.and(result, other)
            case .intOr: asm.or(result, other)
            case .intXor: asm.xor(result, other)
            default: asm.add(result, other)
            }
        }
        if let small = immediate32(instruction.b) {
            load(result, instruction.a)
            switch opcode {
            case .intAnd: asm.and(result, immediate: small)
            case .intOr: asm.or(result, immediate: small)
            case .intXor: asm.xor(result, immediate: small)
            default: asm.add(result, immediate: small)
            }
        } else {
            let other = use(instruction.b, .rcx)
            // The result may take the register of b, which dies here: all four operations commute.
            if other == result {
                let first = use(instruction.a, .rcx)
                apply(&asm, first)
            } else {
                load(result, instruction.a)
                apply(&asm, other)
            }
        }
        finish(ref, result)
    }

    static func signedCondition(_ immediate: Int64) -> Condition {
        switch CompareCondition(rawValue: immediate)! {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessOrEqual: return .lessOrEqual
        case .greater: return .greater
        case .greaterOrEqual: return .greaterOrEqual
        }
    }

    /// Python's floor division and modulo: the quotient rounds towards minus infinity and the
    /// remainder takes the divisor's sign. Leaves on a zero divisor.
    mutating func emitDivision(_ ref: IRRef, _ instruction: IRInstruction) {
        load(.rcx, instruction.b)
        asm.test(.rcx, .rcx)
        leave(if: .equal, instruction)
        load(.rax, instruction.a)
        asm.cqo()
        asm.idiv(.rcx)
        let exact = asm.newLabel()
        asm.test(.rdx, .rdx)
        asm.jump(if: .equal, to: exact)
        asm.mov(.rsi, .rdx)
        asm.xor(.rsi, .rcx)
        asm.jump(if: .notSign, to: exact)
        if instruction.opcode == .intFloorDivide {
            asm.sub(.rax, immediate: 1)
        } else {
            asm.add(.rdx, .rcx)
        }
        asm.bind(exact)
        if instruction.opcode == .intFloorDivide {
            leaveUnlessSmallInt(instruction)
            store(ref, .rax)
        } else {
            store(ref, .rdx)
        }
    }

    /// ucomisd sets ZF, PF and CF all for an unordered pair (a NaN): every comparison but != is then false.
    mutating func emitFloatCompare(_ ref: IRRef, _ instruction: IRInstruction) {
        load(.rax, instruction.a)
        load(.rcx, instruction.b)
        asm.movq(.xmm0, .rax)
        asm.movq(.xmm1, .rcx)
        switch CompareCondition(rawValue: instruction.immediate)! {
        case .greater, .greaterOrEqual:
            asm.ucomisd(.xmm0, .xmm1)
            asm.setcc(instruction.immediate == CompareCondition.greater.rawValue ? .above : .aboveOrEqual, .rax)
        case .less, .lessOrEqual:
            asm.ucomisd(.xmm1, .xmm0)
            asm.setcc(instruction.immediate == CompareCondition.less.rawValue ? .above : .aboveOrEqual, .rax)
        case .equal:
            asm.ucomisd(.xmm0, .xmm1)
            asm.setcc(.equal, .rax)
            asm.setcc(.noParity, .rcx)
            asm.and(.rax, .rcx)
        case .notEqual:
            asm.ucomisd(.xmm0, .xmm1)
            asm.setcc(.notEqual, .rax)
            asm.setcc(.parity, .rcx)
            asm.or(.rax, .rcx)
        }
        asm.movzxByte(.rax, .rax)
        store(ref, .rax)
    }
}
