// Assignment and deletion targets: validation with CPython's messages, and
// switching a parsed expression's context from load to store or delete.

extension Parser {
    /// Marks `target` (and its nested elements) as stored or deleted, or throws the
    /// error CPython reports for an invalid target. `targets` is "=", "for", "with" or "del".
    func setContext(_ target: Expr, _ context: ExprContext, targets: String) throws {
        if case .starred = target.kind, context == .store {
            throw error("starred assignment target must be in a list or tuple", at: target.location)
        }
        if let invalid = invalidTarget(target, deleting: context == .del) {
            if context == .del {
                throw error("cannot delete \(expressionName(invalid))", at: invalid.location)
            }
            throw error("cannot assign to \(expressionName(invalid))", at: invalid.location)
        }
        applyContext(target, context)
    }

    /// The first sub-expression that cannot be a target, as CPython's _PyPegen_get_invalid_target.
    func invalidTarget(_ expression: Expr, deleting: Bool) -> Expr? {
        switch expression.kind {
        case .name, .attribute, .subscript:
            return nil
        case .list(let elements, _), .tuple(let elements, _):
            for element in elements {
                if let invalid = invalidTarget(element, deleting: deleting) { return invalid }
            }
            return nil
        case .starred(let value, _):
            if deleting { return expression }
            return invalidTarget(value, deleting: deleting)
        default:
            return expression
        }
    }

    func applyContext(_ expression: Expr, _ context: ExprContext) {
        switch expression.kind {
        case .name(let id, _):
            expression.kind = .name(id: id, ctx: context)
        case .attribute(let value, let attr, _):
            expression.kind = .attribute(value: value, attr: attr, ctx: context)
        case .subscript(let value, let slice, _):
            expression.kind = .subscript(value: value, slice: slice, ctx: context)
        case .starred(let value, _):
            applyContext(value, context)
            expression.kind = .starred(value: value, ctx: context)
        case .list(let elements, _):
            for element in elements { applyContext(element, context) }
            expression.kind = .list(elts: elements, ctx: context)
        case .tuple(let elements, _):
            for element in elements { applyContext(element, context) }
            expression.kind = .tuple(elts: elements, ctx: context)
        default:
            break
        }
    }

    /// Whether the expression is what CPython's `bitwise_or` rule can produce.
    func isBitwiseOrLevel(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .boolOp, .namedExpr, .lambda, .ifExp, .compare, .starred, .yield, .yieldFrom, .slice:
            return false
        case .unaryOp(let op, _):
            return op != .not
        case .tuple:
            // Only a parenthesized tuple is an atom; an unparenthesized one has commas at top level.
            return isParenthesizedTuple(expression)
        default:
            return true
        }
    }

    /// Whether the expression's leftmost part is a `bitwise_or` (so CPython's
    /// `NAME '=' bitwise_or` pattern matches its start).
    func startsWithBitwiseOr(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .compare(let left, _, _): return startsWithBitwiseOr(left)
        case .boolOp(_, let values): return values.first.map { startsWithBitwiseOr($0) } ?? false
        case .ifExp(_, let body, _): return startsWithBitwiseOr(body)
        case .tuple(let elements, _) where !isParenthesizedTuple(expression):
            return elements.first.map { startsWithBitwiseOr($0) } ?? false
        default: return isBitwiseOrLevel(expression)
        }
    }

    /// Whether the value side of `target = value` starts with a `bitwise_or`.
    func isTestLevel(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .compare, .ifExp, .boolOp: return true
        case .tuple(let elements, _):
            return !isParenthesizedTuple(expression) && elements.first.map { isBitwiseOrLevel($0) || isTestLevel($0) } == true
        default: return false
        }
    }

    func isParenthesizedTuple(_ expression: Expr) -> Bool {
        let line = expression.location.line, column = expression.location.column
        guard line >= 1 && line <= source.lineStarts.count else { return false }
        let offset = source.lineStarts[line - 1] + column
        return offset < source.scalars.count && source.scalars[offset] == 40
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
func expressionName(_ expression: Expr) -> String {
    switch expression.kind {
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .name: return "name"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolOp, .binOp, .unaryOp: return "expression"
    case .generatorExp: return "generator expression"
    case .yield, .yieldFrom: return "yield expression"
    case .await: return "await expression"
    case .listComp: return "list comprehension"
    case .setComp: return "set comprehension"
    case .dictComp: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .joinedStr, .formattedValue: return "f-string expression"
    case .constant(let constant):
        switch constant {
        case .none: return "None"
        case .bool(let value): return value ? "True" : "False"
        case .ellipsis: return "ellipsis"
        default: return "literal"
        }
    case .compare: return "comparison"
    case .ifExp: return "conditional expression"
    case .namedExpr: return "named expression"
    case .slice: return "slice"
    }
}
