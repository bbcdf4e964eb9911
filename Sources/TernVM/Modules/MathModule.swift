#if canImport(Glibc)
import Glibc
#endif

// The math module, with CPython's results and errors: ValueError("math domain
// error") outside a function's domain, OverflowError("math range error") when
// the result does not fit a float, exact integer functions on big ints.

extension VM {
    /// A float argument: ints (any size) and floats, or __float__ / __index__ (CPython's
    /// PyFloat_AsDouble, whose __float__ must return a float and __index__ an int).
    func floatArgument(_ value: Value) throws(Raised) -> Double {
        if value.isFloat { return value.double }
        if let number = try numberAsDouble(value) { return number }
        let method = lookupInType(typeID(of: value), names.float)
        if !method.isNull {
            let result = try callSpecial(method, value)
            if result.isFloat { return result.double }
            // In CPython a float subclass is taken (with a DeprecationWarning).
            if isInstance(result, typeID: TypeID.float) { return builtinSelf(result).double }
            throw raiseTypeError("\(typeName(value)).__float__ returned non-float (type \(typeName(result)))")
        }
        if let index = try numberIndex(value), let number = try numberAsDouble(index) { return number }
        throw raiseTypeError("must be real number, not \(typeName(value))")
    }

    /// An exact integer argument for gcd, factorial and friends.
    func integerArgument(_ value: Value, _ function: String) throws(Raised) -> BigInt {
        if isIntLike(value) { return bigIntValue(value) }
        let index = lookupInType(typeID(of: value), names.index)
        if !index.isNull {
            let result = try callSpecial(index, value)
            if isIntLike(result) { return bigIntValue(result) }
        }
        throw raiseTypeError("'\(typeName(value))' object cannot be interpreted as an integer")
    }

    private func mathDomainError() -> Raised { raiseValueError("math domain error") }
    private func mathRangeError() -> Raised { raise(exceptionTypes.overflowError, "math range error") }

    /// Checks a libm result the way CPython's math module does.
    private func checkedResult(_ input: Double, _ result: Double, canOverflow: Bool = true) throws(Raised) -> Value {
        if result.isNaN && !input.isNaN { throw mathDomainError() }
        if result.isInfinite && input.isFinite { throw canOverflow ? mathRangeError() : mathDomainError() }
        return Value(anyDouble: result)
    }

