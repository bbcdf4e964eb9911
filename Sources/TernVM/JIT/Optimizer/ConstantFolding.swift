// Constant folding: integer and float operations whose operands are constants
// become constants (checked ones only when the result fits a small int, exactly
// as the interpreter computes it), and guards that constants satisfy go away.
// It runs again after the passes that turn loads into constants.

func foldConstants(_ trace: inout Trace) {
    for index in trace.instructions.indices {
        let instruction = trace.instructions[index]
        let a = constantBits(trace, instruction.a), b = constantBits(trace, instruction.b)
        guard let x = a else { continue }
        let ints = (Int64(bitPattern: x), Int64(bitPattern: b ?? 0))
        var folded: Int64? = nil
        switch instruction.opcode {
        case .intAdd where b != nil: folded = smallIntOrNil(ints.0.addingReportingOverflow(ints.1))
        case .intSub where b != nil: folded = smallIntOrNil(ints.0.subtractingReportingOverflow(ints.1))
        case .intMul where b != nil: folded = smallIntOrNil(ints.0.multipliedReportingOverflow(by: ints.1))
        case .intAnd where b != nil: folded = ints.0 & ints.1
        case .intOr where b != nil: folded = ints.0 | ints.1
        case .intXor where b != nil: folded = ints.0 ^ ints.1
        case .intCompare where b != nil:
            guard let condition = CompareCondition(rawValue: instruction.immediate) else { continue }
            folded = compare(ints.0, ints.1, condition) ? 1 : 0
        case .guardTrue where x != 0, .guardFalse where x == 0,
             .guardEqual where x == UInt64(bitPattern: instruction.immediate),
             .guardNotEqual where x != UInt64(bitPattern: instruction.immediate):
            trace.instructions[index] = IRInstruction(opcode: .constant, type: .none)
            continue
        default:
            continue
        }
        if let value = folded {
            trace.instructions[index] = IRInstruction(opcode: .constant, type: instruction.type, immediate: value)
        }
    }
}

/// The bits of `ref` when it is a constant (with a type), else nil.
func constantBits(_ trace: Trace, _ ref: IRRef) -> UInt64? {
    guard !ref.isNone, trace[ref].opcode == .constant, trace[ref].type != .none else { return nil }
    return UInt64(bitPattern: trace[ref].immediate)
}

private func smallIntOrNil(_ result: (partialValue: Int64, overflow: Bool)) -> Int64? {
    !result.overflow && Value.fitsSmallInt(result.partialValue) ? result.partialValue : nil
}

private func compare<T: Comparable>(_ a: T, _ b: T, _ condition: CompareCondition) -> Bool {
    switch condition {
    case .equal: return a == b
    case .notEqual: return a != b
    case .less: return a < b
    case .lessOrEqual: return a <= b
    case .greater: return a > b
    case .greaterOrEqual: return a >= b
    }
}
