#if canImport(Glibc)
import Glibc
#endif

// complex: two doubles in the heap. Layout: header | real bits | imaginary bits.
// Arithmetic, comparison (== and != only), repr and the complex() constructor
// follow CPython 3.11, including its repr (`1j`, `(1+2j)`, `(-0-1j)`).

enum ComplexLayout {
    static let real = 1, imaginary = 2
    static let words = 3
}

/// a / b by Smith's method, as CPython: scaled by the larger part of the divisor; NaN when
/// a part of the divisor is NaN, nil when it is zero.
func complexQuotient(_ a: (Double, Double), _ b: (Double, Double)) -> (Double, Double)? {
    let absReal = Swift.abs(b.0), absImaginary = Swift.abs(b.1)
    if absReal >= absImaginary {
        if absReal == 0 { return nil }
        let ratio = b.1 / b.0, denominator = b.0 + b.1 * ratio
        return ((a.0 + a.1 * ratio) / denominator, (a.1 - a.0 * ratio) / denominator)
    }
    if absImaginary >= absReal {
        let ratio = b.0 / b.1, denominator = b.0 * ratio + b.1
        return ((a.0 * ratio + a.1) / denominator, (a.1 * ratio - a.0) / denominator)
    }
    return (.nan, .nan)
}

extension VM {
    func newComplex(_ real: Double, _ imaginary: Double) throws(Raised) -> Value {
        let ref = try allocate(kind: .complex, typeID: TypeID.complex, words: ComplexLayout.words)
        ref.setWord(ComplexLayout.real, Int(bitPattern: UInt(real.bitPattern)))
        ref.setWord(ComplexLayout.imaginary, Int(bitPattern: UInt(imaginary.bitPattern)))
        return ref.value
    }

    @inline(__always) func isComplex(_ value: Value) -> Bool { value.isObject && ObjectRef(value).kind == .complex }

    /// The (real, imaginary) parts of a complex value.
    func complexParts(_ value: Value) -> (Double, Double) {
        let ref = ObjectRef(value)
        return (Double(bitPattern: UInt64(UInt(bitPattern: ref.word(ComplexLayout.real)))),
                Double(bitPattern: UInt64(UInt(bitPattern: ref.word(ComplexLayout.imaginary)))))
    }

    /// Any number as complex parts, or nil when it is not a number.
    func asComplex(_ value: Value) throws(Raised) -> (Double, Double)? {
        if isComplex(value) { return complexParts(value) }
        if let real = try numberAsDouble(value) { return (real, 0) }
        return nil
    }

    /// An argument of complex() as its parts: a complex, what __complex__ returns, or a real
    /// number (through __float__ or __index__); nil when it is none of these.
    func complexConstructorPart(_ value: Value) throws(Raised) -> (real: Double, imaginary: Double, isComplex: Bool)? {
        if isComplex(value) { return (complexParts(value).0, complexParts(value).1, true) }
        let method = lookupInType(typeID(of: value), intern("__complex__"))
        if !method.isNull {
            let converted = try callSpecial(method, value)
            guard isInstance(converted, typeID: TypeID.complex) else {
                throw raiseTypeError("__complex__ returned non-complex (type \(typeName(converted)))")
            }
            let (real, imaginary) = complexParts(builtinSelf(converted))
            return (real, imaginary, true)
        }
        if let real = try numberAsDouble(value) { return (real, 0, false) }
        let id = typeID(of: value)
        if lookupInType(id, names.float).isNull && lookupInType(id, names.index).isNull { return nil }
        return (try floatArgument(value), 0, false)
    }

    /// complex == other: exact against an int (1e16+0j is not 10**16+1), as CPython compares;
    /// nil when `other` is not a number.
    func complexEquals(_ parts: (Double, Double), _ other: Value) -> Bool? {
        if isComplex(other) { let theirs = complexParts(other); return parts.0 == theirs.0 && parts.1 == theirs.1 }
        guard isIntLike(other) || other.isFloat else { return nil }
        return parts.1 == 0 && compareMixedNumbers(Value(anyDouble: parts.0), other, 0)
    }

    /// Arithmetic with at least one complex operand; NULL when the other is not a number.
    func complexBinary(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        guard let (a, b) = try asComplex(left), let (c, d) = try asComplex(right) else { return .null }
        switch op {
        case BinaryOp.add: return try newComplex(a + c, b + d)
        case BinaryOp.sub: return try newComplex(a - c, b - d)
        case BinaryOp.mul: return try newComplex(a * c - b * d, a * d + b * c)
        case BinaryOp.truediv:
            guard let (real, imaginary) = complexQuotient((a, b), (c, d)) else {
                throw raise(exceptionTypes.zeroDivisionError, "complex division by zero")
            }
            return try newComplex(real, imaginary)
        case BinaryOp.pow:
            return try complexPower((a, b), (c, d), exponentValue: right)
        case BinaryOp.floordiv, BinaryOp.mod:
            throw raiseTypeError("unsupported operand type(s) for \(BinaryOp.symbols[op]): '\(typeName(left))' and '\(typeName(right))'")
        default:
            return .null
        }
    }

