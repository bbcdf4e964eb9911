import TernSyntax

// Literal constants: conversion from the AST's Constant to the code object's
// CodeConstant, and the small constant folding CPython's AST optimizer does
// that matters for code shape (negative numbers, tuples of constants).

extension Compiler {
    /// The code constant of a literal.
    func codeConstant(_ constant: Constant, _ location: SourceLocation) throws -> CodeConstant {
        literalConstant(constant)!
    }

    /// The value of an expression made only of constants, or nil.
    func foldConstant(_ expression: Expr) -> CodeConstant? {
        switch expression.kind {
        case .unaryOp, .binOp, .tuple: break
        default: return computeFoldedConstant(expression)
        }
        // Memoized: visiting a chain `a + b + c + ...` asks about every sub-chain.
        let key = ObjectIdentifier(expression)
        if let known = foldedConstants[key] { return known }
        let result = computeFoldedConstant(expression)
        foldedConstants[key] = .some(result)
        return result
    }

    private func computeFoldedConstant(_ expression: Expr) -> CodeConstant? {
        switch expression.kind {
        case .constant(let constant):
            return literalConstant(constant)
        case .name("__debug__", .load):
            // CPython's AST optimizer turns __debug__ into a constant: False under -O.
            return .bool(optimize == 0)
        case .unaryOp(let op, let operand):
            guard let value = foldConstant(operand) else { return nil }
            return foldUnary(op, value)
        case .binOp(let left, let op, let right):
            guard let leftValue = foldConstant(left), let rightValue = foldConstant(right) else { return nil }
            return foldBinary(leftValue, op, rightValue)
        case .tuple(let elements, .load):
            var items: [CodeConstant] = []
            for element in elements {
                guard let item = foldConstant(element) else { return nil }
                items.append(item)
            }
            return .tuple(items)
        default:
            return nil
        }
    }
}

extension Compiler {
    /// A list display iterated or searched is compiled as a tuple, as CPython's AST
    /// optimizer does for `x in [...]` and `for x in [...]` (same result, no list built).
    func iterableForm(_ expression: Expr) -> Expr {
        guard case .list(let elements, .load) = expression.kind else { return expression }
        let tuple = Expr(.tuple(elts: elements, ctx: .load), expression.location)
        syntheticNodes.append(tuple)
        return tuple
    }
}

/// The code constant of a literal.
public func literalConstant(_ constant: Constant) -> CodeConstant? {
    switch constant {
    case .none: return CodeConstant.none
    case .ellipsis: return .ellipsis
    case .bool(let value): return .bool(value)
    case .int(let value): return .int(value)
    case .bigInt(let digits): return .bigInt(digits)
    case .float(let value): return .float(value)
    case .imaginary(let value): return .complex(real: 0, imaginary: value)
    case .string(let value): return .string(value)
    case .bytes(let value): return .bytes(value)
    }
}

/// Source-like text of an annotation, stored instead of its value under
/// `from __future__ import annotations` (covers the forms annotations use).
func annotationText(_ expression: Expr) -> String {
    switch expression.kind {
    case .name(let id, _):
        return id
    case .attribute(let value, let attribute, _):
        return annotationText(value) + "." + attribute
    case .subscript(let value, let slice, _):
        if case .tuple(let elements, _) = slice.kind, !elements.isEmpty {
            return annotationText(value) + "[" + elements.map(annotationText).joined(separator: ", ") + "]"
        }
        return annotationText(value) + "[" + annotationText(slice) + "]"
    case .tuple(let elements, _):
        return "(" + elements.map(annotationText).joined(separator: ", ") + (elements.count == 1 ? ",)" : ")")
    case .list(let elements, _):
        return "[" + elements.map(annotationText).joined(separator: ", ") + "]"
    case .binOp(let left, .bitOr, let right):
        return annotationText(left) + " | " + annotationText(right)
    case .starred(let value, _):
        return "*" + annotationText(value)
    case .constant(let constant):
        switch constant {
        case .none: return "None"
        case .ellipsis: return "..."
        case .bool(let value): return value ? "True" : "False"
        case .int(let value): return String(value)
        case .bigInt(let digits): return digits
        case .float(let value): return String(value)
        case .string(let value): return "'" + value.map { $0 == "'" ? "\\'" : String($0) }.joined() + "'"
        default: return "..."
        }
    default:
        return "..."
    }
}
