// The match statement (PEP 634) and its patterns, following CPython 3.11's
// grammar rules `match_stmt`, `case_block` and `patterns` down to
// `closed_pattern`. `match` and `case` are soft keywords: they are names
// everywhere except at the start of a statement shaped like a match statement.

extension Parser {
    /// Whether the `match` name at the current position starts a match statement:
    /// `"match" subject_expr ':' NEWLINE`. Reads ahead without consuming anything.
    func atMatchStatement() -> Bool {
        guard kind == .name, text(of: current) == "match" else { return false }
        return speculate { () throws -> Bool in
            advance()
            _ = try parseMatchSubject()
            return kind == .colon && peekKind() == .newline
        } ?? false
    }

    /// A statement starting with the name `match` that is not a match statement: parsed as
    /// simple statements; when that fails and the line reads `match subject NEWLINE`,
    /// CPython's error is "expected ':'" at the end of the line.
    func parseStatementsStartingWithMatch(into body: inout [Stmt]) throws {
        // How far CPython's attempt at a match statement read: a generic error goes to
        // the furthest token either attempt fetched.
        var matchAttemptEnd = index
        let newline = speculate { () throws -> Token? in
            defer { matchAttemptEnd = furthestIndex }
            advance()
            _ = try parseMatchSubject()
            if kind == .colon { advance() }
            return kind == .newline ? current : nil
        } ?? nil
        do {
            try parseSimpleStatements(into: &body)
        } catch let failure as SyntaxErrorInfo {
            guard failure.kind == "SyntaxError" else { throw failure }
            if let newline { throw error("expected ':'", at: newline) }
            if failure.message == "invalid syntax", matchAttemptEnd > max(index, furthestIndex) {
                throw invalidSyntax(at: tokens[matchAttemptEnd])
            }
            throw failure
        }
    }

    /// `subject_expr`: `star_named_expression ',' star_named_expressions?` (a tuple) or `named_expression`.
    func parseMatchSubject() throws -> Expr {
        let start = current
        let first = try parseStarNamedExpression()
        guard kind == .comma else {
            if case .starred = first.kind { throw invalidSyntax() }
            return first
        }
        var elements = [first]
        while accept(.comma) {
            if !startsExpression(kind) && kind != .star { break }
            elements.append(try parseStarNamedExpression())
        }
        return Expr(.tuple(elts: elements, ctx: .load), location(from: start))
    }

    /// `"match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`
    func parseMatchStatement() throws -> Stmt {
        let start = advance()
        let subject = try parseMatchSubject()
        try expect(.colon)
        try expect(.newline)
        try expectIndent(header: "'match' statement", line: start.line)
        var cases: [MatchCase] = []
        repeat {
            cases.append(try parseCaseBlock())
        } while kind != .dedent && kind != .endOfFile
        accept(.dedent)
        return Stmt(.match(subject: subject, cases: cases), location(from: start))
    }

    /// `"case" patterns guard? ':' block`
    func parseCaseBlock() throws -> MatchCase {
        guard kind == .name, text(of: current) == "case" else { throw invalidSyntax() }
        let caseToken = advance()
        let pattern = try parsePatterns()
        var guardTest: Expr? = nil
        if accept(.kwIf) { guardTest = try parseNamedExpression() }
        try expectColon()
        let body = try parseBlock(header: "'case' statement", line: caseToken.line)
        return MatchCase(pattern: pattern, guardTest: guardTest, body: body)
    }

    /// `patterns`: an open sequence pattern (`a, *b`) or one pattern.
    func parsePatterns() throws -> Pattern {
        let start = current
        let first = try parseMaybeStarPattern()
        guard kind == .comma else {
            if case .star = first.kind { throw invalidSyntax() }
            return first
        }
        var items = [first]
        while accept(.comma) {
            if !startsPattern(kind) { break }
            items.append(try parseMaybeStarPattern())
        }
        return Pattern(.sequence(items), location(from: start))
    }

    /// Whether a token can begin a pattern or a star pattern.
    func startsPattern(_ kind: TokenKind) -> Bool {
        switch kind {
        case .name, .number, .string, .minus, .leftParen, .leftBracket, .leftBrace, .star,
             .kwNone, .kwTrue, .kwFalse:
            return true
        default:
            return false
        }
    }

