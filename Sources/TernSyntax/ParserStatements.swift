// Statements: compound statements with their blocks, and simple statements.

extension Parser {
    /// Parses one statement line (possibly several `;`-separated simple statements)
    /// or one compound statement, appending to `body`.
    func parseStatement(into body: inout [Stmt]) throws {
        switch kind {
        case .kwDef: body.append(try parseFunctionDef(decorators: [], start: current))
        case .kwClass: body.append(try parseClassDef(decorators: [], start: current))
        case .kwIf: body.append(try parseIf())
        case .kwWhile: body.append(try parseWhile())
        case .kwFor: body.append(try parseFor(start: current, isAsync: false))
        case .kwWith: body.append(try parseWith(start: current, isAsync: false))
        case .kwTry: body.append(try parseTry())
        case .at: body.append(try parseDecorated())
        case .kwAsync:
            let start = advance()
            switch kind {
            case .kwDef: body.append(try parseFunctionDef(decorators: [], start: start, isAsync: true))
            case .kwFor: body.append(try parseFor(start: start, isAsync: true))
            case .kwWith: body.append(try parseWith(start: start, isAsync: true))
            default: throw invalidSyntax()
            }
        case .indent:
            throw invalidSyntax()
        case .name where text(of: current) == "match":
            if atMatchStatement() {
                body.append(try parseMatchStatement())
            } else {
                try parseStatementsStartingWithMatch(into: &body)
            }
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    func parseSimpleStatements(into body: inout [Stmt]) throws {
        while true {
            body.append(try parseSimpleStatement())
            if accept(.semicolon) {
                if kind == .newline { break }
                continue
            }
            break
        }
        if kind != .newline { throw invalidSyntax() }
        advance()
    }

    /// After the ':' of a compound statement: an indented block or statements on the same line.
    /// `header` names the statement in CPython's "expected an indented block after ..." message.
    func parseBlock(header: String, line: Int) throws -> [Stmt] {
        var body: [Stmt] = []
        if kind == .newline {
            advance()
            try expectIndent(header: header, line: line)
            while kind != .dedent && kind != .endOfFile {
                try parseStatement(into: &body)
            }
            accept(.dedent)
        } else {
            try parseSimpleStatements(into: &body)
        }
        return body
    }

    /// The INDENT starting a block, or CPython's "expected an indented block" error.
    func expectIndent(header: String, line: Int) throws {
        if kind != .indent {
            // In CPython a DEDENT inside the file has no column: the offset is 0.
            let isInnerDedent = kind == .dedent && current.start < source.scalars.count
            throw error("expected an indented block after \(header) on line \(line)", line: current.line,
                        column: isInnerDedent ? -1 : current.column, kind: "IndentationError")
        }
        advance()
    }

    /// The ':' ending a compound statement header. CPython says "expected ':'" when
    /// the line ends there (or always, for the `forced` headers), else "invalid syntax".
    func expectColon(forced: Bool = false) throws {
        if accept(.colon) { return }
        if forced || kind == .newline { throw error("expected ':'", at: current) }
        throw invalidSyntax()
    }

    func parseIf() throws -> Stmt {
        let start = advance()
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseBlock(header: "'\(start.kind == .kwIf ? "if" : "elif")' statement", line: start.line)
        var orElse: [Stmt] = []
        if kind == .kwElif {
            orElse = [try parseIf()]
        } else if kind == .kwElse {
            let elseToken = advance()
            try expectColon(forced: true)
            orElse = try parseBlock(header: "'else' statement", line: elseToken.line)
        }
        return Stmt(.ifStmt(test: test, body: body, orElse: orElse), location(from: start))
    }

    func parseWhile() throws -> Stmt {
        let start = advance()
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseBlock(header: "'while' statement", line: start.line)
        let orElse = try parseElseBlock()
        return Stmt(.whileLoop(test: test, body: body, orElse: orElse), location(from: start))
    }

    /// An optional `else:` block of a loop or try statement.
    func parseElseBlock() throws -> [Stmt] {
        guard kind == .kwElse else { return [] }
        let elseToken = advance()
        try expectColon(forced: true)
        return try parseBlock(header: "'else' statement", line: elseToken.line)
    }

    func parseFor(start: Token, isAsync: Bool) throws -> Stmt {
        let forToken = advance()
        let target = try parseTargetList(until: .kwIn)
        try setContext(target, .store, targets: "for")
        try expect(.kwIn)
        let iter = try parseStarExpressions()
        try expectColon()
        let body = try parseBlock(header: "'for' statement", line: forToken.line)
        let orElse = try parseElseBlock()
        return Stmt(.forLoop(target: target, iter: iter, body: body, orElse: orElse, isAsync: isAsync), location(from: start))
    }

    func parseWith(start: Token, isAsync: Bool) throws -> Stmt {
        let withToken = advance()
        var items: [WithItem] = []
        var parsedParenthesized = false
        if kind == .leftParen {
            // `with (a as b, c):` — try the parenthesized form first, as CPython does.
            let saved = index, savedLine = lastEndLine, savedColumn = lastEndColumn, savedDepth = bracketDepth
            do {
                advance()
                bracketDepth += 1
                var candidate: [WithItem] = []
                repeat {
                    if kind == .rightParen { break }
                    candidate.append(try parseWithItem())
                } while accept(.comma)
                bracketDepth -= 1
                if kind == .rightParen && peekKind() == .colon && !candidate.isEmpty {
                    advance()
                    items = candidate
                    parsedParenthesized = true
                }
            } catch {}
            if !parsedParenthesized {
                index = saved; lastEndLine = savedLine; lastEndColumn = savedColumn
                bracketDepth = savedDepth
            }
        }
        if !parsedParenthesized {
            repeat { items.append(try parseWithItem()) } while accept(.comma)
        }
        try expectColon()
        let body = try parseBlock(header: "'with' statement", line: withToken.line)
        return Stmt(.with(items: items, body: body, isAsync: isAsync), location(from: start))
    }

    /// `expression ['as' star_target]`
    func parseWithItem() throws -> WithItem {
        let context = try parseExpression()
        guard accept(.kwAs) else { return WithItem(context: context, target: nil) }
        let target = try parseStarTarget()
        try setContext(target, .store, targets: "with")
        return WithItem(context: context, target: target)
    }

    func parseTry() throws -> Stmt {
        let start = advance()
        try expectColon(forced: true)
        let body = try parseBlock(header: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        var sawStar = false, sawPlain = false
        while kind == .kwExcept {
            let exceptToken = advance()
            let isStar = accept(.star)
            if isStar { sawStar = true } else { sawPlain = true }
            if sawStar && sawPlain {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", at: exceptToken)
            }
            var type: Expr? = nil
            var name: String? = nil
            if kind != .colon {
                type = try parseExpression()
                if kind == .comma && startsExpression(peekKind()) {
                    throw error("multiple exception types must be parenthesized", at: type!.location)
                }
                if accept(.kwAs) {
                    guard kind == .name else { throw invalidSyntax() }
                    name = text(of: advance())
                }
            } else if isStar {
                throw error("expected one or more exception types", at: current)
            }
            try expectColon()
            let handlerBody = try parseBlock(header: isStar ? "'except*' statement" : "'except' statement", line: exceptToken.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, location: location(from: exceptToken)))
        }
        let orElse = handlers.isEmpty ? [] : try parseElseBlock()
        var finalBody: [Stmt] = []
        if kind == .kwFinally {
            let finallyToken = advance()
            try expectColon(forced: true)
            finalBody = try parseBlock(header: "'finally' statement", line: finallyToken.line)
        }
        if handlers.isEmpty && finalBody.isEmpty {
            throw error("expected 'except' or 'finally' block", at: current)
        }
        if sawStar {
            return Stmt(.tryStar(body: body, handlers: handlers, orElse: orElse, finalBody: finalBody), location(from: start))
        }
        return Stmt(.tryStmt(body: body, handlers: handlers, orElse: orElse, finalBody: finalBody), location(from: start))
    }

    /// Decorators followed by a function or class definition.
    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            if kind != .newline { throw invalidSyntax() }
            advance()
        }
        switch kind {
        case .kwDef: return try parseFunctionDef(decorators: decorators, start: current)
        case .kwClass: return try parseClassDef(decorators: decorators, start: current)
        case .kwAsync where peekKind() == .kwDef:
            let start = advance()
            return try parseFunctionDef(decorators: decorators, start: start, isAsync: true)
        case .kwAsync:
            advance()
            throw invalidSyntax()
        default: throw invalidSyntax()
        }
    }

