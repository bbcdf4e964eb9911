// Atoms: names, literals, and the bracketed displays and comprehensions.

extension Parser {
    func parseAtom() throws -> Expr {
        let token = current
        switch token.kind {
        case .name:
            advance()
            return Expr(.name(id: text(of: token), ctx: .load), tokenLocation(token))
        case .number:
            advance()
            return Expr(.constant(try numberConstant(token)), tokenLocation(token))
        case .string:
            return try parseStrings()
        case .kwTrue:
            advance(); return Expr(.constant(.bool(true)), tokenLocation(token))
        case .kwFalse:
            advance(); return Expr(.constant(.bool(false)), tokenLocation(token))
        case .kwNone:
            advance(); return Expr(.constant(.none), tokenLocation(token))
        case .ellipsis:
            advance(); return Expr(.constant(.ellipsis), tokenLocation(token))
        case .leftParen:
            return try parseParenthesized()
        case .leftBracket:
            return try parseListDisplay()
        case .leftBrace:
            return try parseBraceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    /// `( ... )`: empty tuple, parenthesized expression, tuple, yield or generator expression.
    func parseParenthesized() throws -> Expr {
        let open = advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if accept(.rightParen) {
            return Expr(.tuple(elts: [], ctx: .load), location(from: open))
        }
        if kind == .kwYield {
            let value = try parseYieldExpression()
            try expect(.rightParen)
            return value
        }
        let first = try parseStarNamedExpression()
        if atComprehension() {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.location)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rightParen)
            return Expr(.generatorExp(elt: first, generators: generators), location(from: open))
        }
        if kind == .rightParen {
            advance()
            if case .starred = first.kind {
                throw error("cannot use starred expression here", at: first.location)
            }
            return first
        }
        guard kind == .comma else { throw invalidSyntax() }
        var elements = [first]
        while accept(.comma) {
            if kind == .rightParen { break }
            elements.append(try parseStarNamedExpression())
        }
        try expect(.rightParen)
        return Expr(.tuple(elts: elements, ctx: .load), location(from: open))
    }

    func parseListDisplay() throws -> Expr {
        let open = advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if accept(.rightBracket) {
            return Expr(.list(elts: [], ctx: .load), location(from: open))
        }
        let first = try parseStarNamedExpression()
        if atComprehension() {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.location)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rightBracket)
            return Expr(.listComp(elt: first, generators: generators), location(from: open))
        }
        var elements = [first]
        while accept(.comma) {
            if kind == .rightBracket { break }
            elements.append(try parseStarNamedExpression())
        }
        try expect(.rightBracket)
        return Expr(.list(elts: elements, ctx: .load), location(from: open))
    }

    /// `{ ... }`: dict or set display, or a dict or set comprehension.
    func parseBraceDisplay() throws -> Expr {
        let open = advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if accept(.rightBrace) {
            return Expr(.dict(keys: [], values: []), location(from: open))
        }
        if kind == .doubleStar {
            return try parseDictRest(open: open, firstKey: nil, firstValue: try parseDoubleStarredValue())
        }
        let first = try parseStarNamedExpression()
        if case .starred = first.kind, kind == .colon { throw invalidSyntax() }
        if accept(.colon) {
            let value = try parseExpression()
            return try parseDictRest(open: open, firstKey: first, firstValue: value)
        }
        if atComprehension() {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.location)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rightBrace)
            return Expr(.setComp(elt: first, generators: generators), location(from: open))
        }
        var elements = [first]
        while accept(.comma) {
            if kind == .rightBrace { break }
            elements.append(try parseStarNamedExpression())
        }
        try expect(.rightBrace)
        return Expr(.set(elements), location(from: open))
    }

    func parseDoubleStarredValue() throws -> Expr {
        advance()
        return try parseBitwiseOr()
    }

    /// The rest of a dict display or comprehension after its first entry.
    func parseDictRest(open: Token, firstKey: Expr?, firstValue: Expr) throws -> Expr {
        if atComprehension() {
            guard let key = firstKey else {
                throw error("dict unpacking cannot be used in dict comprehension", line: open.line, column: open.column + 1)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rightBrace)
            return Expr(.dictComp(key: key, value: firstValue, generators: generators), location(from: open))
        }
        var keys: [Expr?] = [firstKey]
        var values = [firstValue]
        while accept(.comma) {
            if kind == .rightBrace { break }
            if kind == .doubleStar {
                keys.append(nil)
                values.append(try parseDoubleStarredValue())
            } else {
                let key = try parseExpression()
                keys.append(key)
                if kind != .colon {
                    if kind == .comma || kind == .rightBrace || startsExpression(kind) {
                        // In CPython the caret goes under the key's last character.
                        throw error("':' expected after dictionary key", line: key.location.line,
                                    column: key.location.endColumn - 1)
                    }
                    throw invalidSyntax()
                }
                let colon = advance()
                if kind == .comma || kind == .rightBrace {
                    throw error("expression expected after dictionary key and ':'", at: colon)
                }
                values.append(try parseExpression())
            }
        }
        try expect(.rightBrace)
        return Expr(.dict(keys: keys, values: values), location(from: open))
    }

    /// `for a b in c` inside brackets: CPython re-reads the target as an expression and
    /// suggests a missing comma.
    func diagnoseMissingCommaInTarget(_ target: Expr) throws {
        guard bracketDepth > 0, startsExpression(kind) else { return }
        var last = target
        if case .tuple(let elements, _) = target.kind, let element = elements.last { last = element }
        if case .name(let id, _) = last.kind, ["match", "case", "_"].contains(where: { $0.hasPrefix(id) }) { return }
        if speculate({ try parseExpressionWithoutDiagnostics() }) != nil { throw error("invalid syntax. Perhaps you forgot a comma?", at: last.location) }
    }

    /// `('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+`
    func parseComprehensionClauses() throws -> [Comprehension] {
        var generators: [Comprehension] = []
        while atComprehension() {
            let isAsync = accept(.kwAsync)
            advance()
            let target = try parseTargetList(until: .kwIn)
            try setContext(target, .store, targets: "for")
            if kind != .kwIn { try diagnoseMissingCommaInTarget(target) }
            try expect(.kwIn)
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try parseDisjunction()) }
            generators.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return generators
    }
}