    /// `star_pattern | pattern`
    func parseMaybeStarPattern() throws -> Pattern {
        guard kind == .star else { return try parsePattern() }
        let star = advance()
        guard kind == .name else { throw invalidSyntax() }
        let name = advance()
        if text(of: name) != "_" && (kind == .dot || kind == .leftParen || kind == .equal) { throw invalidSyntax() }
        return Pattern(.star(text(of: name) == "_" ? nil : text(of: name)), location(from: star))
    }

    /// `as_pattern | or_pattern`
    func parsePattern() throws -> Pattern {
        try enterRecursion()
        defer { recursionDepth -= 1 }
        let start = current
        let alternatives = try parseOrPattern()
        guard accept(.kwAs) else { return alternatives }
        if kind == .name && text(of: current) == "_" {
            throw error("cannot use '_' as a target", at: current)
        }
        guard kind == .name else {
            if startsExpression(kind), let target = speculate({ try parseExpression() }) {
                throw error("invalid pattern target", at: target.location)
            }
            throw invalidSyntax()
        }
        let name = advance()
        if kind == .dot || kind == .leftParen || kind == .equal { throw invalidSyntax() }
        return Pattern(.asPattern(pattern: alternatives, name: text(of: name)), location(from: start))
    }

    /// `'|'.closed_pattern+`
    func parseOrPattern() throws -> Pattern {
        let start = current
        let first = try parseClosedPattern()
        guard kind == .verticalBar else { return first }
        var alternatives = [first]
        while accept(.verticalBar) {
            alternatives.append(try parseClosedPattern())
        }
        return Pattern(.or(alternatives), location(from: start))
    }

    func parseClosedPattern() throws -> Pattern {
        let token = current
        switch token.kind {
        case .number, .minus:
            let value = try parseNumberLiteral()
            return Pattern(.value(value), value.location)
        case .string:
            let value = try parseStrings()
            return Pattern(.value(value), value.location)
        case .kwNone, .kwTrue, .kwFalse:
            advance()
            let constant: Constant = token.kind == .kwNone ? .none : .bool(token.kind == .kwTrue)
            return Pattern(.singleton(constant), tokenLocation(token))
        case .name:
            if text(of: token) == "_" {
                advance()
                return Pattern(.asPattern(pattern: nil, name: nil), tokenLocation(token))
            }
            let dotted = try parseNameOrAttribute()
            if kind == .leftParen { return try parseClassPattern(dotted) }
            if kind == .dot || kind == .equal { throw invalidSyntax() }
            if case .name(let id, _) = dotted.kind {
                return Pattern(.asPattern(pattern: nil, name: id), dotted.location)
            }
            return Pattern(.value(dotted), dotted.location)
        case .leftParen:
            return try parseParenthesizedPattern()
        case .leftBracket:
            let open = advance()
            bracketDepth += 1
            defer { bracketDepth -= 1 }
            let items = try parseSequencePatternItems(closing: .rightBracket)
            try expect(.rightBracket)
            return Pattern(.sequence(items), location(from: open))
        case .leftBrace:
            return try parseMappingPattern()
        default:
            throw invalidSyntax()
        }
    }

    /// `'(' pattern ')'` (the pattern itself) or `'(' open_sequence_pattern? ')'`.
    func parseParenthesizedPattern() throws -> Pattern {
        let open = advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if accept(.rightParen) { return Pattern(.sequence([]), location(from: open)) }
        let first = try parseMaybeStarPattern()
        if kind == .rightParen, !isStar(first) {
            advance()
            return first
        }
        guard kind == .comma else { throw invalidSyntax() }
        advance()
        let items = [first] + (try parseSequencePatternItems(closing: .rightParen))
        try expect(.rightParen)
        return Pattern(.sequence(items), location(from: open))
    }

    func isStar(_ pattern: Pattern) -> Bool {
        if case .star = pattern.kind { return true }
        return false
    }

    /// `','.maybe_star_pattern+ ','?` up to (not including) the closing bracket; may be empty.
    func parseSequencePatternItems(closing: TokenKind) throws -> [Pattern] {
        var items: [Pattern] = []
        while kind != closing {
            items.append(try parseMaybeStarPattern())
            if !accept(.comma) { break }
        }
        return items
    }