    private func complexPower(_ base: (Double, Double), _ exponent: (Double, Double), exponentValue: Value) throws(Raised) -> Value {
        let (a, b) = base, (c, d) = exponent
        if c == 0 && d == 0 { return try newComplex(1, 0) }
        if a == 0 && b == 0 {
            if d != 0 || c < 0 { throw raise(exceptionTypes.zeroDivisionError, "0.0 to a negative or complex power") }
            return try newComplex(0, 0)
        }
        // Small integer exponents multiply exactly, as CPython does (|n| <= 100).
        if d == 0, c == c.rounded(), Swift.abs(c) <= 100 {
            var result = (1.0, 0.0), factor = (a, b)
            var n = Int(Swift.abs(c))
            while n > 0 {
                if n & 1 == 1 { result = (result.0 * factor.0 - result.1 * factor.1, result.0 * factor.1 + result.1 * factor.0) }
                factor = (factor.0 * factor.0 - factor.1 * factor.1, 2 * factor.0 * factor.1)
                n >>= 1
            }
            if c < 0 {
                let value = try newComplex(result.0, result.1)
                return try complexBinary(try newComplex(1, 0), value, BinaryOp.truediv)
            }
            return try newComplex(result.0, result.1)
        }
        let magnitude = hypot(a, b)
        let angle = atan2(b, a)
        var length = pow(magnitude, c)
        var phase = angle * c
        if d != 0 {
            length /= exp(angle * d)
            phase += d * log(magnitude)
        }
        return try newComplex(length * cos(phase), length * sin(phase))
    }

    /// repr(complex) as CPython prints it.
    func complexRepr(_ value: Value) -> String {
        let (real, imaginary) = complexParts(value)
        func part(_ x: Double) -> String {
            var text = pythonFloatRepr(x)
            if text.hasSuffix(".0") { text.removeLast(2) }
            return text
        }
        if real == 0 && copysign(1, real) == 1 { return part(imaginary) + "j" }
        let sign = imaginary.isNaN || copysign(1, imaginary) == 1 ? "+" : "-"
        return "(" + part(real) + sign + part(Swift.abs(imaginary)) + "j)"
    }

    func complexHash(_ value: Value) -> Int {
        let (real, imaginary) = complexParts(value)
        let combined = Int64(truncatingIfNeeded: pythonHash(double: real)) &+ 1000003 &* Int64(truncatingIfNeeded: pythonHash(double: imaginary))
        return combined == -1 ? -2 : Int(combined)
    }