    func parseFunctionDef(decorators: [Expr], start: Token, isAsync: Bool = false) throws -> Stmt {
        let defToken = advance()
        guard kind == .name else { throw invalidSyntax() }
        let name = text(of: advance())
        if kind != .leftParen { throw error("expected '('", at: current) }
        advance()
        bracketDepth += 1
        let args = try parseParameters(closing: .rightParen, allowAnnotations: true)
        try expect(.rightParen)
        bracketDepth -= 1
        var returns: Expr? = nil
        if accept(.arrow) {
            // CPython's optional `-> expression` fails, then its forced ':' fails at the arrow.
            if !startsExpression(kind) { throw error("expected ':'", at: previous) }
            returns = try parseExpression()
        }
        try expectColon(forced: true)
        let body = try parseBlock(header: "function definition", line: defToken.line)
        let definition = FunctionDef(name: name, args: args, body: body, decorators: decorators, returns: returns, isAsync: isAsync)
        return Stmt(.functionDef(definition), location(from: start))
    }

    func parseClassDef(decorators: [Expr], start: Token) throws -> Stmt {
        let classToken = advance()
        guard kind == .name else { throw invalidSyntax() }
        let name = text(of: advance())
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if accept(.leftParen) {
            (bases, keywords) = try parseCallArguments()
        }
        try expectColon()
        let body = try parseBlock(header: "class definition", line: classToken.line)
        let definition = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(definition), location(from: start))
    }
}
