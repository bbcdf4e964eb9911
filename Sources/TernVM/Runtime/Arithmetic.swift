#if canImport(Glibc)
import Glibc
#endif

// Number arithmetic: the small-int and float fast paths the interpreter inlines,
// and the mixed int/float/bool cases. Results past the small-int range become
// big ints (BigIntObject.swift); Python ints never overflow.

enum BinaryOp {
    static let add = 0, sub = 1, mul = 2, matmul = 3, truediv = 4, mod = 5, pow = 6
    static let lshift = 7, rshift = 8, or = 9, xor = 10, and = 11, floordiv = 12
    static let symbols = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"]
}

extension VM {
    /// The small-int result of `a op b`, or nil when it needs the slow path (overflow, errors, floats).
    @_transparent func smallIntBinary(_ a: Int64, _ b: Int64, _ op: Int) -> Value? {
        switch op & 15 {
        case BinaryOp.add:
            let r = a &+ b
            return Value.fitsSmallInt(r) ? Value(int: r) : nil
        case BinaryOp.sub:
            let r = a &- b
            return Value.fitsSmallInt(r) ? Value(int: r) : nil
        case BinaryOp.mul:
            let (r, overflow) = a.multipliedReportingOverflow(by: b)
            return !overflow && Value.fitsSmallInt(r) ? Value(int: r) : nil
        case BinaryOp.floordiv:
            if b == 0 { return nil }
            var q = a / b
            if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
            return Value.fitsSmallInt(q) ? Value(int: q) : nil
        case BinaryOp.mod:
            if b == 0 { return nil }
            var r = a % b
            if r != 0 && ((r < 0) != (b < 0)) { r += b }
            return Value(int: r)
        case BinaryOp.and: return Value(int: a & b)
        case BinaryOp.or: return Value(int: a | b)
        case BinaryOp.xor: return Value(int: a ^ b)
        case BinaryOp.lshift:
            if b < 0 || b >= 48 { return nil }
            let r = a << b
            return (r >> b) == a && Value.fitsSmallInt(r) ? Value(int: r) : nil
        case BinaryOp.rshift:
            if b < 0 { return nil }
            return Value(int: b >= 63 ? (a < 0 ? -1 : 0) : a >> b)
        case BinaryOp.truediv:
            if b == 0 { return nil }
            return Value(double: Double(a) / Double(b))
        default:
            return nil
        }
    }

    /// The float result of `a op b`, or nil when it needs the slow path (division by zero, pow).
    @inline(__always) func floatBinary(_ a: Double, _ b: Double, _ op: Int) -> Value? {
        switch op & 15 {
        case BinaryOp.add: return Value(double: a + b)
        case BinaryOp.sub: return Value(double: a - b)
        case BinaryOp.mul: return Value(double: a * b)
        case BinaryOp.truediv: return b == 0 ? nil : Value(double: a / b)
        default: return nil
        }
    }

    @inline(__always) func compareInts(_ a: Int64, _ b: Int64, _ op: Int) -> Bool {
        switch op {
        case 0: return a == b
        case 1: return a != b
        case 2: return a < b
        case 3: return a <= b
        case 4: return a > b
        default: return a >= b
        }
    }

    @inline(__always) func compareDoubles(_ a: Double, _ b: Double, _ op: Int) -> Bool {
        switch op {
        case 0: return a == b
        case 1: return a != b
        case 2: return a < b
        case 3: return a <= b
        case 4: return a > b
        default: return a >= b
        }
    }

    /// Whether a value takes part in int arithmetic (int, bool, big int).
    @inline(__always) func isIntLike(_ value: Value) -> Bool {
        if value.isInt || value.isBool { return true }
        return value.isObject && ObjectRef(value).kind == .bigInt
    }

    /// Small int or bool as Int64 (nil for big ints and others).
    @inline(__always) func smallIntValue(_ value: Value) -> Int64? {
        if value.isInt { return value.int }
        if value == .true { return 1 }
        if value == .false { return 0 }
        return nil
    }

    /// A number as a double for mixed arithmetic; nil when it is not a number.
    func numberAsDouble(_ value: Value) throws(Raised) -> Double? {
        if value.isFloat { return value.double }
        if let small = smallIntValue(value) { return Double(small) }
        if value.isObject && ObjectRef(value).kind == .bigInt { return try bigIntToDouble(value) }
        return nil
    }

