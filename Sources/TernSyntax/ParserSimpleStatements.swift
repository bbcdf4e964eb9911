// Simple statements: assignments, expression statements, imports and the keyword statements.

extension Parser {
    func parseSimpleStatement() throws -> Stmt {
        let start = current
        switch kind {
        case .kwPass: advance(); return Stmt(.pass, location(from: start))
        case .kwBreak: advance(); return Stmt(.breakStmt, location(from: start))
        case .kwContinue: advance(); return Stmt(.continueStmt, location(from: start))
        case .kwReturn:
            advance()
            let value = startsExpression(kind) || kind == .star ? try parseStarExpressions() : nil
            return Stmt(.returnStmt(value), location(from: start))
        case .kwRaise:
            advance()
            var exception: Expr? = nil, cause: Expr? = nil
            if startsExpression(kind) {
                exception = try parseExpression()
                if accept(.kwFrom) { cause = try parseExpression() }
            }
            return Stmt(.raise(exc: exception, cause: cause), location(from: start))
        case .kwGlobal, .kwNonlocal:
            advance()
            var names: [String] = []
            repeat {
                guard kind == .name else { throw invalidSyntax() }
                names.append(text(of: advance()))
            } while accept(.comma)
            return Stmt(start.kind == .kwGlobal ? .global(names) : .nonlocal(names), location(from: start))
        case .kwDel:
            advance()
            var targets: [Expr] = []
            repeat {
                if !startsExpression(kind) { break }
                let target = try parseDeleteTarget()
                try setContext(target, .del, targets: "del")
                targets.append(target)
            } while accept(.comma)
            if targets.isEmpty { throw invalidSyntax() }
            if kind != .newline && kind != .semicolon { throw invalidSyntax() }
            return Stmt(.delete(targets), location(from: start))
        case .kwAssert:
            advance()
            let test = try parseExpression()
            let message = accept(.comma) ? try parseExpression() : nil
            return Stmt(.assert(test: test, msg: message), location(from: start))
        case .kwImport:
            return try parseImport()
        case .kwFrom:
            return try parseFromImport()
        default:
            return try parseExpressionStatement()
        }
    }

    /// An expression statement, or an assignment of any kind.
    func parseExpressionStatement() throws -> Stmt {
        let start = current
        let first = kind == .kwYield ? try parseYieldExpression() : try parseStarExpressions()
        switch kind {
        case .colon:
            if !startsExpression(peekKind()) {
                // CPython reads past the ':' only for a target that can be annotated.
                switch first.kind {
                case .name, .attribute, .subscript: advance()
                default: break
                }
                throw invalidSyntax()
            }
            try checkAnnotationTarget(first)
            advance()
            let annotation = try parseExpression()
            var value: Expr? = nil
            if accept(.equal) { value = try parseAssignedValue() }
            try setContext(first, .store, targets: "=")
            let simple: Bool
            if case .name = first.kind, start.kind != .leftParen { simple = true } else { simple = false }
            return Stmt(.annAssign(target: first, annotation: annotation, value: value, simple: simple), location(from: start))
        case .equal:
            var targets = [first]
            while accept(.equal) { targets.append(try parseAssignedValue()) }
            let value = targets.removeLast()
            try checkAssignmentTargets(targets, value: value)
            try rejectBareStarred(value)
            return Stmt(.assign(targets: targets, value: value), location(from: start))
        default:
            if let op = kind.augmentedOperator {
                switch first.kind {
                case .name, .attribute, .subscript: break
                default:
                    throw error("'\(expressionName(first))' is an illegal expression for augmented assignment", at: first.location)
                }
                advance()
                let value = try parseAssignedValue()
                try rejectBareStarred(value)
                try setContext(first, .store, targets: "=")
                return Stmt(.augAssign(target: first, op: op, value: value), location(from: start))
            }
            if kind != .newline && kind != .semicolon {
                try diagnoseAfterExpressionStatement(first, start: start)
            }
            try rejectBareStarred(first)
            return Stmt(.expr(first), location(from: start))
        }
    }

    /// In CPython (compiler): a starred expression must be inside a tuple, list or set.
    func rejectBareStarred(_ value: Expr) throws {
        if case .starred = value.kind { throw error("can't use starred expression here", at: value.location) }
    }

    /// The right-hand side of `=`: a yield expression or star expressions.
    func parseAssignedValue() throws -> Expr {
        kind == .kwYield ? try parseYieldExpression() : try parseStarExpressions()
    }

    func checkAnnotationTarget(_ target: Expr) throws {
        switch target.kind {
        case .name, .attribute, .subscript: return
        case .tuple: throw error("only single target (not tuple) can be annotated", at: target.location)
        case .list: throw error("only single target (not list) can be annotated", at: target.location)
        default: throw error("illegal target for annotation", at: target.location)
        }
    }

