import TernSyntax

// `s += t` and `s = s + t` on a function's fast local compile to
//   LOAD_FAST s; t; BINARY_OP_INTO_LOCAL +; STORE_FAST s
// and every other load of s to LOAD_FAST_AND_SEAL. A str result of BINARY_OP_INTO_LOCAL
// may be grown in place by the next one (amortised linear time for a loop of appends,
// where CPython resizes a str that only the local holds): the only reference to a
// growing str is the local's, until a sealing load pushes another (Objects/GrowingStr.swift).

/// `name = name + right`: the name and the right operand, else nil.
func selfAppend(_ target: Expr, _ value: Expr) -> (name: String, left: Expr, right: Expr)? {
    guard case .name(let id, _) = target.kind, case .binOp(let left, .add, let right) = value.kind,
          case .name(let leftID, _) = left.kind, leftID == id else { return nil }
    return (id, left, right)
}

extension Compiler {
    /// The slot of `name` when it is a fast local of a function that appends to it, else nil.
    func appendTargetSlot(_ rawName: String) -> Int? {
        let name = mangle(rawName, privateName: unit.privateName)
        guard unit.kind != .module && unit.kind != .classBody, unit.scope.scopeOf(name) == .local,
              unit.scope.appendTargets.contains(name) else { return nil }
        return unit.localIndex(name)
    }

    /// LOAD_FAST slot (at `left`'s location), `right`, BINARY_OP_INTO_LOCAL `binary` (at the
    /// current location), STORE_FAST slot (at `target`'s).
    func compileAppendIntoLocal(slot: Int, left: SourceLocation, right: Expr, binary: Int, target: SourceLocation) throws {
        at(left) { emit(.loadFast, slot) }
        try visit(right)
        emit(.binaryOpIntoLocal, binary)
        at(target) { emit(.storeFast, slot) }
    }
}