    /// `signed_number !('+' | '-') | complex_number`: a number, `-number`, or `real ± imaginary`.
    func parseNumberLiteral() throws -> Expr {
        let start = current
        var value = try parseSignedNumber()
        guard kind == .plus || kind == .minus else { return value }
        let operatorToken = advance()
        if case .constant(.imaginary) = realPart(value).kind {
            throw error("real number required in complex literal", at: realPart(value).location)
        }
        guard kind == .number else { throw invalidSyntax() }
        let imaginaryToken = advance()
        let imaginary = Expr(.constant(try numberConstant(imaginaryToken)), tokenLocation(imaginaryToken))
        guard case .constant(.imaginary) = imaginary.kind else {
            throw error("imaginary number required in complex literal", at: imaginary.location)
        }
        value = Expr(.binOp(left: value, op: operatorToken.kind == .plus ? .add : .sub, right: imaginary),
                     location(from: start))
        return value
    }

    /// `NUMBER | '-' NUMBER`
    func parseSignedNumber() throws -> Expr {
        let start = current
        let negative = accept(.minus)
        guard kind == .number else { throw invalidSyntax() }
        let token = advance()
        let number = Expr(.constant(try numberConstant(token)), tokenLocation(token))
        return negative ? Expr(.unaryOp(op: .uSub, operand: number), location(from: start)) : number
    }

    /// The number inside a signed number.
    func realPart(_ value: Expr) -> Expr {
        if case .unaryOp(_, let operand) = value.kind { return operand }
        return value
    }

    /// `name_or_attr`: `NAME ('.' NAME)*` as a name or attribute expression.
    func parseNameOrAttribute() throws -> Expr {
        let start = advance()
        var value = Expr(.name(id: text(of: start), ctx: .load), tokenLocation(start))
        while kind == .dot {
            advance()
            guard kind == .name else { throw invalidSyntax() }
            let attribute = advance()
            value = Expr(.attribute(value: value, attr: text(of: attribute), ctx: .load), location(from: start))
        }
        return value
    }

    /// `name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')'`
    func parseClassPattern(_ cls: Expr) throws -> Pattern {
        advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        var positional: [Pattern] = []
        var attributes: [String] = []
        var keywordPatterns: [Pattern] = []
        while kind != .rightParen {
            if kind == .name && peekKind() == .equal {
                attributes.append(text(of: advance()))
                advance()
                keywordPatterns.append(try parsePattern())
            } else if !attributes.isEmpty {
                throw try positionalAfterKeywordError()
            } else {
                positional.append(try parsePattern())
            }
            if !accept(.comma) { break }
        }
        try expect(.rightParen)
        let pattern = PatternKind.classPattern(cls: cls, patterns: positional, keywordAttributes: attributes,
                                               keywordPatterns: keywordPatterns)
        return Pattern(pattern, location(from: cls.location))
    }

    /// CPython's `invalid_class_argument_pattern`: the positional patterns after a
    /// keyword pattern, marked from the first to the last.
    func positionalAfterKeywordError() throws -> SyntaxErrorInfo {
        let first = try parsePattern()
        var last = first
        while kind == .comma, !(peekKind() == .name && peekKind(2) == .equal), startsPattern(peekKind()),
              peekKind() != .star {
            advance()
            last = try parsePattern()
        }
        return error("positional patterns follow keyword patterns", from: first.location, to: last.location)
    }

    /// `'{' [items_pattern] [',' '**' NAME] ','? '}'`
    func parseMappingPattern() throws -> Pattern {
        let open = advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        var keys: [Expr] = []
        var values: [Pattern] = []
        var rest: String? = nil
        while kind != .rightBrace {
            if accept(.doubleStar) {
                guard kind == .name, text(of: current) != "_" else { throw invalidSyntax() }
                rest = text(of: advance())
                if kind == .dot || kind == .leftParen || kind == .equal { throw invalidSyntax() }
                accept(.comma)
                break
            }
            keys.append(try parseMappingKey())
            try expect(.colon)
            values.append(try parsePattern())
            if !accept(.comma) { break }
        }
        try expect(.rightBrace)
        return Pattern(.mapping(keys: keys, patterns: values, rest: rest), location(from: open))
    }

    /// `literal_expr | attr`: the key of a mapping pattern.
    func parseMappingKey() throws -> Expr {
        let token = current
        switch token.kind {
        case .number, .minus:
            return try parseNumberLiteral()
        case .string:
            return try parseStrings()
        case .kwNone, .kwTrue, .kwFalse:
            advance()
            let constant: Constant = token.kind == .kwNone ? .none : .bool(token.kind == .kwTrue)
            return Expr(.constant(constant), tokenLocation(token))
        case .name where peekKind() == .dot:
            return try parseNameOrAttribute()
        case .name:
            // CPython reads the name as the start of a dotted name, then fails after it.
            advance()
            throw invalidSyntax()
        default:
            throw invalidSyntax()
        }
    }
}
