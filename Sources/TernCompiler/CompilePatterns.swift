import TernSyntax

// The match statement, compiled as CPython 3.11's compiler does it
// (compiler_match and the compiler_pattern_* family), so that the order of
// evaluation, the order of bindings and the errors are the same.
//
// While a pattern is matched, the values its captures bind stay on the stack
// under the items the pattern is still working on (`onTop`); names are stored
// only once the whole pattern has matched, before the guard. A failing check
// jumps to the "fail pop" label for the number of items then on the stack,
// where a chain of POP_TOPs cleans up.

/// The state of one case's pattern while it is compiled (CPython's pattern_context).
final class PatternContext {
    /// The names captured so far, in the order their values sit on the stack (last deepest).
    var stores: [String] = []
    /// Whether an irrefutable pattern (capture or wildcard) is allowed here.
    var allowIrrefutable = false
    /// failPop[n] pops n items and then fails the pattern.
    var failPop: [Label] = []
    /// How many items above the captured values the pattern is still using.
    var onTop = 0
}

extension Compiler {
    func compileMatch(_ subject: Expr, _ cases: [MatchCase]) throws {
        try visit(subject)
        let end = newLabel()
        let context = PatternContext()
        // A trailing `case _:` needs no copy of the subject nor a check.
        let hasDefault = cases.count > 1 && isWildcard(cases[cases.count - 1].pattern)
        let checkedCount = cases.count - (hasDefault ? 1 : 0)
        for (index, matchCase) in cases.prefix(checkedCount).enumerated() {
            setPatternLocation(matchCase.pattern)
            let isLastChecked = index == checkedCount - 1
            if !isLastChecked { emit(.copy, 1) }
            context.stores = []
            // Irrefutable cases must be guarded, last, or both.
            context.allowIrrefutable = matchCase.guardTest != nil || index == cases.count - 1
            context.failPop = []
            context.onTop = 0
            try compilePattern(matchCase.pattern, context)
            for name in context.stores { nameOperation(name, .store) }
            if let guardTest = matchCase.guardTest {
                ensureFailPop(context, 0)
                try jumpIf(guardTest, context.failPop[0], whenTrue: false)
            }
            if !isLastChecked { emit(.popTop) }
            try visit(matchCase.body)
            emitJump(.jumpForward, end)
            // The clean-up of a failed pattern belongs to the pattern's line, not the body's.
            setPatternLocation(matchCase.pattern)
            emitAndResetFailPop(context)
        }
        if hasDefault {
            let last = cases[cases.count - 1]
            setPatternLocation(last.pattern)
            emit(.nop)
            if let guardTest = last.guardTest { try jumpIf(guardTest, end, whenTrue: false) }
            try visit(last.body)
        }
        bind(end)
    }

    /// Makes the pattern the current position: its instructions and the errors found
    /// while compiling it carry it (CPython's SET_LOC, which is not restored afterwards).
    func setPatternLocation(_ pattern: Pattern) {
        unit.line = pattern.location.line
        unit.span = pattern.location
        patternLocation = pattern.location
    }

    func isWildcard(_ pattern: Pattern) -> Bool {
        if case .asPattern(nil, nil) = pattern.kind { return true }
        return false
    }

    /// What a value pattern or a mapping key may be once constants are folded.
    func isLiteralOrAttribute(_ expression: Expr) -> Bool {
        if case .attribute = expression.kind { return true }
        return foldConstant(expression) != nil
    }

    func isStarWildcard(_ pattern: Pattern) -> Bool {
        if case .star(nil) = pattern.kind { return true }
        return false
    }

    // MARK: Failure paths

    /// Makes sure labels exist to fail with up to `count` items to pop.
    func ensureFailPop(_ context: PatternContext, _ count: Int) {
        while context.failPop.count <= count { context.failPop.append(newLabel()) }
    }

    /// Jumps (with `opcode`) to the label that pops everything the pattern has pushed.
    func jumpToFailPop(_ context: PatternContext, _ opcode: Opcode) {
        let pops = context.onTop + context.stores.count
        ensureFailPop(context, pops)
        emitJump(opcode, context.failPop[pops])
    }

