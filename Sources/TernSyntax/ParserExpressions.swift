// Expressions, from the loosest-binding forms (lambda, conditional) down to
// unary operators and powers. Binary operators use precedence climbing.

/// Binding strength of the binary operators between `|` (1) and `*` (6).
@inline(__always) func binaryPrecedence(_ kind: TokenKind) -> (Int, BinaryOperator)? {
    switch kind {
    case .verticalBar: return (1, .bitOr)
    case .circumflex: return (2, .bitXor)
    case .ampersand: return (3, .bitAnd)
    case .leftShift: return (4, .lShift)
    case .rightShift: return (4, .rShift)
    case .plus: return (5, .add)
    case .minus: return (5, .sub)
    case .star: return (6, .mult)
    case .slash: return (6, .div)
    case .doubleSlash: return (6, .floorDiv)
    case .percent: return (6, .mod)
    case .at: return (6, .matMult)
    default: return nil
    }
}

/// Whether a token can begin an expression.
func startsExpression(_ kind: TokenKind) -> Bool {
    switch kind {
    case .name, .number, .string, .leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde,
         .kwNot, .kwLambda, .kwAwait, .kwTrue, .kwFalse, .kwNone, .ellipsis:
        return true
    default:
        return false
    }
}

extension Parser {
    /// `star_expressions`: one expression, or a tuple when commas follow.
    func parseStarExpressions() throws -> Expr {
        let start = current
        let first = try parseStarExpression()
        guard kind == .comma else { return first }
        var elements = [first]
        while accept(.comma) {
            if !startsExpression(kind) && kind != .star { break }
            elements.append(try parseStarExpression())
        }
        return Expr(.tuple(elts: elements, ctx: .load), location(from: start))
    }

