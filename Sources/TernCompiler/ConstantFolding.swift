import TernSyntax

// Folding of operators on constants, as CPython 3.11's AST optimizer does
// (ast_opt.c), restricted to cases whose result Tern can compute exactly
// with Int64 and Double: anything that would overflow Int64, raise, or
// depend on subtle float semantics is left for run time. The folder must never
// trap: every operation on Int64 here reports overflow instead (no abs(), no
// plain `*`, `-` or `/` that Int64.min or -1 could overflow).

/// CPython's limits on folded results (MAX_STR_SIZE, MAX_COLLECTION_SIZE).
private let maximumFoldedStringSize = 4096
private let maximumFoldedCollectionSize = 256

/// A folded number: bools count as ints, as in Python arithmetic.
private enum FoldedNumber {
    case int(Int64)
    case float(Double)

    init?(_ constant: CodeConstant) {
        switch constant {
        case .int(let value): self = .int(value)
        case .bool(let value): self = .int(value ? 1 : 0)
        case .float(let value): self = .float(value)
        default: return nil
        }
    }

    /// The value as a float when Python's int-to-float conversion is exact.
    var exactDouble: Double? {
        switch self {
        case .float(let value): return value
        // `magnitude`, not abs(): abs(Int64.min) traps.
        case .int(let value): return value.magnitude <= (1 << 53) ? Double(value) : nil
        }
    }
}

/// Truth value of a constant, as Python's bool().
func constantTruthValue(_ constant: CodeConstant) -> Bool {
    switch constant {
    case .none: return false
    case .ellipsis, .code, .bigInt: return true
    case .bool(let value): return value
    case .int(let value): return value != 0
    case .float(let value): return value != 0
    case .complex(let real, let imaginary): return real != 0 || imaginary != 0
    case .string(let value): return !value.isEmpty
    case .bytes(let value): return !value.isEmpty
    case .tuple(let items): return !items.isEmpty
    }
}

/// The value of a unary operator on a constant, or nil when not folded.
func foldUnary(_ op: UnaryOperator, _ value: CodeConstant) -> CodeConstant? {
    if op == .not { return .bool(!constantTruthValue(value)) }
    if case .bigInt(let digits) = value, op == .uSub {
        if digits == "9223372036854775808" { return .int(Int64.min) }
        return digits.hasPrefix("-") ? .bigInt(String(digits.dropFirst())) : .bigInt("-" + digits)
    }
    if case .complex(let real, let imaginary) = value, op == .uSub {
        return .complex(real: -real, imaginary: -imaginary)
    }
    guard let number = FoldedNumber(value) else { return nil }
    switch (op, number) {
    case (.uSub, .int(let integer)):
        return integer == Int64.min ? .bigInt("9223372036854775808") : .int(-integer)
    case (.uSub, .float(let real)): return .float(-real)
    case (.uAdd, .int(let integer)): return .int(integer)
    case (.uAdd, .float(let real)): return .float(real)
    case (.invert, .int(let integer)): return .int(~integer)
    default: return nil
    }
}

/// The value of a binary operator on constants, or nil when not folded.
func foldBinary(_ left: CodeConstant, _ op: BinaryOperator, _ right: CodeConstant) -> CodeConstant? {
    if let sequence = foldSequence(left, op, right) { return sequence }
    // In Python, bool & bool, bool | bool and bool ^ bool are bools, not ints.
    if case .bool(let x) = left, case .bool(let y) = right {
        switch op {
        case .bitAnd: return .bool(x && y)
        case .bitOr: return .bool(x || y)
        case .bitXor: return .bool(x != y)
        default: break
        }
    }
    if let complex = foldComplexSum(left, op, right) { return complex }
    guard let a = FoldedNumber(left), let b = FoldedNumber(right) else { return nil }
    if case .int(let x) = a, case .int(let y) = b { return foldIntegers(x, op, y) }
    // Mixed or float arithmetic: only the IEEE operations Python performs the same way.
    guard let x = a.exactDouble, let y = b.exactDouble else { return nil }
    switch op {
    case .add: return .float(x + y)
    case .sub: return .float(x - y)
    case .mult: return .float(x * y)
    case .div: return y == 0 ? nil : .float(x / y)
    default: return nil
    }
}