    /// Binds the fail-pop labels, deepest first, each followed by one POP_TOP.
    func emitAndResetFailPop(_ context: PatternContext) {
        guard let deepest = context.failPop.last else { return }
        bind(deepest)
        for label in context.failPop.dropLast().reversed() {
            emit(.popTop)
            bind(label)
        }
        context.failPop = []
    }

    /// Moves the top of the stack down to position `count` (1 is the top).
    func rotate(_ count: Int) {
        var position = count
        while position > 1 {
            emit(.swap, position)
            position -= 1
        }
    }

    /// Records a capture of the value on top (popping it for `_`): it moves under the
    /// items in use and the earlier captures.
    func storeCapture(_ name: String?, _ context: PatternContext) throws {
        guard let name else {
            emit(.popTop)
            return
        }
        if name == "__debug__" { throw forbiddenDebug(.store, patternLocation) }
        if context.stores.contains(name) {
            throw error("multiple assignments to name '\(name)' in pattern", patternLocation)
        }
        rotate(context.onTop + context.stores.count + 1)
        context.stores.append(name)
    }

    // MARK: Patterns

    func compilePattern(_ pattern: Pattern, _ context: PatternContext) throws {
        setPatternLocation(pattern)
        switch pattern.kind {
        case .value(let value):
            guard isLiteralOrAttribute(value) else {
                throw error("patterns may only match literals and attribute lookups", patternLocation)
            }
            try visit(value)
            emit(.compareOp, CompareOperator.eq.rawValue)
            jumpToFailPop(context, .popJumpIfFalse)
        case .singleton(let constant):
            emitConstant(try codeConstant(constant, pattern.location))
            emit(.isOp, 0)
            jumpToFailPop(context, .popJumpIfFalse)
        case .sequence(let items):
            try compileSequencePattern(items, context)
        case .mapping(let keys, let values, let rest):
            try compileMappingPattern(keys, values, rest, context)
        case .classPattern(let cls, let positional, let attributes, let keywordPatterns):
            try compileClassPattern(pattern, cls, positional, attributes, keywordPatterns, context)
        case .star(let name):
            try storeCapture(name, context)
        case .asPattern(let inner, let name):
            guard let inner else {
                if !context.allowIrrefutable {
                    if let name { throw error("name capture '\(name)' makes remaining patterns unreachable", patternLocation) }
                    throw error("wildcard makes remaining patterns unreachable", patternLocation)
                }
                try storeCapture(name, context)
                return
            }
            // A copy of the subject for the capture, if the pattern matches.
            context.onTop += 1
            emit(.copy, 1)
            try compilePattern(inner, context)
            context.onTop -= 1
            try storeCapture(name, context)
        case .or(let alternatives):
            try compileOrPattern(alternatives, context)
        }
    }

    /// A pattern inside another: captures and wildcards are always allowed there.
    func compileSubpattern(_ pattern: Pattern, _ context: PatternContext) throws {
        let allowIrrefutable = context.allowIrrefutable
        context.allowIrrefutable = true
        try compilePattern(pattern, context)
        context.allowIrrefutable = allowIrrefutable
    }

    func compileSequencePattern(_ items: [Pattern], _ context: PatternContext) throws {
        var star = -1
        var onlyWildcards = true
        var starIsWildcard = false
        for (index, item) in items.enumerated() {
            if case .star = item.kind {
                if star >= 0 { throw error("multiple starred names in sequence pattern", patternLocation) }
                starIsWildcard = isStarWildcard(item)
                onlyWildcards = onlyWildcards && starIsWildcard
                star = index
                continue
            }
            onlyWildcards = onlyWildcards && isWildcard(item)
        }
        // The subject stays on top during the type and length checks.
        context.onTop += 1
        emit(.matchSequence)
        jumpToFailPop(context, .popJumpIfFalse)
        if star < 0 {
            emit(.getLen)
            emitConstant(.int(Int64(items.count)))
            emit(.compareOp, CompareOperator.eq.rawValue)
            jumpToFailPop(context, .popJumpIfFalse)
        } else if items.count > 1 {
            emit(.getLen)
            emitConstant(.int(Int64(items.count - 1)))
            emit(.compareOp, CompareOperator.gtE.rawValue)
            jumpToFailPop(context, .popJumpIfFalse)
        }
        context.onTop -= 1
        if onlyWildcards {
            emit(.popTop)
        } else if starIsWildcard {
            try compileSequenceBySubscript(items, star: star, context)
        } else {
            if star < 0 {
                emit(.unpackSequence, items.count)
            } else {
                emit(.unpackEx, star + ((items.count - star - 1) << 8))
            }
            // Each item's subject stays on the stack until its sub-pattern consumes it.
            context.onTop += items.count
            for item in items {
                context.onTop -= 1
                try compileSubpattern(item, context)
            }
        }
    }

