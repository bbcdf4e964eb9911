#if canImport(Glibc)
import Glibc
#endif

// The cmath module: CMath's functions on Python values. Arguments convert as CPython's
// PyComplex_AsCComplex does; a domain signal raises ValueError("math domain error") and
// an overflow OverflowError("math range error").

extension VM {
    /// A complex argument: a complex (or subclass) as it is, else what __complex__ returns,
    /// else a real number (float, int, __float__, __index__) with a zero imaginary part.
    func complexArgument(_ value: Value) throws(Raised) -> (Double, Double) {
        if isComplex(value) { return complexParts(value) }
        if value.isFloat { return (value.double, 0) }
        if isInstance(value, typeID: TypeID.complex) { return complexParts(builtinSelf(value)) }
        if let parts = try complexConstructorPart(value) { return (parts.real, parts.imaginary) }
        throw raiseTypeError("must be real number, not \(typeName(value))")
    }

    private func complexResult(_ result: ComplexResult) throws(Raised) -> Value {
        switch result.signal {
        case .none: return try newComplex(result.real, result.imaginary)
        case .domain: throw raiseValueError("math domain error")
        case .range: throw raise(exceptionTypes.overflowError, "math range error")
        }
    }

    /// A one-argument cmath function: complex in, complex out or an error.
    private func defineComplexFunction(_ module: Value, _ name: String,
                                       _ function: @escaping (Double, Double) -> ComplexResult) throws(Raised) {
        let qualified = "cmath." + name  // built once: the check takes it on every call
        try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, qualified, min: 1, max: 1)
            let (x, y) = try vm.complexArgument(arguments[0])
            return try vm.complexResult(function(x, y))
        }
    }

    func installCMathModule(_ module: Value) throws(Raised) {
        try setModuleAttribute(module, "__doc__", try newStr("This module provides access to mathematical functions for complex\nnumbers."))
        try setModuleAttribute(module, "pi", Value(double: Double.pi))
        try setModuleAttribute(module, "e", Value(double: CMath.e))
        try setModuleAttribute(module, "tau", Value(double: 2 * Double.pi))
        try setModuleAttribute(module, "inf", Value(double: Double.infinity))
        try setModuleAttribute(module, "infj", try newComplex(0, Double.infinity))
        try setModuleAttribute(module, "nan", Value(anyDouble: Double.nan))
        try setModuleAttribute(module, "nanj", try newComplex(0, Double.nan))
        // Defined one by one rather than from an array of closures, which calling through
        // would wrap in reabstraction thunks (about 30 instructions a call, measured).
        try defineComplexFunction(module, "exp", CMath.exp)
        try defineComplexFunction(module, "log10", CMath.log10)
        try defineComplexFunction(module, "sqrt", CMath.sqrt)
        try defineComplexFunction(module, "acos", CMath.acos)
        try defineComplexFunction(module, "acosh", CMath.acosh)
        try defineComplexFunction(module, "asinh", CMath.asinh)
        try defineComplexFunction(module, "atanh", CMath.atanh)
        try defineComplexFunction(module, "asin") { CMath.rotated($0, $1, CMath.asinh) }
        try defineComplexFunction(module, "atan") { CMath.rotated($0, $1, CMath.atanh) }
        try defineComplexFunction(module, "cosh", CMath.cosh)
        try defineComplexFunction(module, "sinh", CMath.sinh)
        try defineComplexFunction(module, "tanh", CMath.tanh)
        try defineComplexFunction(module, "cos") { CMath.cosh(-$1, $0) }  // cos z = cosh iz
        try defineComplexFunction(module, "sin") { CMath.rotated($0, $1, CMath.sinh) }
        try defineComplexFunction(module, "tan") { CMath.rotated($0, $1, CMath.tanh) }
        let predicates: [(String, (Double, Double) -> Bool)] = [
            ("isfinite", { $0.isFinite && $1.isFinite }), ("isinf", { $0.isInfinite || $1.isInfinite }),
            ("isnan", { $0.isNaN || $1.isNaN }),
        ]
        for (name, test) in predicates {
            let qualified = "cmath." + name
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, qualified, min: 1, max: 1)
                let (x, y) = try vm.complexArgument(arguments[0])
                return Value(bool: test(x, y))
            }
        }
        try defineModuleFunction(module, "log") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "log", min: 1, max: 2)
            let (x, y) = try vm.complexArgument(arguments[0])
            let logarithm = CMath.log(x, y)
            if arguments.count == 1 { return try vm.complexResult(logarithm) }
            let (baseX, baseY) = try vm.complexArgument(arguments[1])
            let base = CMath.log(baseX, baseY)
            // In CPython: the argument's own domain error is forgotten once a base is given
            // (log(0, 2) is -inf+nanj); the base's, or a base of log 0 (base 1), raises.
            guard let (real, imaginary) = complexQuotient((logarithm.real, logarithm.imaginary), (base.real, base.imaginary)) else {
                throw vm.raiseValueError("math domain error")
            }
            return try vm.complexResult(ComplexResult(real: real, imaginary: imaginary, signal: base.signal))
        }
        try defineModuleFunction(module, "phase") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "cmath.phase", min: 1, max: 1)
            let (x, y) = try vm.complexArgument(arguments[0])
            let (angle, signal) = CMath.checkedPhase(x, y)
            if signal != .none { return try vm.complexResult(ComplexResult(real: angle, imaginary: 0, signal: signal)) }
            return Value(anyDouble: angle)
        }
        try defineModuleFunction(module, "polar") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "cmath.polar", min: 1, max: 1)
            let (x, y) = try vm.complexArgument(arguments[0])
            let (modulus, overflowed) = CMath.modulus(x, y)
            if overflowed { throw vm.raise(vm.exceptionTypes.overflowError, "math range error") }
            return try vm.newTuple(Value(anyDouble: modulus), Value(anyDouble: CMath.phase(x, y)))
        }
        try defineModuleFunction(module, "rect") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "rect", min: 2, max: 2)
            let r = try vm.floatArgument(arguments[0]), phi = try vm.floatArgument(arguments[1])
            return try vm.complexResult(CMath.rect(r, phi))
        }
        try defineModuleFunction(module, "isclose") { vm, arguments throws(Raised) in
            if arguments.positionalCount > 2 {
                throw vm.raiseTypeError("isclose() takes exactly 2 positional arguments (\(arguments.positionalCount) given)")
            }
            // In CPython a missing operand is reported before one given twice (isclose(1, a=2)).
            for (index, name) in ["a", "b"].enumerated() where index >= arguments.positionalCount && arguments.keyword(name).isNull {
                throw vm.raiseTypeError("isclose() missing required argument '\(name)' (pos \(index + 1))")
            }
            let bound = try vm.bindNativeArguments(arguments, "isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
            let a = try vm.complexArgument(bound[0]), b = try vm.complexArgument(bound[1])
            let relative = bound[2].isNull ? 1e-9 : try vm.floatArgument(bound[2])
            let absolute = bound[3].isNull ? 0.0 : try vm.floatArgument(bound[3])
            if relative < 0 || absolute < 0 { throw vm.raiseValueError("tolerances must be non-negative") }
            if a.0 == b.0 && a.1 == b.1 { return .true }
            if a.0.isInfinite || a.1.isInfinite || b.0.isInfinite || b.1.isInfinite { return .false }
            let difference = CMath.modulus(a.0 - b.0, a.1 - b.1).0
            return Value(bool: difference <= relative * CMath.modulus(b.0, b.1).0
                || difference <= relative * CMath.modulus(a.0, a.1).0 || difference <= absolute)
        }
    }
}
