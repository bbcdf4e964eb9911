// Guards and arithmetic of the x86-64 backend (X86Backend.swift): each guard
// jumps to its snapshot's exit stub when its condition fails; checked integer
// arithmetic leaves when the result does not fit a small int, so that the
// interpreter redoes the operation and makes the big int.

extension X86Backend {
    mutating func emitGuardOrArithmetic(_ ref: IRRef, _ instruction: IRInstruction) {
        let a = instruction.a, b = instruction.b
        switch instruction.opcode {
        case .guardInt:
            load(.rax, a)
            asm.mov(.rcx, immediate: Int64(bitPattern: Value.intTag))
            asm.cmp(.rax, .rcx)
            leave(if: .below, instruction)
        case .guardFloat:
            load(.rax, a)
            asm.mov(.rcx, immediate: Int64(Value.doubleOffset))
            asm.sub(.rax, .rcx)
            asm.mov(.rcx, immediate: Int64(bitPattern: Value.intTag &- Value.doubleOffset))
            asm.cmp(.rax, .rcx)
            leave(if: .aboveOrEqual, instruction)
        case .guardObject:
            load(.rax, a)
            leaveUnlessObject(instruction)
            asm.load(.rcx, base: .rax)
            asm.shr(.rcx, immediate: 32)
            asm.cmp(.rcx, immediate: Int32(instruction.immediate))
            leave(if: .notEqual, instruction)
        case .guardNotObject:
            load(.rax, a)
            let notObject = asm.newLabel()
            asm.test(.rax, .rax)
            asm.jump(if: .equal, to: notObject)
            asm.mov(.rcx, immediate: Int64(bitPattern: 0xFFFE_0000_0000_0007))
            asm.test(.rax, .rcx)
            leave(if: .equal, instruction)
            asm.bind(notObject)
        case .guardEqual, .guardNotEqual:
            load(.rax, a)
            asm.mov(.rcx, immediate: instruction.immediate)
            asm.cmp(.rax, .rcx)
            leave(if: instruction.opcode == .guardEqual ? .notEqual : .equal, instruction)
        case .guardTrue, .guardFalse:
            load(.rax, a)
            asm.test(.rax, .rax)
            leave(if: instruction.opcode == .guardTrue ? .equal : .notEqual, instruction)
        case .guardFitsInt:
            load(.rax, a)
            leaveUnlessSmallInt(instruction)
        case .intAdd, .intSub, .intMul:
            load(.rax, a)
            load(.rcx, b)
            switch instruction.opcode {
            case .intAdd: asm.add(.rax, .rcx)
            case .intSub: asm.sub(.rax, .rcx)
            default:
                asm.imul(.rax, .rcx)
                leave(if: .overflow, instruction)
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
            load(.rax, a)
            load(.rcx, b)
            switch instruction.opcode {
            case .intAnd: asm.and(.rax, .rcx)
            case .intOr: asm.or(.rax, .rcx)
            case .intXor: asm.xor(.rax, .rcx)
            default: asm.add(.rax, .rcx)
            }
            store(ref, .rax)
        case .intCompare:
            load(.rax, a)
            load(.rcx, b)
            asm.cmp(.rax, .rcx)
            asm.setcc(Self.signedCondition(instruction.immediate), .rax)
            asm.movzxByte(.rax, .rax)
            store(ref, .rax)
        case .floatAdd, .floatSub, .floatMul, .floatDivide:
            load(.rax, a)
            load(.rcx, b)
            if instruction.opcode == .floatDivide {
                // Python raises ZeroDivisionError for x / 0.0 and x / -0.0: leave for the interpreter.
                asm.mov(.rdx, .rcx)
                asm.shl(.rdx, immediate: 1)
                leave(if: .equal, instruction)
            }
            asm.movq(.xmm0, .rax)
            asm.movq(.xmm1, .rcx)
            switch instruction.opcode {
            case .floatAdd: asm.addsd(.xmm0, .xmm1)
            case .floatSub: asm.subsd(.xmm0, .xmm1)
            case .floatMul: asm.mulsd(.xmm0, .xmm1)
            default: asm.divsd(.xmm0, .xmm1)
            }
            asm.movq(.rax, .xmm0)
            store(ref, .rax)
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

    /// Leaves unless rax is a heap reference (not NULL, not a special constant, not a number).
    mutating func leaveUnlessObject(_ instruction: IRInstruction) {
        asm.test(.rax, .rax)
        leave(if: .equal, instruction)
        asm.mov(.rcx, immediate: Int64(bitPattern: 0xFFFE_0000_0000_0007))
        asm.test(.rax, .rcx)
        leave(if: .notEqual, instruction)
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