    func installMathModule(_ module: Value) throws(Raised) {
        try setModuleAttribute(module, "pi", Value(double: Double.pi))
        try setModuleAttribute(module, "e", Value(double: M_E))
        try setModuleAttribute(module, "tau", Value(double: 2 * Double.pi))
        try setModuleAttribute(module, "inf", Value(double: Double.infinity))
        try setModuleAttribute(module, "nan", Value(anyDouble: Double.nan))
        let unary: [(String, (Double) -> Double, Bool)] = [
            ("exp", { Glibc.exp($0) }, true), ("expm1", { Glibc.expm1($0) }, true),
            ("sin", { Glibc.sin($0) }, false), ("cos", { Glibc.cos($0) }, false), ("tan", { Glibc.tan($0) }, false),
            ("asin", { Glibc.asin($0) }, false), ("acos", { Glibc.acos($0) }, false), ("atan", { Glibc.atan($0) }, false),
            ("sinh", { Glibc.sinh($0) }, true), ("cosh", { Glibc.cosh($0) }, true), ("tanh", { Glibc.tanh($0) }, false),
            ("asinh", { Glibc.asinh($0) }, false), ("acosh", { Glibc.acosh($0) }, false), ("atanh", { Glibc.atanh($0) }, false),
            ("fabs", { Swift.abs($0) }, false), ("erf", { Glibc.erf($0) }, false), ("erfc", { Glibc.erfc($0) }, false),
            ("degrees", { $0 * 180 / Double.pi }, true), ("radians", { $0 * Double.pi / 180 }, false),
            ("cbrt", { Glibc.cbrt($0) }, false),
        ]
        for (name, function, canOverflow) in unary {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 1)
                let x = try vm.floatArgument(arguments[0])
                if (name == "sin" || name == "cos" || name == "tan") && x.isInfinite { throw vm.mathDomainError() }
                if name == "atanh" && Swift.abs(x) >= 1 { throw vm.mathDomainError() }
                return try vm.checkedResult(x, function(x), canOverflow: canOverflow)
            }
        }
        try defineModuleFunction(module, "sqrt") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "sqrt", min: 1, max: 1)
            let x = try vm.floatArgument(arguments[0])
            if x < 0 { throw vm.mathDomainError() }
            return Value(anyDouble: x.squareRoot())
        }
        if jit.mathSqrt.isNull {
            // The trace recorder compiles calls of this function (the first one made lives forever).
            jit.mathSqrt = dictGetStr(DictView(ObjectRef(module)[ModuleLayout.dict]), intern("sqrt"))
            permanentRoots.append(jit.mathSqrt)
        }
        try defineModuleFunction(module, "log") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "log", min: 1, max: 2)
            let numerator = try vm.logarithm(arguments[0], Glibc.log)
            if arguments.count == 1 { return Value(anyDouble: numerator) }
            let denominator = try vm.logarithm(arguments[1], Glibc.log)
            if denominator == 0 { throw vm.raise(vm.exceptionTypes.zeroDivisionError, "float division by zero") }
            return Value(anyDouble: numerator / denominator)
        }
        for (name, function) in [("log2", { (x: Double) in Glibc.log2(x) }), ("log10", { (x: Double) in Glibc.log10(x) })] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 1)
                return Value(anyDouble: try vm.logarithm(arguments[0], function))
            }
        }
        try defineModuleFunction(module, "log1p") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "log1p", min: 1, max: 1)
            let x = try vm.floatArgument(arguments[0])
            if x <= -1 { throw vm.mathDomainError() }
            return Value(anyDouble: Glibc.log1p(x))
        }
        try defineModuleFunction(module, "pow") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "pow", min: 2, max: 2)
            let x = try vm.floatArgument(arguments[0]), y = try vm.floatArgument(arguments[1])
            if x == 0 && y < 0 { throw vm.mathDomainError() }
            if x < 0 && y.isFinite && y != y.rounded() { throw vm.mathDomainError() }
            let result = Glibc.pow(x, y)
            if result.isInfinite && x.isFinite && y.isFinite { throw vm.mathRangeError() }
            return Value(anyDouble: result)
        }
        try defineModuleFunction(module, "atan2") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "atan2", min: 2, max: 2)
            return Value(anyDouble: Glibc.atan2(try vm.floatArgument(arguments[0]), try vm.floatArgument(arguments[1])))
        }
        try defineModuleFunction(module, "fmod") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "fmod", min: 2, max: 2)
            let x = try vm.floatArgument(arguments[0]), y = try vm.floatArgument(arguments[1])
            if y == 0 || x.isInfinite { if !x.isNaN && !y.isNaN { throw vm.mathDomainError() } }
            return Value(anyDouble: Glibc.fmod(x, y))
        }
        try defineModuleFunction(module, "copysign") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "copysign", min: 2, max: 2)
            return Value(anyDouble: Glibc.copysign(try vm.floatArgument(arguments[0]), try vm.floatArgument(arguments[1])))
        }
        try defineModuleFunction(module, "remainder") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "remainder", min: 2, max: 2)
            let x = try vm.floatArgument(arguments[0]), y = try vm.floatArgument(arguments[1])
            if (y == 0 || x.isInfinite) && !x.isNaN && !y.isNaN { throw vm.mathDomainError() }
            return Value(anyDouble: Glibc.remainder(x, y))
        }
        try defineModuleFunction(module, "hypot") { vm, arguments throws(Raised) in
            var result = 0.0
            for index in 0..<arguments.count { result = Glibc.hypot(result, try vm.floatArgument(arguments[index])) }
            return Value(anyDouble: result)
        }
        try defineModuleFunction(module, "dist") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "dist", min: 2, max: 2)
            let p = try vm.listFrom(arguments[0])
            let q = try vm.withRoots(p) { () throws(Raised) in try vm.listFrom(arguments[1]) }
            if ListView(p).count != ListView(q).count { throw vm.raiseValueError("both points must have the same number of dimensions") }
            var result = 0.0
            for index in 0..<ListView(p).count {
                result = Glibc.hypot(result, try vm.floatArgument(ListView(p)[index]) - vm.floatArgument(ListView(q)[index]))
            }
            return Value(anyDouble: result)
        }
        for (name, rounding) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 1)
                let value = arguments[0]
                if vm.isIntLike(value) { return value.isBool ? Value(int: value == .true ? 1 : 0) : value }
                if !value.isFloat {
                    let method = vm.lookupInType(vm.typeID(of: value), vm.intern("__\(name)__"))
                    if !method.isNull { return try vm.callSpecial(method, value) }
                }
                let x = try vm.floatArgument(value)
                if x.isNaN { throw vm.raiseValueError("cannot convert float NaN to integer") }
                if x.isInfinite { throw vm.raise(vm.exceptionTypes.overflowError, "cannot convert float infinity to integer") }
                return try vm.newInt(BigInt(truncating: x.rounded(rounding)))
            }
        }
        try defineModuleFunction(module, "modf") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "modf", min: 1, max: 1)
            let x = try vm.floatArgument(arguments[0])
            if x.isInfinite { return try vm.newTuple(Value(double: Glibc.copysign(0, x)), Value(double: x)) }
            var whole = 0.0
            let fraction = Glibc.modf(x, &whole)
            return try vm.newTuple(Value(anyDouble: fraction), Value(anyDouble: whole))
        }
        try defineModuleFunction(module, "frexp") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "frexp", min: 1, max: 1)
            let x = try vm.floatArgument(arguments[0])
            var exponent: Int32 = 0
            let mantissa = Glibc.frexp(x, &exponent)
            return try vm.newTuple(Value(anyDouble: mantissa), Value(int: Int(exponent)))
        }
        try defineModuleFunction(module, "ldexp") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "ldexp", min: 2, max: 2)
            let x = try vm.floatArgument(arguments[0])
            let exponent = try vm.integerArgument(arguments[1], "ldexp")
            let clamped = Int32(clamping: exponent.asInt64 ?? (exponent.isNegative ? Int64.min : Int64.max))
            let result = Glibc.ldexp(x, clamped)
            if result.isInfinite && x.isFinite { throw vm.mathRangeError() }
            return Value(anyDouble: result)
        }
        for (name, test) in [("isnan", { (x: Double) in x.isNaN }), ("isinf", { (x: Double) in x.isInfinite }), ("isfinite", { (x: Double) in x.isFinite })] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 1)
                return Value(bool: test(try vm.floatArgument(arguments[0])))
            }
        }
        try defineModuleFunction(module, "isclose") { vm, arguments throws(Raised) in
            if arguments.positionalCount != 2 { throw vm.raiseTypeError("isclose() takes exactly 2 positional arguments") }
            let a = try vm.floatArgument(arguments[0]), b = try vm.floatArgument(arguments[1])
            let relative = arguments.keyword("rel_tol").isNull ? 1e-9 : try vm.floatArgument(arguments.keyword("rel_tol"))
            let absolute = arguments.keyword("abs_tol").isNull ? 0.0 : try vm.floatArgument(arguments.keyword("abs_tol"))
            if relative < 0 || absolute < 0 { throw vm.raiseValueError("tolerances must be non-negative") }
            if a == b { return .true }
            if a.isInfinite || b.isInfinite { return .false }
            let difference = Swift.abs(b - a)
            return Value(bool: difference <= Swift.abs(relative * b) || difference <= Swift.abs(relative * a) || difference <= absolute)
        }
        try defineModuleFunction(module, "factorial") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "factorial", min: 1, max: 1)
            if arguments[0].isFloat { throw vm.raiseTypeError("'float' object cannot be interpreted as an integer") }
            let n = try vm.integerArgument(arguments[0], "factorial")
            if n.isNegative { throw vm.raiseValueError("factorial() not defined for negative values") }
            guard let count = n.asInt64 else { throw vm.raise(vm.exceptionTypes.overflowError, "factorial() argument should not exceed 9223372036854775807") }
            // n! has under n * log2(n) bits: MemoryError before the work when that cannot fit.
            if count > 1 { try vm.checkIntegerRoom(bits: Int(min(Double(count) * log2(Double(count)), 9e18)), plus: 0) }
            return try vm.newInt(BigInt.product(2, UInt64(count)))
        }
        try defineModuleFunction(module, "gcd") { vm, arguments throws(Raised) in
            var word: UInt64 = 0
            var index = 0
            while index < arguments.count && arguments[index].isInt {
                word = BigInt.gcd(word, arguments[index].int.magnitude)
                index += 1
            }
            if index == arguments.count { return try vm.newInt(BigInt(word)) }
            var result = BigInt(word)
            for rest in index..<arguments.count { result = BigInt.gcd(result, try vm.integerArgument(arguments[rest], "gcd")) }
            return try vm.newInt(result.magnitude)
        }
        try defineModuleFunction(module, "lcm") { vm, arguments throws(Raised) in
            var result = BigInt(1)
            for index in 0..<arguments.count {
                let value = try vm.integerArgument(arguments[index], "lcm")
                if value.isZero || result.isZero { result = BigInt(0); continue }
                result = (result * value).magnitude.floorDivided(by: BigInt.gcd(result, value).magnitude)
            }
            return try vm.newInt(result)
        }
        try defineModuleFunction(module, "isqrt") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "isqrt", min: 1, max: 1)
            let n = try vm.integerArgument(arguments[0], "isqrt")
            if n.isNegative { throw vm.raiseValueError("isqrt() argument must be nonnegative") }
            if n.isZero { return Value(int: 0) }
            // Newton's method from an upper bound.
            var x = BigInt(1) << ((n.bitLength + 1) / 2)
            while true {
                let y = (x + n.floorDivided(by: x)) >> 1
                if !(y < x) { return try vm.newInt(x) }
                x = y
            }
        }
        for (name, isCombination) in [("comb", true), ("perm", false)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 2)
                let n = try vm.integerArgument(arguments[0], name)
                let k = arguments.count > 1 && !arguments[1].isNone ? try vm.integerArgument(arguments[1], name) : n
                if n.isNegative { throw vm.raiseValueError("n must be a non-negative integer") }
                if k.isNegative { throw vm.raiseValueError("k must be a non-negative integer") }
                if n < k { return Value(int: 0) }
                guard var count = k.asInt64 else { throw vm.raise(vm.exceptionTypes.overflowError, "k too large") }
                if isCombination, let nSmall = n.asInt64, count > nSmall - count { count = nSmall - count }
                var result = BigInt(1)
                var index: Int64 = 0
                while index < count {
                    result = result * (n - BigInt(index))
                    if isCombination { result = result.floorDivided(by: BigInt(index + 1)) }
                    index += 1
                }
                return try vm.newInt(result)
            }
        }
        try defineModuleFunction(module, "fsum") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "fsum", min: 1, max: 1)
            var partials: [Double] = []
            var special = 0.0
            try vm.forEach(arguments[0]) { (item) throws(Raised) in
                var x = try vm.floatArgument(item)
                if !x.isFinite { special += x; return }
                var kept: [Double] = []
                for var y in partials {
                    if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                    let high = x + y
                    let low = y - (high - x)
                    if low != 0 { kept.append(low) }
                    x = high
                }
                kept.append(x)
                partials = kept
            }
            if special != 0 || special.isNaN { return Value(anyDouble: special) }
            // Round the exact sum of the partials correctly (Shewchuk / CPython's msum).
            var total = 0.0
            var index = partials.count
            if index > 0 {
                index -= 1
                total = partials[index]
                var low = 0.0
                while index > 0 {
                    index -= 1
                    let x = total, y = partials[index]
                    total = x + y
                    let yRounded = total - x
                    low = y - yRounded
                    if low != 0 { break }
                }
                if index > 0 && ((low < 0 && partials[index - 1] < 0) || (low > 0 && partials[index - 1] > 0)) {
                    let y = low * 2
                    let x = total + y
                    if y == x - total { total = x }
                }
            }
            return Value(anyDouble: total)
        }
        try defineModuleFunction(module, "prod") { vm, arguments throws(Raised) in
            if arguments.positionalCount != 1 { throw vm.raiseTypeError("prod() takes exactly 1 positional argument (\(arguments.positionalCount) given)") }
            let start = arguments.keyword("start")
            let holder = try vm.newList([start.isNull ? Value(int: 1) : start])
            try vm.withRoots(holder) { () throws(Raised) in
                try vm.forEach(arguments[0]) { (item) throws(Raised) in
                    ListView(holder)[0] = try vm.binaryOp(ListView(holder)[0], item, BinaryOp.mul)
                }
            }
            return ListView(holder)[0]
        }
        for (name, function) in [("gamma", { (x: Double) in Glibc.tgamma(x) }), ("lgamma", { (x: Double) in Glibc.lgamma(x) })] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 1)
                let x = try vm.floatArgument(arguments[0])
                if x.isFinite && x <= 0 && x == x.rounded() { throw vm.mathDomainError() }
                return try vm.checkedResult(x, function(x))
            }
        }
        try defineModuleFunction(module, "ulp") { vm, arguments throws(Raised) in
            let x = Swift.abs(try vm.floatArgument(arguments[0]))
            if x.isNaN || x.isInfinite { return Value(anyDouble: x) }
            return Value(anyDouble: x.ulp)
        }
        try defineModuleFunction(module, "nextafter") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "nextafter", min: 2, max: 2)
            return Value(anyDouble: Glibc.nextafter(try vm.floatArgument(arguments[0]), try vm.floatArgument(arguments[1])))
        }
    }

    private func logarithm(_ value: Value, _ function: (Double) -> Double) throws(Raised) -> Double {
        if isIntLike(value) && !value.isBool {
            let big = bigIntValue(value)
            if big.isNegative || big.isZero { throw mathDomainError() }
            if big.toDouble() == nil {
                // In CPython: too large for a float, so log(x * 2^e) = log(x) + e * log(2) with
                // x in [0.5, 1) rounded to 53 bits (the low bits fold into a sticky bit).
                let bits = big.bitLength
                var top = UInt64((big >> (bits - 64)).limbs.first ?? 0)
                if !(big - ((big >> (bits - 64)) << (bits - 64))).isZero { top |= 1 }
                let fraction = Double(top) * 0x1p-64
                return function(fraction) + function(2.0) * Double(bits)
            }
        }
        let x = try floatArgument(value)
        if x <= 0 { throw mathDomainError() }
        return function(x)
    }
}
