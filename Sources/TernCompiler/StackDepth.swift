// Stack effects of every opcode, and the flow analysis that computes the
// maximum value-stack depth of a code object (including the depth each
// exception handler starts at). The same analysis is reused by the bytecode
// verifier in the tests, on assembled code.

/// Change in stack depth caused by one instruction; `jump` selects the effect
/// on the branch-taken path for instructions that branch.
public func stackEffect(_ opcode: Opcode, _ argument: Int, jump: Bool) -> Int {
    switch opcode {
    case .nop, .swap, .deleteFast, .deleteDeref, .deleteGlobal, .deleteName, .kwNames, .loadAttr,
         .unaryPositive, .unaryNegative, .unaryNot, .unaryInvert, .listToTuple, .jumpForward,
         .jumpBackward, .loopHeader, .getIter, .checkExcMatch, .yieldValue, .getYieldFromIter,
         .setupAnnotations, .checkEgMatch, .getAiter:
        return 0
    case .popTop, .storeFast, .storeDeref, .storeGlobal, .storeName, .deleteAttr, .returnValue,
         .binaryOp, .binaryOpIntoLocal, .compareOp, .isOp, .containsOp, .binarySubscr, .listAppend, .setAdd,
         .listExtend, .setUpdate, .dictUpdate, .dictMerge, .popJumpIfFalse, .popJumpIfTrue,
         .popJumpIfNone, .popJumpIfNotNone, .reraise, .popExcept, .importName, .importStar, .printExpr,
         .prepReraiseStar:
        return -1
    case .pushNull, .copy, .loadConst, .loadFast, .loadFastAndSeal, .loadDeref, .loadClosure, .loadClassDeref,
         .loadGlobal, .loadName, .loadMethod, .loadBuildClass, .pushExcInfo, .beforeWith,
         .withExceptStart, .loadAssertionError, .importFrom, .beforeAsyncWith, .getAnext,
         .matchSequence, .matchMapping, .getLen, .matchKeys:
        return 1
    case .storeAttr, .deleteSubscr, .mapAdd, .endAsyncFor, .matchClass:
        return -2
    case .storeSubscr:
        return -3
    case .call:
        return -argument - 1
    case .callFunctionEx:
        return -2 - (argument & 1)
    case .makeFunction:
        return -(argument & 0xF).nonzeroBitCount
    case .buildSlice, .buildTuple, .buildList, .buildSet, .buildString:
        return 1 - argument
    case .buildMap:
        return 1 - 2 * argument
    case .buildConstKeyMap:
        return -argument
    case .formatValue:
        return (argument & 4) != 0 ? -1 : 0
    case .unpackSequence:
        return argument - 1
    case .unpackEx:
        return (argument & 0xFF) + (argument >> 8)
    case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
        return jump ? 0 : -1
    case .forIter:
        return jump ? -1 : 1
    case .raiseVarargs:
        return -argument
    case .send:
        return jump ? -1 : 0
    }
}

/// Whether control never falls through to the next instruction.
public func isTerminator(_ opcode: Opcode) -> Bool {
    switch opcode {
    case .jumpForward, .jumpBackward, .returnValue, .raiseVarargs, .reraise: return true
    default: return false
    }
}

/// Whether the instruction's argument is a jump target.
public func isJump(_ opcode: Opcode) -> Bool {
    switch opcode {
    case .jumpForward, .jumpBackward, .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone,
         .popJumpIfNotNone, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send:
        return true
    default: return false
    }
}

/// A failure of the compiler's own invariants (never a user error).
struct StackDepthError: Error, CustomStringConvertible {
    let description: String
}

/// Depths of the value stack before each pending instruction (-1 when unreachable),
/// computed by propagating depths along fall-through, jumps and handler setups.
func computeDepths(_ instructions: [PendingInstruction], labelPositions: [Int],
                   handlers: [HandlerInfo]) throws -> (depths: [Int], maximum: Int) {
    var depths = [Int](repeating: -1, count: instructions.count + 1)
    var maximum = 0
    // Each index is pushed once, when its depth is first set.
    try withWorkStack(capacity: instructions.count + 1) { work in
        func reach(_ index: Int, _ depth: Int) throws {
            if depth < 0 { throw StackDepthError(description: "negative stack depth at instruction \(index)") }
            maximum = max(maximum, depth)
            let known = depths[index]
            if known >= 0 {
                if known != depth {
                    throw StackDepthError(description: "inconsistent stack depth at instruction \(index): \(known) vs \(depth)")
                }
                return
            }
            depths[index] = depth
            work.push(index)
        }

        if !instructions.isEmpty { try reach(0, 0) }
        while let index = work.pop() {
            guard index < instructions.count else { continue }
            let depth = depths[index], instruction = instructions[index]
            guard let opcode = instruction.opcode else {
                let handler = handlers[Int(instruction.argument)]
                let entry = depth + handler.depthAdjustment + (handler.pushLasti ? 1 : 0) + 1
                try reach(labelPositions[handler.label.id], entry)
                try reach(index + 1, depth)
                continue
            }
            let argument = Int(instruction.argument)
            if instruction.hasTarget {
                try reach(labelPositions[Int(instruction.targetID)], depth + stackEffect(opcode, argument, jump: true))
            }
            if !isTerminator(opcode) {
                try reach(index + 1, depth + stackEffect(opcode, argument, jump: false))
            }
        }
    }
    return (depths, maximum)
}
