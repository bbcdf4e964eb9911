// Checks the code handed to `_sre.compile` before the matcher ever runs it (CPython's
// `_validate`): `re` always compiles well-formed code, but the function is public, and the
// matcher follows skips and reads operands without bounds checks. Accepted code is a sequence
// of operations that tiles the code exactly and ends with SUCCESS; every skip lands on the
// operation its opcode says (a set's FAILURE, a repeat's SUCCESS or UNTIL, an alternative's
// JUMP, the end of a branch) inside its block; group and mark numbers are below `groups`.
// Stricter than CPython where CPython's check lets code through that its matcher then reads
// or writes out of bounds (a MARK of group `groups`, a prefix skip past the prefix).

struct RegexCodeValidator {
    let code: [UInt32]
    let groups: Int
    /// Deeper nesting than `re`'s parser ever makes is refused rather than recursed into.
    static let maximumNesting = 5000
    /// CATEGORY operands are CH_CODES: 0...17.
    static let lastCategory: UInt32 = 17

    /// Whether the matcher may run `code` (compiled for `groups` groups).
    static func isValid(_ code: [UInt32], groups: Int) -> Bool {
        // The operations before the last word tile them, so the last word is an operation (not
        // an operand that looks like one): SUCCESS.
        guard code.last == RegexOp.success else { return false }
        let validator = RegexCodeValidator(code: code, groups: groups)
        return validator.validateBlock(0, code.count - 1, depth: 0) && validator.validatePrefixSkip()
    }

    /// The operations from `start` tile the block up to `end` exactly.
    func validateBlock(_ start: Int, _ end: Int, depth: Int) -> Bool {
        guard depth < RegexCodeValidator.maximumNesting else { return false }
        var pc = start
        while pc < end {
            guard let next = validateOperation(at: pc, end: end, depth: depth) else { return false }
            pc = next
        }
        return pc == end
    }

    /// The position after the operation at `pc` (which must end by `end`), or nil if it is malformed.
    private func validateOperation(at pc: Int, end: Int, depth: Int) -> Int? {
        func operand(_ offset: Int) -> Int? { pc + offset < end ? Int(code[pc + offset]) : nil }
        /// The position `skip` words after the skip operand at `pc + 1`, if inside the block.
        func skipTarget() -> Int? {
            guard let skip = operand(1), skip > 0, pc + 1 + skip <= end else { return nil }
            return pc + 1 + skip
        }
        switch code[pc] {
        case RegexOp.failure, RegexOp.success, RegexOp.any, RegexOp.anyAll:
            return pc + 1
        case RegexOp.at:
            guard let at = operand(1), at <= Int(RegexAt.unicodeNonBoundary) else { return nil }
            return pc + 2
        case RegexOp.category:
            guard let category = operand(1), category <= RegexCodeValidator.lastCategory else { return nil }
            return pc + 2
        case RegexOp.literal, RegexOp.notLiteral, RegexOp.literalIgnore, RegexOp.notLiteralIgnore,
             RegexOp.literalUnicodeIgnore, RegexOp.notLiteralUnicodeIgnore,
             RegexOp.literalLocaleIgnore, RegexOp.notLiteralLocaleIgnore:
            return operand(1) == nil ? nil : pc + 2
        case RegexOp.in, RegexOp.inIgnore, RegexOp.inUnicodeIgnore, RegexOp.inLocaleIgnore:
            guard let next = skipTarget(), validateSet(pc + 2, failureAt: next - 1) else { return nil }
            return next
        case RegexOp.info:
            guard let next = skipTarget(), validateInfo(pc, end: next) else { return nil }
            return next
        case RegexOp.mark:
            guard let mark = operand(1), mark < 2 * groups else { return nil }
            return pc + 2
        case RegexOp.groupref, RegexOp.grouprefIgnore, RegexOp.grouprefUnicodeIgnore, RegexOp.grouprefLocaleIgnore:
            guard let group = operand(1), group < groups else { return nil }
            return pc + 2
        case RegexOp.branch:
            return validateBranch(pc, end: end, depth: depth)
        case RegexOp.repeatOne, RegexOp.minRepeatOne, RegexOp.possessiveRepeatOne:
            // <skip> <min> <max> <item> SUCCESS; the matcher reads the item's first operation only,
            // as one character (anything else matches nothing).
            guard let next = skipTarget(), let minimum = operand(2), let maximum = operand(3), minimum <= maximum,
                  next - 1 >= pc + 4, code[next - 1] == RegexOp.success,
                  validateBlock(pc + 4, next - 1, depth: depth + 1) else { return nil }
            return next
        case RegexOp.repeat, RegexOp.possessiveRepeat:
            // <skip> <min> <max> <body> then MAX_UNTIL or MIN_UNTIL (REPEAT), SUCCESS (POSSESSIVE_REPEAT)
            guard let tail = skipTarget(), tail < end, let minimum = operand(2), let maximum = operand(3),
                  minimum <= maximum, tail >= pc + 4 else { return nil }
            let closing = code[tail]
            let closes = code[pc] == RegexOp.repeat
                ? closing == RegexOp.maxUntil || closing == RegexOp.minUntil : closing == RegexOp.success
            guard closes, validateBlock(pc + 4, tail, depth: depth + 1) else { return nil }
            return tail + 1
        case RegexOp.assert, RegexOp.assertNot:
            // <skip> <lookbehind width> <body> SUCCESS
            guard let next = skipTarget(), let width = operand(2), width < 1 << 31, next - 1 >= pc + 3,
                  code[next - 1] == RegexOp.success,
                  validateBlock(pc + 3, next - 1, depth: depth + 1) else { return nil }
            return next
        case RegexOp.atomicGroup:
            guard let next = skipTarget(), next - 1 >= pc + 2, code[next - 1] == RegexOp.success,
                  validateBlock(pc + 2, next - 1, depth: depth + 1) else { return nil }
            return next
        case RegexOp.grouprefExists:
            return validateGroupExists(pc, end: end, depth: depth)
        default:
            // JUMP only ends an alternative or a "yes" branch; MAX_UNTIL/MIN_UNTIL only close a
            // REPEAT; set items only appear inside sets.
            return nil
        }
    }