    /// `[a, *_, b]`: the items around an unnamed star are read by index (non-negative:
    /// the subject may not support negative indexes), without unpacking the middle.
    func compileSequenceBySubscript(_ items: [Pattern], star: Int, _ context: PatternContext) throws {
        context.onTop += 1
        for (index, item) in items.enumerated() where !isWildcard(item) && index != star {
            emit(.copy, 1)
            if index < star {
                emitConstant(.int(Int64(index)))
            } else {
                emit(.getLen)
                emitConstant(.int(Int64(items.count - index)))
                emit(.binaryOp, BinaryOperator.sub.rawValue)
            }
            emit(.binarySubscr)
            try compileSubpattern(item, context)
        }
        context.onTop -= 1
        emit(.popTop)
    }

    func compileMappingPattern(_ keys: [Expr], _ values: [Pattern], _ rest: String?,
                               _ context: PatternContext) throws {
        // The subject stays on top during the type and length checks.
        context.onTop += 1
        emit(.matchMapping)
        jumpToFailPop(context, .popJumpIfFalse)
        if keys.isEmpty && rest == nil {
            context.onTop -= 1
            emit(.popTop)
            return
        }
        if !keys.isEmpty {
            emit(.getLen)
            emitConstant(.int(Int64(keys.count)))
            emit(.compareOp, CompareOperator.gtE.rawValue)
            jumpToFailPop(context, .popJumpIfFalse)
        }
        var seen: [CodeConstant] = []
        for key in keys {
            guard isLiteralOrAttribute(key) else {
                throw error("mapping pattern keys may only match literals and attribute lookups", patternLocation)
            }
            if let constant = foldConstant(key) {
                if seen.contains(where: { constantsEqual($0, constant) }) {
                    throw error("mapping pattern checks duplicate key (\(constantRepresentation(constant)))",
                                patternLocation)
                }
                seen.append(constant)
            }
            try visit(key)
        }
        emit(.buildTuple, keys.count)
        emit(.matchKeys)
        // The tuple of keys and the tuple of values (or None) are now on top of the subject.
        context.onTop += 2
        emit(.copy, 1)
        jumpToFailPop(context, .popJumpIfNone)
        emit(.unpackSequence, keys.count)
        context.onTop += keys.count - 1
        for value in values {
            context.onTop -= 1
            try compileSubpattern(value, context)
        }
        // Whatever follows consumes the tuple of keys and the subject.
        context.onTop -= 2
        guard let rest else {
            emit(.popTop)
            emit(.popTop)
            return
        }
        // rest = dict(subject); then `del rest[key]` for each key.
        emit(.buildMap, 0)
        emit(.swap, 3)
        emit(.dictUpdate, 2)
        emit(.unpackSequence, keys.count)
        var remaining = keys.count
        while remaining > 0 {
            emit(.copy, 1 + remaining)
            remaining -= 1
            emit(.swap, 2)
            emit(.deleteSubscr)
        }
        try storeCapture(rest, context)
    }

    func compileClassPattern(_ pattern: Pattern, _ cls: Expr, _ positional: [Pattern], _ attributes: [String],
                             _ keywordPatterns: [Pattern], _ context: PatternContext) throws {
        for (index, attribute) in attributes.enumerated() {
            setPatternLocation(keywordPatterns[index])
            if attribute == "__debug__" { throw forbiddenDebug(.store, patternLocation) }
            if let repeated = attributes[(index + 1)...].firstIndex(of: attribute) {
                setPatternLocation(keywordPatterns[repeated])
                throw error("attribute name repeated in class pattern: \(attribute)", patternLocation)
            }
        }
        if !attributes.isEmpty { setPatternLocation(pattern) }
        try visit(cls)
        emitConstant(.tuple(attributes.map { .string($0) }))
        emit(.matchClass, positional.count)
        // On top: a tuple of the attributes the sub-patterns match, or None.
        emit(.copy, 1)
        context.onTop += 1
        jumpToFailPop(context, .popJumpIfNone)
        let subpatterns = positional + keywordPatterns
        emit(.unpackSequence, subpatterns.count)
        context.onTop += subpatterns.count - 1
        for subpattern in subpatterns {
            context.onTop -= 1
            if isWildcard(subpattern) {
                emit(.popTop)
                continue
            }
            try compileSubpattern(subpattern, context)
        }
    }

