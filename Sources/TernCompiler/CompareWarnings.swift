import TernSyntax

// The compiler's SyntaxWarning for `is` / `is not` with a literal operand
// (CPython 3.11's check_compare in compile.c): identity with a fresh number,
// string or tuple is almost always a mistaken `==`. The VM prints the warnings
// a compilation collected, as CPython's warnings module would.

/// A warning the compiler reports; CPython shows it as `FILE:LINE: SyntaxWarning: MESSAGE`.
public struct CompilerWarning: Equatable {
    public var line: Int
    public var message: String
    public init(line: Int, message: String) { self.line = line; self.message = message }
}

extension Compiler {
    /// Warns once for the first `is`/`is not` in a comparison chain whose operand on
    /// either side is a literal (after constant folding, as CPython checks the optimized AST).
    func checkIdentityWithLiteral(_ left: Expr, _ ops: [CompareOperator], _ comparators: [Expr]) {
        var leftIsLiteral = isLiteral(left)
        for (op, comparator) in zip(ops, comparators) {
            let rightIsLiteral = isLiteral(comparator)
            if (op == .isOp || op == .isNot) && (leftIsLiteral || rightIsLiteral) {
                let message = op == .isOp ? "\"is\" with a literal. Did you mean \"==\"?"
                                          : "\"is not\" with a literal. Did you mean \"!=\"?"
                warnings.append(CompilerWarning(line: unit.line, message: message))
                return
            }
            leftIsLiteral = rightIsLiteral
        }
    }

    /// A constant other than None, True, False and `...` (CPython's check_is_arg).
    private func isLiteral(_ expression: Expr) -> Bool {
        guard let constant = foldConstant(expression) else { return false }
        switch constant {
        case .none, .bool, .ellipsis: return false
        default: return true
        }
    }
}