    /// BRANCH <skip> <alternative> JUMP <to the end> ... 0: the position after the final 0.
    private func validateBranch(_ pc: Int, end: Int, depth: Int) -> Int? {
        var alternatives: [(start: Int, jump: Int)] = []
        var position = pc + 1
        while true {
            guard position < end else { return nil }
            let skip = Int(code[position])
            if skip == 0 { break }
            let next = position + skip
            // Room for the skip word and the JUMP's two words, and the next skip word after them.
            guard skip >= 3, next < end, code[next - 2] == RegexOp.jump else { return nil }
            alternatives.append((position + 1, next - 2))
            position = next
        }
        guard !alternatives.isEmpty else { return nil }
        let after = position + 1
        for alternative in alternatives {
            guard alternative.jump + 1 + Int(code[alternative.jump + 1]) == after,
                  validateBlock(alternative.start, alternative.jump, depth: depth + 1) else { return nil }
        }
        return after
    }

    /// GROUPREF_EXISTS <group> <skip> <yes> [JUMP <skip> <no>]: the position after the construct.
    private func validateGroupExists(_ pc: Int, end: Int, depth: Int) -> Int? {
        guard pc + 2 < end, Int(code[pc + 1]) < groups else { return nil }
        let skip = Int(code[pc + 2])
        let noBranch = pc + 1 + skip
        guard skip >= 2, noBranch <= end else { return nil }
        // A "yes" branch that ends with a JUMP has a "no" branch after it. An operand may look like
        // JUMP too, so the reading without a "no" branch is tried when the other fails.
        if noBranch - 2 >= pc + 3 && code[noBranch - 2] == RegexOp.jump {
            let after = noBranch - 1 + Int(code[noBranch - 1])
            if after >= noBranch && after <= end && validateBlock(pc + 3, noBranch - 2, depth: depth + 1)
                && validateBlock(noBranch, after, depth: depth + 1) {
                return after
            }
        }
        return validateBlock(pc + 3, noBranch, depth: depth + 1) ? noBranch : nil
    }

    /// INFO <skip> <flags> <min> <max> [<prefix length> <prefix skip> <prefix> <overlap> | <set>]
    private func validateInfo(_ pc: Int, end: Int) -> Bool {
        guard pc + 5 <= end else { return false }
        let flags = code[pc + 2]
        // Known flags only; a prefix or a first-character set, not both; LITERAL only with a prefix.
        guard flags & ~(RegexOp.infoPrefix | RegexOp.infoLiteral | RegexOp.infoCharset) == 0,
              flags & RegexOp.infoPrefix == 0 || flags & RegexOp.infoCharset == 0,
              flags & RegexOp.infoLiteral == 0 || flags & RegexOp.infoPrefix != 0 else { return false }
        if flags & RegexOp.infoPrefix != 0 {
            // <length> <skip> <the prefix> <its overlap table, each entry below the length>
            guard pc + 7 <= end else { return false }
            let length = Int(code[pc + 5]), skip = Int(code[pc + 6])
            guard skip <= length, length <= (end - pc - 7) / 2, pc + 7 + 2 * length == end else { return false }
            return code[(pc + 7 + length)..<end].allSatisfy { Int($0) < length }
        }
        if flags & RegexOp.infoCharset != 0 {
            return validateSet(pc + 5, failureAt: end - 1)
        }
        return end == pc + 5
    }

    /// The search skips the INFO block's literal prefix and starts the body two words per
    /// skipped character in (past its LITERALs): that must be where an operation starts.
    private func validatePrefixSkip() -> Bool {
        guard code[0] == RegexOp.info, code[2] & RegexOp.infoPrefix != 0 else { return true }
        var pc = 1 + Int(code[1])
        let start = pc + 2 * Int(code[6])
        while pc < start {
            guard let next = validateOperation(at: pc, end: code.count, depth: 0) else { return false }
            pc = next
        }
        return pc == start && pc < code.count
    }

    /// The items of a set tile the code from `start` to its FAILURE at `failure`.
    private func validateSet(_ start: Int, failureAt failure: Int) -> Bool {
        guard failure >= start, failure < code.count, code[failure] == RegexOp.failure else { return false }
        var pc = start
        while pc < failure {
            switch code[pc] {
            case RegexOp.negate:
                pc += 1
            case RegexOp.literal:
                pc += 2
            case RegexOp.category:
                guard pc + 1 < failure, code[pc + 1] <= RegexCodeValidator.lastCategory else { return false }
                pc += 2
            case RegexOp.range, RegexOp.rangeUnicodeIgnore:
                pc += 3
            case RegexOp.charset:
                pc += 9
            case RegexOp.bigCharset:
                // <count> <256 block numbers, a byte each, in 64 words> <count blocks of 8 words>
                guard pc + 66 <= failure else { return false }
                let count = Int(code[pc + 1])
                guard count <= (failure - pc - 66) / 8 else { return false }
                for word in code[(pc + 2)..<(pc + 66)] {
                    for shift in stride(from: 0, to: 32, by: 8) where Int((word >> UInt32(shift)) & 0xFF) >= count { return false }
                }
                pc += 66 + count * 8
            default:
                return false
            }
        }
        return pc == failure
    }
}