    /// `p | q | ...`: each alternative works on a copy of the subject; all must bind the
    /// same names, and their values are put in the first alternative's order.
    func compileOrPattern(_ alternatives: [Pattern], _ context: PatternContext) throws {
        let end = newLabel()
        let saved = (stores: context.stores, allowIrrefutable: context.allowIrrefutable,
                     failPop: context.failPop, onTop: context.onTop)
        var control: [String]? = nil
        for (index, alternative) in alternatives.enumerated() {
            setPatternLocation(alternative)
            context.stores = []
            // Only the last alternative may be irrefutable, and only if the whole may be.
            context.allowIrrefutable = index == alternatives.count - 1 && saved.allowIrrefutable
            context.failPop = []
            context.onTop = 0
            emit(.copy, 1)
            try compilePattern(alternative, context)
            if let control {
                guard context.stores.count == control.count else {
                    throw error("alternative patterns bind different names", patternLocation)
                }
                try reorderCaptures(to: control, context)
            } else {
                control = context.stores
            }
            emitJump(.jumpForward, end)
            emitAndResetFailPop(context)
        }
        context.stores = saved.stores
        context.allowIrrefutable = saved.allowIrrefutable
        context.failPop = saved.failPop
        context.onTop = saved.onTop
        // No alternative matched: pop the remaining copy of the subject and fail.
        emit(.popTop)
        jumpToFailPop(context, .jumpForward)
        bind(end)
        // Move each new capture under the other new ones, the subject's copy, the items
        // in use and the earlier captures.
        let captures = control ?? []
        let rotations = captures.count + 1 + context.onTop + context.stores.count
        for name in captures {
            rotate(rotations)
            if context.stores.contains(name) {
                throw error("multiple assignments to name '\(name)' in pattern", patternLocation)
            }
            context.stores.append(name)
        }
        // Pop the copy of the subject.
        emit(.popTop)
    }

    /// Puts this alternative's captured values in the order of `control`'s names,
    /// on the stack and in `context.stores`.
    func reorderCaptures(to control: [String], _ context: PatternContext) throws {
        var position = control.count
        while position > 0 {
            position -= 1
            guard let found = context.stores.firstIndex(of: control[position]) else {
                throw error("alternative patterns bind different names", patternLocation)
            }
            if found == position { continue }
            // Rotate stores[0...found] to sit just below position; the same on the stack.
            let rotations = found + 1
            let moved = Array(context.stores[0..<rotations])
            context.stores.removeSubrange(0..<rotations)
            context.stores.insert(contentsOf: moved, at: position - found)
            for _ in 0..<rotations { rotate(position + 1) }
        }
    }
}

/// Whether two folded constants are equal as Python's `==` on them says (for the
/// duplicate keys of a mapping pattern): 1, 1.0 and True are the same key.
func constantsEqual(_ a: CodeConstant, _ b: CodeConstant) -> Bool {
    func number(_ constant: CodeConstant) -> (real: Double, imaginary: Double)? {
        switch constant {
        case .bool(let value): return (value ? 1 : 0, 0)
        case .int(let value): return (Double(value), 0)
        case .bigInt(let digits): return (Double(digits) ?? .nan, 0)
        case .float(let value): return (value, 0)
        case .complex(let real, let imaginary): return (real, imaginary)
        default: return nil
        }
    }
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.bigInt(let x), .bigInt(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.bytes(let x), .bytes(let y)): return x == y
    case (.none, .none), (.ellipsis, .ellipsis): return true
    default:
        guard let x = number(a), let y = number(b) else { return false }
        return x == y
    }
}