    /// Arithmetic between ints, bools, big ints and floats. NULL when the operands are not numbers.
    func numericBinary(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        let base = op & 15
        if isComplex(left) || isComplex(right) { return try complexBinary(left, right, base) }
        let leftIsInt = isIntLike(left), rightIsInt = isIntLike(right)
        if leftIsInt && rightIsInt {
            if left.isBool && right.isBool && base >= BinaryOp.or && base <= BinaryOp.and {
                // In CPython: bool's &, | and ^ return a bool when both operands are bools.
                let a = left == .true, b = right == .true
                return Value(bool: base == BinaryOp.and ? a && b : (base == BinaryOp.or ? a || b : a != b))
            }
            if let a = smallIntValue(left), let b = smallIntValue(right) {
                if let result = smallIntBinary(a, b, base) { return result }
                switch base {
                case BinaryOp.floordiv, BinaryOp.mod:
                    if b == 0 { throw raise(exceptionTypes.zeroDivisionError, base == BinaryOp.mod ? "integer modulo by zero" : "integer division or modulo by zero") }
                case BinaryOp.truediv:
                    if b == 0 { throw raise(exceptionTypes.zeroDivisionError, "division by zero") }
                case BinaryOp.lshift, BinaryOp.rshift:
                    if b < 0 { throw raiseValueError("negative shift count") }
                case BinaryOp.pow:
                    return try intPower(left, right)
                default: break
                }
            }
            if base == BinaryOp.pow { return try intPower(left, right) }
            if base == BinaryOp.matmul { return .null }
            if let result = try wordIntBinary(left, right, base) { return result }
            return try bigIntBinary(left, right, base)
        }
        let leftIsFloat = left.isFloat, rightIsFloat = right.isFloat
        guard (leftIsFloat || leftIsInt) && (rightIsFloat || rightIsInt) else { return .null }
        guard let a = try numberAsDouble(left), let b = try numberAsDouble(right) else { return .null }
        switch base {
        case BinaryOp.add: return Value(double: a + b)
        case BinaryOp.sub: return Value(double: a - b)
        case BinaryOp.mul: return Value(double: a * b)
        case BinaryOp.truediv:
            if b == 0 { throw raise(exceptionTypes.zeroDivisionError, "float division by zero") }
            return Value(double: a / b)
        case BinaryOp.floordiv:
            if b == 0 { throw raise(exceptionTypes.zeroDivisionError, "float floor division by zero") }
            return Value(anyDouble: floatFloorDivMod(a, b).0)
        case BinaryOp.mod:
            if b == 0 { throw raise(exceptionTypes.zeroDivisionError, "float modulo") }
            return Value(anyDouble: floatFloorDivMod(a, b).1)
        case BinaryOp.pow:
            return try floatPower(a, b)
        default:
            return .null
        }
    }

    /// Python's float divmod: floor quotient and a remainder with the divisor's sign.
    func floatFloorDivMod(_ a: Double, _ b: Double) -> (Double, Double) {
        var mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) { mod += b; div -= 1 }
        } else {
            mod = copysign(0, b)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = div.rounded(.down)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, a / b)
        }
        return (floorDiv, mod)
    }

    func floatPower(_ a: Double, _ b: Double) throws(Raised) -> Value {
        // In CPython 0.0 ** -inf is inf, as C's pow gives.
        if a == 0 && b < 0 && b.isFinite {
            throw raise(exceptionTypes.zeroDivisionError, "0.0 cannot be raised to a negative power")
        }
        if a < 0 && b != b.rounded() && b.isFinite {
            // In CPython: a negative base to a fractional power gives a complex number.
            return try complexBinary(try newComplex(a, 0), Value(double: b), BinaryOp.pow)
        }
        let result = pow(a, b)
        if result.isInfinite && a.isFinite && b.isFinite {
            throw raise(exceptionTypes.overflowError, "(34, 'Numerical result out of range')")
        }
        return Value(anyDouble: result)
    }

    /// int ** int: exact for non-negative exponents, float for negative ones.
    func intPower(_ base: Value, _ exponent: Value) throws(Raised) -> Value {
        // Any negative exponent, a big one too (2 ** -2**63 is 0.0, not an exact power).
        if smallIntValue(exponent).map({ $0 < 0 }) ?? bigIntValue(exponent).isNegative {
            guard let b = try numberAsDouble(base), let x = try numberAsDouble(exponent) else { return .null }
            if b == 0 { throw raise(exceptionTypes.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            return Value(anyDouble: pow(b, x))
        }
        if let b = smallIntValue(base), let e = smallIntValue(exponent) {
            var result: Int64 = 1
            var factor = b
            var remaining = e
            var overflow = false
            while remaining > 0 && !overflow {
                if remaining & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: factor)
                    result = r; overflow = o || !Value.fitsSmallInt(r)
                }
                remaining >>= 1
                if remaining > 0 && !overflow {
                    let (f, o) = factor.multipliedReportingOverflow(by: factor)
                    factor = f
                    if o { overflow = true }
                }
            }
            if !overflow { return Value(int: result) }
        }
        return try bigIntPower(base, exponent)
    }
}