    /// Validates `t1 = t2 = ... = value` and marks the targets as stores, with
    /// CPython's special message for a single `expression = value` mistake.
    func checkAssignmentTargets(_ targets: [Expr], value: Expr) throws {
        let hasInvalidTarget = targets.contains { invalidTarget($0, deleting: false) != nil }
        // `x = <bitwise_or> <more> = ...`: CPython suspects `=` was meant as `==` or `:=`.
        if hasInvalidTarget, targets.count >= 2, case .name = targets[0].kind, !isParenthesizedTuple(targets[0]),
           !isBitwiseOrLevel(targets[1]), startsWithBitwiseOr(targets[1]) {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: targets[0].location,
                        to: targets[1].location)
        }
        // In an unparenthesized tuple target, CPython examines the last element before the `=`.
        var candidate = targets.count == 1 ? targets[0] : nil
        if let tuple = candidate, case .tuple(let elements, _) = tuple.kind, !isParenthesizedTuple(tuple), hasInvalidTarget {
            candidate = elements.last
            if let last = elements.last, case .name = last.kind {
                throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: last.location)
            }
        }
        if let target = candidate, invalidTarget(target, deleting: false) != nil,
           isBitwiseOrLevel(target), isBitwiseOrLevel(value) || isTestLevel(value) {
            var excluded = false
            switch target.kind {
            case .list, .tuple, .generatorExp: excluded = true
            case .constant(let constant):
                if case .bool = constant { excluded = true }
                if case .none = constant { excluded = true }
            default: break
            }
            if !excluded {
                throw error("cannot assign to \(expressionName(target)) here. Maybe you meant '==' instead of '='?", at: target.location)
            }
        }
        for target in targets {
            switch target.kind {
            case .yield, .yieldFrom:
                throw error("assignment to yield expression not possible", at: target.location)
            default:
                try setContext(target, .store, targets: "=")
            }
        }
    }

    /// Finds the specific error CPython reports when an expression statement is
    /// followed by an unexpected token.
    func diagnoseAfterExpressionStatement(_ expression: Expr, start: Token) throws {
        if case .name(let id, _) = expression.kind, id == "print" || id == "exec", startsExpression(kind) {
            // Marked from the name to the end of what follows it (CPython's invalid_legacy_expression).
            let message = "Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?"
            if let following = speculate({ try parseExpressionWithoutDiagnostics() }) {
                throw error(message, from: tokenLocation(start), to: following.location)
            }
            throw error(message, line: start.line, column: start.column)
        }
        if case .tuple = expression.kind, !isParenthesizedTuple(expression), kind == .name, peekKind() == .equal {
            // CPython reads `a, b c = d` as the tuple continuing with a mistaken `c = d`.
            let nameToken = current
            let matches = speculate { () throws -> Bool in
                advance(); advance()
                if kind == .kwNot || kind == .kwLambda { return false }
                _ = try parseBitwiseOr()
                return kind != .equal && kind != .colonEqual
            }
            if matches == true {
                throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: nameToken)
            }
        }
        if kind == .colonEqual {
            if case .name = expression.kind {} else {
                throw error("cannot use assignment expressions with \(expressionName(expression))", at: expression.location)
            }
        }
        throw invalidSyntax()
    }

    /// `import a.b as c, d`
    func parseImport() throws -> Stmt {
        let start = advance()
        var names: [Alias] = []
        repeat {
            let nameStart = current
            let name = try parseDottedName()
            var asName: String? = nil
            if accept(.kwAs) {
                guard kind == .name else { throw invalidSyntax() }
                asName = text(of: advance())
            }
            names.append(Alias(name: name, asName: asName, location: location(from: nameStart)))
        } while accept(.comma)
        return Stmt(.importStmt(names), location(from: start))
    }

    func parseDottedName() throws -> String {
        guard kind == .name else { throw invalidSyntax() }
        var name = text(of: advance())
        while accept(.dot) {
            guard kind == .name else { throw invalidSyntax() }
            name += "." + text(of: advance())
        }
        return name
    }

    /// `from ..module import names`
    func parseFromImport() throws -> Stmt {
        let start = advance()
        var level = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String? = nil
        if kind == .name { module = try parseDottedName() }
        if module == nil && level == 0 { throw invalidSyntax() }
        try expect(.kwImport)
        var names: [Alias] = []
        if kind == .star {
            let star = advance()
            names.append(Alias(name: "*", asName: nil, location: tokenLocation(star)))
        } else {
            let parenthesized = accept(.leftParen)
            if parenthesized { bracketDepth += 1 }
            while true {
                guard kind == .name else { throw invalidSyntax() }
                let nameToken = advance()
                var asName: String? = nil
                if accept(.kwAs) {
                    guard kind == .name else { throw invalidSyntax() }
                    asName = text(of: advance())
                }
                names.append(Alias(name: text(of: nameToken), asName: asName, location: location(from: nameToken)))
                guard accept(.comma) else { break }
                if parenthesized && kind == .rightParen { break }
                if !parenthesized && (kind == .newline || kind == .semicolon) {
                    throw error("trailing comma not allowed without surrounding parentheses", at: current)
                }
            }
            if parenthesized { bracketDepth -= 1; try expect(.rightParen) }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), location(from: start))
    }
}
