import TernSyntax

// Expression code generation: operators, comparisons, conditions, displays,
// subscripts, f-strings, yield and await, and assignment targets (an
// expression in store or delete context).

extension Compiler {
    func visit(_ expression: Expr) throws {
        let savedLine = unit.line, savedSpan = unit.span
        unit.line = expression.location.line
        unit.span = expression.location
        defer { unit.line = savedLine; unit.span = savedSpan }
        try visitWithoutLine(expression)
    }

    private func visitWithoutLine(_ expression: Expr) throws {
        let location = expression.location
        if let folded = foldConstant(expression) {
            emitConstant(folded)
            return
        }
        switch expression.kind {
        case .boolOp(let op, let values):
            let end = newLabel()
            for value in values.dropLast() {
                try visit(value)
                emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end)
            }
            try visit(values[values.count - 1])
            bind(end)
        case .namedExpr(let target, let value):
            try visit(value)
            emit(.copy, 1)
            try visit(target)
        case .binOp(let left, let op, let right):
            if op == .mod, let parts = percentFormatCandidate(left, right) {
                for part in parts { try visit(part) }
                if parts.count != 1 { emit(.buildString, parts.count) }
                return
            }
            try visit(left)
            try visit(right)
            emit(.binaryOp, op.rawValue)
        case .unaryOp(let op, let operand):
            try visit(operand)
            switch op {
            case .invert: emit(.unaryInvert)
            case .not: emit(.unaryNot)
            case .uAdd: emit(.unaryPositive)
            case .uSub: emit(.unaryNegative)
            }
        case .lambda(let arguments, let body):
            try compileLambda(expression, arguments, body)
        case .ifExp(let test, let body, let orElse):
            let end = newLabel(), next = newLabel()
            try jumpIf(test, next, whenTrue: false)
            try visit(body)
            emitJump(.jumpForward, end)
            bind(next)
            try visit(orElse)
            bind(end)
        case .dict(let keys, let values):
            try compileDictionary(keys, values)
        case .set(let elements):
            try compileStarredSequence(elements, pushed: 0, build: .buildSet, add: .setAdd, extend: .setUpdate, tuple: false)
        case .list(let elements, .load):
            try compileStarredSequence(elements, pushed: 0, build: .buildList, add: .listAppend, extend: .listExtend, tuple: false)
        case .tuple(let elements, .load):
            try compileStarredSequence(elements, pushed: 0, build: .buildList, add: .listAppend, extend: .listExtend, tuple: true)
        case .list(let elements, _), .tuple(let elements, _):
            try compileTargetSequence(expression, elements)
        case .listComp, .setComp, .dictComp, .generatorExp:
            try compileComprehension(expression)
        case .await(let value):
            if unit.kind == .module || unit.kind == .classBody {
                throw error("'await' outside function", location)
            }
            if !unit.scope.isCoroutine {
                throw error("'await' outside async function", location)
            }
            try visit(value)
            emitAwait(context: 0)
        case .yield(let value):
            if unit.kind == .module || unit.kind == .classBody {
                throw error("'yield' outside function", location)
            }
            if let value { try visit(value) } else { emitConstant(.none) }
            emit(.yieldValue)
        case .yieldFrom(let value):
            if unit.kind == .module || unit.kind == .classBody {
                throw error("'yield' outside function", location)
            }
            if unit.scope.isCoroutine {
                throw error("'yield from' inside async function", location)
            }
            try visit(value)
            emit(.getYieldFromIter)
            emitConstant(.none)
            emitYieldFromLoop()
        case .compare(let left, let ops, let comparators):
            checkIdentityWithLiteral(left, ops, comparators)
            try compileComparison(left, ops, searchForm(ops, comparators))
        case .call(let function, let arguments, let keywords):
            try compileCall(function, arguments, keywords, location: location)
        case .formattedValue(let value, let conversion, let spec):
            try visit(value)
            var argument = conversion == 115 ? 1 : conversion == 114 ? 2 : conversion == 97 ? 3 : 0
            if let spec {
                try visit(spec)
                argument |= 4
            }
            emit(.formatValue, argument)
        case .joinedStr(let values):
            for value in values { try visit(value) }
            if values.count != 1 { emit(.buildString, values.count) }
        case .constant(let constant):
            emitConstant(try codeConstant(constant, location))
        case .attribute(let object, let attribute, let context):
            if attribute == "__debug__", context != .load { throw forbiddenDebug(context, location) }
            try visit(object)
            let position = attributeLocation(expression, attribute, base: location)
            unit.line = position.line
            unit.span = position
            switch context {
            case .load: emit(.loadAttr, attributeName(attribute))
            case .store: emit(.storeAttr, attributeName(attribute))
            case .del: emit(.deleteAttr, attributeName(attribute))
            }
        case .subscript(let container, let key, let context):
            try visit(container)
            try visit(key)
            switch context {
            case .load: emit(.binarySubscr)
            case .store: emit(.storeSubscr)
            case .del: emit(.deleteSubscr)
            }
        case .starred(_, let context):
            if context == .store {
                throw error("starred assignment target must be in a list or tuple", location)
            }
            throw error("can't use starred expression here", location)
        case .name(let id, let context):
            if id == "__debug__", context != .load { throw forbiddenDebug(context, location) }
            nameOperation(id, context)
        case .slice(let lower, let upper, let step):
            if let lower { try visit(lower) } else { emitConstant(.none) }
            if let upper { try visit(upper) } else { emitConstant(.none) }
            if let step { try visit(step) }
            emit(.buildSlice, step == nil ? 2 : 3)
        }
    }

    /// CPython's forbidden_name: `__debug__` can be neither assigned nor deleted.
    func forbiddenDebug(_ context: ExprContext, _ location: SourceLocation) -> SyntaxErrorInfo {
        error(context == .del ? "cannot delete __debug__" : "cannot assign to __debug__", location)
    }

    /// The f-string form of `'literal' % (items...)`, when CPython would use one.
    func percentFormatCandidate(_ left: Expr, _ right: Expr) -> [Expr]? {
        guard case .constant(.string(let format)) = left.kind, case .tuple(let items, .load) = right.kind,
              !items.contains(where: isStarred) else { return nil }
        return percentFormatParts(format, items, left.location)
    }

    /// Where CPython 3.11 reports an attribute operation, or a method call, made with
    /// `attribute` (update_start_location_to_match_attr): `base` itself, unless the
    /// attribute's name ends on a later line than `base` starts (`a\n.b`); then from the
    /// name, on its line, to the end of `base`.
    func attributeLocation(_ attribute: Expr, _ name: String, base: SourceLocation) -> SourceLocation {
        let end = attribute.location
        guard base.line != end.endLine else { return base }
        var location = base
        location.line = end.endLine
        let length = name.unicodeScalars.count
        if length <= end.endColumn {
            location.column = end.endColumn - length
        } else {
            location.column = -1
            location.endColumn = -1
        }
        location.endLine = max(location.line, location.endLine)
        if location.line == location.endLine { location.endColumn = max(location.column, location.endColumn) }
        return location
    }

    /// `yield from` / `await` loop: [receiver, value] -> [result]. The backward jump
    /// targets the SEND, not a LOOP_HEADER (it is not a user loop).
    /// Awaits the value on top: GET_YIELD_FROM_ITER (its argument says what CPython's error names:
    /// 1 __aenter__'s result, 2 __aexit__'s, 3 __anext__'s), then the SEND/YIELD_VALUE loop.
    func emitAwait(context: Int) {
        emit(.getYieldFromIter, context)
        emitConstant(.none)
        emitYieldFromLoop()
    }

    func emitYieldFromLoop() {
        let send = newLabel(), exit = newLabel()
        bind(send)
        emitJump(.send, exit)
        emit(.yieldValue)
        emitJump(.jumpBackward, send)
        bind(exit)
    }

    // MARK: comparisons and conditions

    func emitComparison(_ op: CompareOperator) {
        switch op {
        case .eq, .notEq, .lt, .ltE, .gt, .gtE: emit(.compareOp, op.rawValue)
        case .isOp: emit(.isOp, 0)
        case .isNot: emit(.isOp, 1)
        case .inOp: emit(.containsOp, 0)
        case .notIn: emit(.containsOp, 1)
        }
    }

    func compileComparison(_ left: Expr, _ ops: [CompareOperator], _ comparators: [Expr]) throws {
        try visit(left)
        if ops.count == 1 {
            try visit(comparators[0])
            emitComparison(ops[0])
            return
        }
        let cleanup = newLabel(), end = newLabel()
        for index in 0..<(ops.count - 1) {
            try visit(comparators[index])
            emit(.swap, 2)
            emit(.copy, 2)
            emitComparison(ops[index])
            emitJump(.jumpIfFalseOrPop, cleanup)
        }
        try visit(comparators[ops.count - 1])
        emitComparison(ops[ops.count - 1])
        emitJump(.jumpForward, end)
        bind(cleanup)
        emit(.swap, 2)
        emit(.popTop)
        bind(end)
    }

    /// Jumps to `target` when `condition` is true (`whenTrue`) or false, consuming it,
    /// as CPython's compiler_jump_if (without materialising `not`, `and`, `or`).
    func jumpIf(_ condition: Expr, _ target: Label, whenTrue: Bool) throws {
        let savedLine = unit.line
        unit.line = condition.location.line
        defer { unit.line = savedLine }
        if let truth = constantTruth(condition) {
            if truth == whenTrue { emitJump(.jumpForward, target) }
            return
        }
        switch condition.kind {
        case .unaryOp(.not, let operand):
            try jumpIf(operand, target, whenTrue: !whenTrue)
            return
        case .boolOp(let op, let values):
            let isOr = op == .or
            let next2 = isOr == whenTrue ? target : newLabel()
            for value in values.dropLast() {
                try jumpIf(value, next2, whenTrue: isOr)
            }
            try jumpIf(values[values.count - 1], target, whenTrue: whenTrue)
            if next2 != target { bind(next2) }
            return
        case .ifExp(let test, let body, let orElse):
            let end = newLabel(), next = newLabel()
            try jumpIf(test, next, whenTrue: false)
            try jumpIf(body, target, whenTrue: whenTrue)
            emitJump(.jumpForward, end)
            bind(next)
            try jumpIf(orElse, target, whenTrue: whenTrue)
            bind(end)
            return
        case .compare(let left, let ops, let rawComparators) where ops.count > 1:
            checkIdentityWithLiteral(left, ops, rawComparators)
            let comparators = searchForm(ops, rawComparators)
            let cleanup = newLabel(), end = newLabel()
            try visit(left)
            for index in 0..<(ops.count - 1) {
                try visit(comparators[index])
                emit(.swap, 2)
                emit(.copy, 2)
                emitComparison(ops[index])
                emitJump(.popJumpIfFalse, cleanup)
            }
            try visit(comparators[ops.count - 1])
            emitComparison(ops[ops.count - 1])
            emitJump(whenTrue ? .popJumpIfTrue : .popJumpIfFalse, target)
            emitJump(.jumpForward, end)
            bind(cleanup)
            emit(.popTop)
            if !whenTrue { emitJump(.jumpForward, target) }
            bind(end)
            return
        case .compare(let left, let ops, let comparators)
            where (ops[0] == .isOp || ops[0] == .isNot) && isNoneConstant(comparators[0]):
            // `x is None` tests become POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE, as CPython's optimizer does.
            try visit(left)
            let jumpsOnNone = (ops[0] == .isOp) == whenTrue
            emitJump(jumpsOnNone ? .popJumpIfNone : .popJumpIfNotNone, target)
            return
        default:
            break
        }
        try visit(condition)
        emitJump(whenTrue ? .popJumpIfTrue : .popJumpIfFalse, target)
    }

    /// The comparators with a final `in [...]` list turned into a tuple.
    func searchForm(_ ops: [CompareOperator], _ comparators: [Expr]) -> [Expr] {
        guard let last = ops.last, last == .inOp || last == .notIn else { return comparators }
        return comparators.dropLast() + [iterableForm(comparators[comparators.count - 1])]
    }

    func isNoneConstant(_ expression: Expr) -> Bool {
        if case .constant(.none) = expression.kind { return true }
        return false
    }

    /// The truth value of a constant condition, or nil when it must be evaluated.
    func constantTruth(_ expression: Expr) -> Bool? {
        foldConstant(expression).map(constantTruthValue)
    }

    // MARK: displays

    /// CPython's starunpack_helper: a list, tuple or set display (or call arguments)
    /// with optional `*iterable` items, `pushed` items already on the stack.
    func compileStarredSequence(_ elements: [Expr], pushed: Int, build: Opcode, add: Opcode,
                                extend: Opcode, tuple: Bool) throws {
        let constants = elements.map { foldConstant($0) }
        if elements.count > 2, constants.allSatisfy({ $0 != nil }) {
            let folded = CodeConstant.tuple(constants.map { $0! })
            if tuple && pushed == 0 {
                emitConstant(folded)
            } else {
                emit(build, pushed)
                emitConstant(folded)
                emit(extend, 1)
                if tuple { emit(.listToTuple) }
            }
            return
        }
        let big = elements.count + pushed > 30
        let hasStar = elements.contains { if case .starred = $0.kind { return true } else { return false } }
        if !hasStar && !big {
            for element in elements { try visit(element) }
            emit(tuple ? .buildTuple : build, elements.count + pushed)
            return
        }
        var built = false
        if big {
            emit(build, pushed)
            built = true
        }
        for (index, element) in elements.enumerated() {
            if case .starred(let value, _) = element.kind {
                if !built {
                    emit(build, index + pushed)
                    built = true
                }
                try visit(value)
                emit(extend, 1)
            } else {
                try visit(element)
                if built { emit(add, 1) }
            }
        }
        if tuple { emit(.listToTuple) }
    }

    func compileDictionary(_ keys: [Expr?], _ values: [Expr]) throws {
        var haveDictionary = false
        var pending = 0
        func flush(_ end: Int) throws {
            try compileDictionaryPairs(keys, values, end - pending, end)
            if haveDictionary { emit(.dictUpdate, 1) }
            haveDictionary = true
            pending = 0
        }
        for index in values.indices {
            if keys[index] == nil {
                if pending > 0 { try flush(index) }
                if !haveDictionary {
                    emit(.buildMap, 0)
                    haveDictionary = true
                }
                try visit(values[index])
                emit(.dictUpdate, 1)
            } else if pending * 2 > 30 {
                pending += 1
                try flush(index + 1)
            } else {
                pending += 1
            }
        }
        if pending > 0 { try flush(values.count) }
        if !haveDictionary { emit(.buildMap, 0) }
    }

    /// Pushes a dict of keys[begin..<end]: BUILD_CONST_KEY_MAP when all keys are constants.
    func compileDictionaryPairs(_ keys: [Expr?], _ values: [Expr], _ begin: Int, _ end: Int) throws {
        let count = end - begin
        let big = count * 2 > 30
        let constantKeys = keys[begin..<end].map { $0.flatMap { foldConstant($0) } }
        if count > 1, !big, constantKeys.allSatisfy({ $0 != nil }) {
            for index in begin..<end { try visit(values[index]) }
            emitConstant(.tuple(constantKeys.map { $0! }))
            emit(.buildConstKeyMap, count)
            return
        }
        if big { emit(.buildMap, 0) }
        for index in begin..<end {
            try visit(keys[index]!)
            try visit(values[index])
            if big { emit(.mapAdd, 1) }
        }
        if !big { emit(.buildMap, count) }
    }

    // MARK: assignment targets

    /// `a, *b, c = value`: unpacks the value on the stack and stores each item.
    func compileTargetSequence(_ expression: Expr, _ elements: [Expr]) throws {
        var starIndex: Int? = nil
        for (index, element) in elements.enumerated() {
            guard case .starred = element.kind else { continue }
            if starIndex != nil {
                throw error("multiple starred expressions in assignment", expression.location)
            }
            if index >= 256 || elements.count - index - 1 >= (Int(Int32.max) >> 8) {
                throw error("too many expressions in star-unpacking assignment", expression.location)
            }
            starIndex = index
        }
        let context: ExprContext
        switch expression.kind {
        case .list(_, let value), .tuple(_, let value): context = value
        default: context = .store
        }
        if context == .del {
            for element in elements { try visit(element) }
            return
        }
        if let starIndex {
            emit(.unpackEx, starIndex + ((elements.count - starIndex - 1) << 8))
        } else {
            emit(.unpackSequence, elements.count)
        }
        for element in elements {
            if case .starred(let value, _) = element.kind {
                try visit(value)
            } else {
                try visit(element)
            }
        }
    }
}
