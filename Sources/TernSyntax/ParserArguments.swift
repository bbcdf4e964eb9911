// Call arguments and parameter lists (for `def` and `lambda`).

extension Parser {
    /// The arguments of a call or class statement, after '(' and through ')'.
    func parseCallArguments(openParen: Token? = nil) throws -> ([Expr], [Keyword]) {
        let open = openParen ?? previous
        bracketDepth += 1
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false, sawDoubleStar = false
        // CPython reports a misplaced positional argument after reading all the arguments.
        var misplacedPositional: String? = nil
        while kind != .rightParen {
            let start = current
            if kind == .star {
                advance()
                let value = try parseExpression()
                let starred = Expr(.starred(value: value, ctx: .load), location(from: start))
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: starred.location)
                }
                args.append(starred)
            } else if kind == .doubleStar {
                advance()
                let value = try parseExpression()
                keywords.append(Keyword(name: nil, value: value, location: location(from: start)))
                sawDoubleStar = true
            } else if kind == .name && peekKind() == .equal {
                advance(); advance()
                let value = try parseExpression()
                keywords.append(Keyword(name: text(of: start), value: value, location: location(from: start)))
                sawKeyword = true
            } else {
                inCallArguments = true
                var argument = try parseNamedExpression()
                if atComprehension() {
                    if !(args.isEmpty && keywords.isEmpty) {
                        // CPython only examines these clauses when looking for a better message.
                        if let clauses = speculate({ try parseComprehensionClauses() }) {
                            throw error("Generator expression must be parenthesized", from: argument.location,
                                        to: lastComprehensionItem(clauses).location)
                        }
                        throw invalidSyntax()
                    }
                    let generators = try parseComprehensionClauses()
                    if kind != .rightParen {
                        throw error("Generator expression must be parenthesized", from: argument.location,
                                    to: lastComprehensionItem(generators).location)
                    }
                    argument = Expr(.generatorExp(elt: argument, generators: generators),
                                    SourceLocation(line: open.line, column: open.column,
                                                   endLine: current.endLine, endColumn: current.endColumn))
                } else if kind == .equal {
                    switch argument.kind {
                    case .constant(.bool(let value)):
                        throw error("cannot assign to \(value ? "True" : "False")", at: argument.location)
                    case .constant(.none):
                        throw error("cannot assign to None", at: argument.location)
                    default:
                        throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: argument.location)
                    }
                }
                if misplacedPositional == nil && sawDoubleStar {
                    misplacedPositional = "positional argument follows keyword argument unpacking"
                } else if misplacedPositional == nil && sawKeyword {
                    misplacedPositional = "positional argument follows keyword argument"
                }
                args.append(argument)
            }
            if !accept(.comma) { break }
        }
        if let message = misplacedPositional { throw error(message, at: current) }
        try expect(.rightParen)
        bracketDepth -= 1
        return (args, keywords)
    }

    /// A parameter list up to (not including) `closing`: ')' for `def`, ':' for `lambda`.
    func parseParameters(closing: TokenKind, allowAnnotations: Bool) throws -> Arguments {
        var result = Arguments()
        var positional: [Arg] = []
        var sawSlash = false, sawStar = false, sawDefault = false
        while kind != closing {
            let start = current
            switch kind {
            case .slash:
                if sawStar { throw error("/ must be ahead of *", at: start) }
                if sawSlash { throw error("/ may appear only once", at: start) }
                if positional.isEmpty { throw error("at least one argument must precede /", at: start) }
                advance()
                result.posOnly = positional
                positional = []
                sawSlash = true
            case .star:
                if sawStar { throw error("* argument may appear only once", at: start) }
                advance()
                sawStar = true
                if kind == .name {
                    result.vararg = try parseParameter(allowAnnotations: allowAnnotations, allowStarredAnnotation: true)
                    if kind == .equal { throw error("var-positional argument cannot have default value", at: current) }
                } else if kind == .comma && (peekKind() == .name) {
                    // A bare '*': keyword-only parameters follow.
                } else if kind == closing || (kind == .comma && (peekKind() == closing || peekKind() == .doubleStar)) {
                    throw error("named arguments must follow bare *", at: start)
                } else {
                    accept(.comma)
                    throw invalidSyntax()
                }
            case .doubleStar:
                advance()
                result.kwarg = try parseParameter(allowAnnotations: allowAnnotations, allowStarredAnnotation: false)
                if kind == .equal { throw error("var-keyword argument cannot have default value", at: current) }
                if accept(.comma) && kind != closing {
                    throw error("arguments cannot follow var-keyword argument", at: current)
                }
                if kind != closing { throw invalidSyntax() }
                continue
            case .name:
                let parameter = try parseParameter(allowAnnotations: allowAnnotations, allowStarredAnnotation: false)
                var defaultValue: Expr? = nil
                if accept(.equal) {
                    if closing == .rightParen && (kind == .comma || kind == .rightParen) {
                        throw error("expected default value expression", at: previous)
                    }
                    defaultValue = try parseExpression()
                }
                if sawStar {
                    result.kwOnly.append(parameter)
                    result.kwDefaults.append(defaultValue)
                } else {
                    positional.append(parameter)
                    if let value = defaultValue {
                        result.defaults.append(value)
                        sawDefault = true
                    } else if sawDefault && (kind == .comma || kind == closing) {
                        throw error("non-default argument follows default argument", at: start)
                    }
                }
            case .leftParen:
                // CPython's message needs plain names inside the parentheses: `def f((a, b)):`.
                let namesInParentheses = speculate { () throws -> Bool in
                    advance()
                    var count = 0
                    while kind == .name {
                        advance()
                        if closing == .rightParen && accept(.colon) { _ = try parseExpression() }
                        count += 1
                        if !accept(.comma) { break }
                    }
                    return count > 0 && kind == .rightParen
                }
                if namesInParentheses == true {
                    throw error(closing == .colon ? "Lambda expression parameters cannot be parenthesized"
                                                  : "Function parameters cannot be parenthesized", at: start)
                }
                throw invalidSyntax()
            default:
                throw invalidSyntax()
            }
            if !accept(.comma) { break }
        }
        result.args = positional
        return result
    }

    /// `NAME [':' annotation]`
    func parseParameter(allowAnnotations: Bool, allowStarredAnnotation: Bool) throws -> Arg {
        guard kind == .name else { throw invalidSyntax() }
        let nameToken = advance()
        var annotation: Expr? = nil
        if allowAnnotations && accept(.colon) {
            if allowStarredAnnotation && kind == .star {
                let star = advance()
                let value = try parseExpression()
                annotation = Expr(.starred(value: value, ctx: .load), location(from: star))
            } else {
                annotation = try parseExpression()
            }
        }
        return Arg(name: text(of: nameToken), annotation: annotation, location: location(from: nameToken))
    }
}

extension Parser {
    /// The last condition of the last `for` clause, or its iterable (CPython's
    /// _PyPegen_get_last_comprehension_item), where a misplaced generator's error ends.
    func lastComprehensionItem(_ clauses: [Comprehension]) -> Expr {
        let last = clauses[clauses.count - 1]
        return last.ifs.last ?? last.iter
    }
}