/// `real ± imaginary` and other sums and differences with a complex operand (the form of
/// complex literals, `1+2j`), computed per component as Python does; nil otherwise.
private func foldComplexSum(_ left: CodeConstant, _ op: BinaryOperator, _ right: CodeConstant) -> CodeConstant? {
    guard op == .add || op == .sub else { return nil }
    func parts(_ constant: CodeConstant) -> (Double, Double)? {
        if case .complex(let real, let imaginary) = constant { return (real, imaginary) }
        guard let real = FoldedNumber(constant)?.exactDouble else { return nil }
        return (real, 0)
    }
    func isComplex(_ constant: CodeConstant) -> Bool {
        if case .complex = constant { return true }
        return false
    }
    guard isComplex(left) || isComplex(right), let (a, b) = parts(left), let (c, d) = parts(right) else { return nil }
    return op == .add ? .complex(real: a + c, imaginary: b + d) : .complex(real: a - c, imaginary: b - d)
}

/// Int64 arithmetic with Python semantics (floor division, modulo sign), nil on overflow or error.
private func foldIntegers(_ x: Int64, _ op: BinaryOperator, _ y: Int64) -> CodeConstant? {
    func checked(_ result: (partialValue: Int64, overflow: Bool)) -> CodeConstant? {
        result.overflow ? nil : .int(result.partialValue)
    }
    switch op {
    case .add: return checked(x.addingReportingOverflow(y))
    case .sub: return checked(x.subtractingReportingOverflow(y))
    case .mult: return checked(x.multipliedReportingOverflow(by: y))
    case .div:
        guard y != 0, x.magnitude <= (1 << 53), y.magnitude <= (1 << 53) else { return nil }
        return .float(Double(x) / Double(y))
    case .floorDiv, .mod:
        guard y != 0, !(x == Int64.min && y == -1) else { return nil }
        var quotient = x / y, remainder = x % y
        if remainder != 0 && ((remainder < 0) != (y < 0)) {
            quotient -= 1
            remainder += y
        }
        return .int(op == .floorDiv ? quotient : remainder)
    case .pow:
        guard y >= 0 else { return nil }
        if x == 0 || x == 1 { return .int(y == 0 ? 1 : x) }
        if x == -1 { return .int(y % 2 == 0 ? 1 : -1) }
        guard y < 64 else { return nil }
        var result: Int64 = 1
        for _ in 0..<y {
            let (product, overflow) = result.multipliedReportingOverflow(by: x)
            if overflow { return nil }
            result = product
        }
        return .int(result)
    case .lShift:
        guard y >= 0, y < 63 else { return x == 0 && y >= 0 ? .int(0) : nil }
        let shifted = x << y
        return shifted >> y == x ? .int(shifted) : nil
    case .rShift:
        guard y >= 0 else { return nil }
        return .int(x >> min(y, 63))
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .matMult: return nil
    }
}

/// str/bytes/tuple concatenation and repetition within CPython's size limits.
private func foldSequence(_ left: CodeConstant, _ op: BinaryOperator, _ right: CodeConstant) -> CodeConstant? {
    switch (left, op, right) {
    case (.string(let a), .add, .string(let b)): return .string(a + b)
    case (.bytes(let a), .add, .bytes(let b)): return .bytes(a + b)
    case (.tuple(let a), .add, .tuple(let b)): return .tuple(a + b)
    case (.string, .mult, _), (.bytes, .mult, _), (.tuple, .mult, _):
        return repeatSequence(left, right)
    case (_, .mult, .string), (_, .mult, .bytes), (_, .mult, .tuple):
        return repeatSequence(right, left)
    default: return nil
    }
}

private func repeatSequence(_ sequence: CodeConstant, _ countConstant: CodeConstant) -> CodeConstant? {
    guard case .some(.int(let rawCount)) = FoldedNumber(countConstant) else { return nil }
    let count = Int(max(0, min(rawCount, Int64(Int32.max))))
    /// The result's length when within `limit`; the product may overflow, which must not trap.
    func fits(_ length: Int, _ limit: Int) -> Bool {
        let (total, overflow) = length.multipliedReportingOverflow(by: count)
        return !overflow && total <= limit
    }
    switch sequence {
    // Empty ones stay empty: building `count` empty copies of them would take as long as a full one.
    case .string(let text) where text.isEmpty: return sequence
    case .bytes(let bytes) where bytes.isEmpty: return sequence
    case .tuple(let items) where items.isEmpty: return sequence
    case .string(let text):
        guard fits(text.unicodeScalars.count, maximumFoldedStringSize) else { return nil }
        return .string(String(repeating: text, count: count))
    case .bytes(let bytes):
        guard fits(bytes.count, maximumFoldedStringSize) else { return nil }
        return .bytes(Array([[UInt8]](repeating: bytes, count: count).joined()))
    case .tuple(let items):
        guard fits(items.count, maximumFoldedCollectionSize) else { return nil }
        return .tuple(Array([[CodeConstant]](repeating: items, count: count).joined()))
    default:
        return nil
    }
}