    /// `'*' bitwise_or | expression`
    func parseStarExpression() throws -> Expr {
        if kind == .star {
            let start = advance()
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), location(from: start))
        }
        return try parseExpression()
    }

    /// `'*' bitwise_or | named_expression`
    func parseStarNamedExpression() throws -> Expr {
        if kind == .star {
            let start = advance()
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), location(from: start))
        }
        return try parseNamedExpression()
    }

    /// `NAME ':=' expression | expression`
    func parseNamedExpression() throws -> Expr {
        // Only this call argument itself may be `name = value`; nested expressions may not.
        let isCallArgument = inCallArguments
        inCallArguments = false
        if kind == .name && peekKind() == .colonEqual {
            let start = advance()
            let target = Expr(.name(id: text(of: start), ctx: .store), tokenLocation(start))
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(target: target, value: value), location(from: start))
        }
        let expression = try parseExpression()
        if kind == .colonEqual {
            throw error("cannot use assignment expressions with \(expressionName(expression))", at: expression.location)
        }
        if kind == .equal && !isCallArgument { try diagnoseMistakenAssignment(expression) }
        return expression
    }

    /// `target = value` where an expression was expected (`if x = 1:`, `[a = 1]`):
    /// CPython's suggestions, given when `value` is a complete `bitwise_or` not followed by
    /// another `=` or `:=`. Reads ahead like CPython, then leaves the position unchanged.
    func diagnoseMistakenAssignment(_ target: Expr) throws {
        var message: String? = nil
        switch target.kind {
        case .name:
            message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
        case .list, .tuple, .generatorExp, .constant(.bool), .constant(.none):
            return
        default:
            // CPython's `!(list|tuple|genexp|...)` look-ahead: nothing starting with a list display.
            if tokens[lastExpressionStartIndex].kind == .leftBracket { return }
            if !isBitwiseOrLevel(target) { return }
            message = "cannot assign to \(expressionName(target)) here. Maybe you meant '==' instead of '='?"
        }
        var value: Expr? = nil
        let matches = speculate { () throws -> Bool in
            advance()
            if kind == .kwNot || kind == .kwLambda || kind == .star { return false }
            value = try parseBitwiseOr()
            return kind != .equal && kind != .colonEqual
        }
        if let message = message, matches == true, let value {
            // `name = value` marks both; `expression = value` only the expression.
            if case .name = target.kind { throw error(message, from: target.location, to: value.location) }
            throw error(message, at: target.location)
        }
    }

    /// What CPython's `expression_without_invalid` accepts for a look-ahead: a lambda
    /// or a disjunction (a conditional without `else` falls back to its disjunction).
    func parseExpressionWithoutDiagnostics() throws -> Expr {
        kind == .kwLambda ? try parseLambda() : try parseDisjunction()
    }

    /// `expression`: lambda, conditional expression or disjunction.
    func parseExpression() throws -> Expr {
        if kind == .kwLambda { return try parseLambda() }
        let start = current
        let startIndex = index
        let body = try parseDisjunction()
        var result = body
        if kind == .kwIf {
            advance()
            let testStart = index
            let test: Expr
            do {
                test = try parseDisjunction()
            } catch let failure as SyntaxErrorInfo where failure.message == "invalid syntax" && index > testStart {
                // CPython backtracks to a shorter condition, then finds no `else` after it.
                throw error("expected 'else' after 'if' expression", at: body.location)
            }
            if kind != .kwElse {
                // CPython's rule excludes a ':' here (`lambda`-like slips), which stays generic.
                if kind == .colon { throw invalidSyntax() }
                throw error("expected 'else' after 'if' expression", from: body.location, to: test.location)
            }
            advance()
            let orElse = try parseExpression()
            result = Expr(.ifExp(test: test, body: body, orElse: orElse), location(from: start))
        }
        lastExpressionLocation = result.location
        lastExpressionEndIndex = index
        lastExpressionStartIndex = startIndex
        return result
    }

    func parseLambda() throws -> Expr {
        try enterRecursion()
        defer { recursionDepth -= 1 }
        let start = advance()
        let args = try parseParameters(closing: .colon, allowAnnotations: false)
        try expect(.colon)
        let body = try parseExpression()
        return Expr(.lambda(args: args, body: body), location(from: start))
    }

    func parseYieldExpression() throws -> Expr {
        let start = advance()
        if accept(.kwFrom) {
            let value = try parseExpression()
            return Expr(.yieldFrom(value), location(from: start))
        }
        if startsExpression(kind) || kind == .star {
            let value = try parseStarExpressions()
            return Expr(.yield(value), location(from: start))
        }
        return Expr(.yield(nil), location(from: start))
    }

    func parseDisjunction() throws -> Expr {
        let start = current
        let first = try parseConjunction()
        guard kind == .kwOr else { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try parseConjunction()) }
        return Expr(.boolOp(op: .or, values: values), location(from: start))
    }

    func parseConjunction() throws -> Expr {
        let start = current
        let first = try parseInversion()
        guard kind == .kwAnd else { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try parseInversion()) }
        return Expr(.boolOp(op: .and, values: values), location(from: start))
    }

    func parseInversion() throws -> Expr {
        if kind == .kwNot {
            try enterRecursion()
            defer { recursionDepth -= 1 }
            let start = advance()
            let operand = try parseInversion()
            return Expr(.unaryOp(op: .not, operand: operand), location(from: start))
        }
        return try parseComparison()
    }

    /// The comparison operator at the current token (consuming it), if any.
    func acceptComparisonOperator() -> CompareOperator? {
        let op: CompareOperator
        switch kind {
        case .equalEqual: op = .eq
        case .notEqual: op = .notEq
        case .less: op = .lt
        case .lessEqual: op = .ltE
        case .greater: op = .gt
        case .greaterEqual: op = .gtE
        case .kwIn: op = .inOp
        case .kwIs:
            advance()
            return accept(.kwNot) ? .isNot : .isOp
        case .kwNot:
            guard peekKind() == .kwIn else {
                // CPython's parser fetched the token after `not` looking for `not in`.
                furthestIndex = max(furthestIndex, index + 1)
                return nil
            }
            advance()
            op = .notIn
        default: return nil
        }
        advance()
        return op
    }

    func parseComparison() throws -> Expr {
        let start = current
        let left = try parseBitwiseOr()
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        while let op = acceptComparisonOperator() {
            ops.append(op)
            comparators.append(try parseBitwiseOr())
        }
        if ops.isEmpty { return left }
        return Expr(.compare(left: left, ops: ops, comparators: comparators), location(from: start))
    }

    @inline(__always) func parseBitwiseOr() throws -> Expr { try parseBinary(minimumPrecedence: 1) }

    func parseBinary(minimumPrecedence: Int) throws -> Expr {
        let start = current
        var left = try parseFactor()
        while let (precedence, op) = binaryPrecedence(kind), precedence >= minimumPrecedence {
            advance()
            let right = try parseBinary(minimumPrecedence: precedence + 1)
            left = Expr(.binOp(left: left, op: op, right: right), location(from: start))
        }
        return left
    }

    /// `('+' | '-' | '~') factor | power`
    func parseFactor() throws -> Expr {
        let op: UnaryOperator
        switch kind {
        case .plus: op = .uAdd
        case .minus: op = .uSub
        case .tilde: op = .invert
        default: return try parsePower()
        }
        try enterRecursion()
        defer { recursionDepth -= 1 }
        let start = advance()
        let operand = try parseFactor()
        return Expr(.unaryOp(op: op, operand: operand), location(from: start))
    }

    /// `await_primary ['**' factor]`
    func parsePower() throws -> Expr {
        let start = current
        var base: Expr
        if kind == .kwAwait {
            advance()
            let value = try parsePrimary()
            base = Expr(.await(value), location(from: start))
        } else {
            base = try parsePrimary()
        }
        if accept(.doubleStar) {
            try enterRecursion()
            defer { recursionDepth -= 1 }
            let exponent = try parseFactor()
            base = Expr(.binOp(left: base, op: .pow, right: exponent), location(from: start))
        }
        return base
    }

    /// An atom followed by attribute, call and subscript trailers.
    func parsePrimary() throws -> Expr {
        let start = current
        var expression = try parseAtom()
        while true {
            switch kind {
            case .dot:
                advance()
                guard kind == .name else { throw invalidSyntax() }
                let name = text(of: advance())
                expression = Expr(.attribute(value: expression, attr: name, ctx: .load), location(from: start))
            case .leftParen:
                let open = advance()
                let (args, keywords) = try parseCallArguments(openParen: open)
                expression = Expr(.call(function: expression, args: args, keywords: keywords), location(from: start))
            case .leftBracket:
                if peekKind() == .rightBracket {
                    // `x[]`: CPython backtracks to `x` (having fetched the `]`); the `[]` that
                    // follows then reads as a list display, hence its "forgot a comma?" hint.
                    furthestIndex = max(furthestIndex, index + 1)
                    return expression
                }
                advance()
                bracketDepth += 1
                let slice = try parseSlices()
                try expect(.rightBracket)
                bracketDepth -= 1
                expression = Expr(.subscript(value: expression, slice: slice, ctx: .load), location(from: start))
            default:
                return expression
            }
        }
    }

    /// The contents of `[...]` after a primary: one slice or expression, or a tuple of them.
    func parseSlices() throws -> Expr {
        let start = current
        let first = try parseSliceItem()
        if kind != .comma {
            // In CPython: a lone starred item still makes a tuple (`a[*b]` is `a[(*b,)]`).
            if case .starred = first.kind { return Expr(.tuple(elts: [first], ctx: .load), location(from: start)) }
            return first
        }
        var elements = [first]
        while accept(.comma) {
            if kind == .rightBracket { break }
            elements.append(try parseSliceItem())
        }
        return Expr(.tuple(elts: elements, ctx: .load), location(from: start))
    }

    /// `[expression] ':' [expression] [':' [expression]] | named_expression | starred_expression`
    func parseSliceItem() throws -> Expr {
        let start = current
        if kind == .star {
            advance()
            let value = try parseBitwiseOr()
            return Expr(.starred(value: value, ctx: .load), location(from: start))
        }
        var lower: Expr? = nil
        if kind != .colon {
            let expression = try parseNamedExpression()
            if kind != .colon { return expression }
            lower = expression
        }
        advance()
        var upper: Expr? = nil, step: Expr? = nil
        if kind != .colon && kind != .comma && kind != .rightBracket { upper = try parseExpression() }
        if accept(.colon) {
            if kind != .comma && kind != .rightBracket { step = try parseExpression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), location(from: start))
    }

    /// Targets of a `for` loop or comprehension, up to (not including) `in`.
    func parseTargetList(until terminator: TokenKind) throws -> Expr {
        let start = current
        let first = try parseStarTarget()
        guard kind == .comma else { return first }
        var elements = [first]
        while accept(.comma) {
            if kind == terminator { break }
            elements.append(try parseStarTarget())
        }
        return Expr(.tuple(elts: elements, ctx: .store), location(from: start))
    }

    /// One assignment target without commas: `'*'? primary`, as CPython's star_target.
    func parseStarTarget() throws -> Expr {
        if kind == .star {
            let start = advance()
            let value = try parsePrimary()
            return Expr(.starred(value: value, ctx: .store), location(from: start))
        }
        return try parsePrimary()
    }

    func parseDeleteTarget() throws -> Expr {
        try parseBitwiseOr()
    }
}