    func installComplexType() {
        let id = TypeID.complex
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "complex", ["real", "imag"], required: 0, skip: 1)
            let realArgument = bound[0], imaginaryArgument = bound[1]
            if vm.isStr(realArgument) {
                if !imaginaryArgument.isNull { throw vm.raiseTypeError("complex() can't take second arg if first is a string") }
                guard let parsed = vm.parseComplex(vm.swiftString(realArgument)) else {
                    throw vm.raiseValueError("complex() arg is a malformed string")
                }
                return try vm.instance(of: arguments[0], base: TypeID.complex, carrying: try vm.newComplex(parsed.0, parsed.1))
            }
            if vm.isStr(imaginaryArgument) { throw vm.raiseTypeError("complex() second arg can't be a string") }
            // In CPython: complex(a, b) is a + b*1j, except that a part given as a real number
            // adds no zero imaginary part (complex(0.0, -0.0) keeps its -0.0).
            var real = (0.0, 0.0), realIsComplex = false
            if !realArgument.isNull {
                guard let parts = try vm.complexConstructorPart(realArgument) else {
                    throw vm.raiseTypeError("complex() first argument must be a string or a number, not '\(vm.typeName(realArgument))'")
                }
                (real, realIsComplex) = ((parts.real, parts.imaginary), parts.isComplex)
            }
            // In CPython complex(z) of an exact complex is z itself.
            if imaginaryArgument.isNull && vm.typeID(of: realArgument) == TypeID.complex
                && vm.isType(arguments[0]) && TypeView(arguments[0]).ownTypeID == TypeID.complex {
                return realArgument
            }
            if imaginaryArgument.isNull {
                return try vm.instance(of: arguments[0], base: TypeID.complex, carrying: try vm.newComplex(real.0, real.1))
            }
            guard let imaginary = try vm.complexConstructorPart(imaginaryArgument) else {
                throw vm.raiseTypeError("complex() second argument must be a number, not '\(vm.typeName(imaginaryArgument))'")
            }
            let resultReal = imaginary.isComplex ? real.0 - imaginary.imaginary : real.0
            let resultImaginary = realIsComplex ? imaginary.real + real.1 : imaginary.real
            return try vm.instance(of: arguments[0], base: TypeID.complex, carrying: try vm.newComplex(resultReal, resultImaginary))
        }
        defineGetter(id, "real") { vm, value throws(Raised) in Value(anyDouble: vm.complexParts(value).0) }
        defineGetter(id, "imag") { vm, value throws(Raised) in Value(anyDouble: vm.complexParts(value).1) }
        defineMethod(id, "conjugate") { vm, arguments throws(Raised) in
            let (real, imaginary) = vm.complexParts(arguments[0])
            return try vm.newComplex(real, -imaginary)
        }
        defineMethod(id, "__abs__") { vm, arguments throws(Raised) in
            let (real, imaginary) = vm.complexParts(arguments[0])
            let result = hypot(real, imaginary)
            if result.isInfinite && real.isFinite && imaginary.isFinite { throw vm.raise(vm.exceptionTypes.overflowError, "absolute value too large") }
            return Value(anyDouble: result)
        }
        defineMethod(id, "__complex__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__complex__", min: 0, max: 0)
            return arguments[0]
        }
        defineMethod(id, "__getnewargs__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__getnewargs__", min: 0, max: 0)
            let (real, imaginary) = vm.complexParts(arguments[0])
            return try vm.newTuple([Value(anyDouble: real), Value(anyDouble: imaginary)])
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in try vm.newStr(vm.complexRepr(arguments[0])) }
        defineMethod(id, "__format__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__format__", min: 1, max: 1)
            return try vm.format(arguments[0], vm.formatSpecArgument(arguments[1]))
        }
        defineMethod(id, "__hash__") { vm, arguments throws(Raised) in try vm.newInt(Int64(vm.complexHash(arguments[0]))) }
        defineMethod(id, "__bool__") { vm, arguments throws(Raised) in
            let (real, imaginary) = vm.complexParts(arguments[0])
            return Value(bool: real != 0 || imaginary != 0)
        }
        defineMethod(id, "__neg__") { vm, arguments throws(Raised) in
            let (real, imaginary) = vm.complexParts(arguments[0])
            return try vm.newComplex(-real, -imaginary)
        }
        defineMethod(id, "__pos__") { vm, arguments throws(Raised) in arguments[0] }
        // complex has no order: its __lt__ and friends exist and return NotImplemented.
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in vm.notImplemented }
        }
        for (name, op) in [("__eq__", 0), ("__ne__", 1)] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                guard let equal = vm.complexEquals(vm.complexParts(arguments[0]), arguments[1]) else { return vm.notImplemented }
                return Value(bool: op == 0 ? equal : !equal)
            }
        }
        let stems = ["add", "sub", "mul", "truediv", "pow", "floordiv", "mod"]
        let ops = [BinaryOp.add, BinaryOp.sub, BinaryOp.mul, BinaryOp.truediv, BinaryOp.pow, BinaryOp.floordiv, BinaryOp.mod]
        for (stem, op) in zip(stems, ops) {
            defineMethod(id, "__\(stem)__") { vm, arguments throws(Raised) in
                let result = try vm.complexBinary(arguments[0], arguments[1], op)
                return result.isNull ? vm.notImplemented : result
            }
            defineMethod(id, "__r\(stem)__") { vm, arguments throws(Raised) in
                let result = try vm.complexBinary(arguments[1], arguments[0], op)
                return result.isNull ? vm.notImplemented : result
            }
        }
    }

    /// Parses "1+2j", "-3j", "(1-1j)", "2.5" as complex() does; nil when malformed.
    func parseComplex(_ text: String) -> (Double, Double)? {
        var body = text.trimmingWhitespace()
        if body.hasPrefix("(") && body.hasSuffix(")") { body = String(body.dropFirst().dropLast()).trimmingWhitespace() }
        if body.isEmpty { return nil }
        if !(body.hasSuffix("j") || body.hasSuffix("J")) {
            guard let real = parsePythonFloat(body) else { return nil }
            return (real, 0)
        }
        body.removeLast()
        // Split at the last sign that is not an exponent's sign.
        let characters = Array(body)
        var split = -1
        var index = characters.count - 1
        while index > 0 {
            if (characters[index] == "+" || characters[index] == "-") && characters[index - 1] != "e" && characters[index - 1] != "E" {
                split = index
                break
            }
            index -= 1
        }
        func imaginaryPart(_ text: String) -> Double? {
            if text.isEmpty || text == "+" { return 1 }
            if text == "-" { return -1 }
            return parsePythonFloat(text)
        }
        if split < 0 {
            guard let imaginary = imaginaryPart(body) else { return nil }
            return (0, imaginary)
        }
        guard let real = parsePythonFloat(String(characters[0..<split])),
              let imaginary = imaginaryPart(String(characters[split...])) else { return nil }
        return (real, imaginary)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
