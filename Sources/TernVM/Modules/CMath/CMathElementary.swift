#if canImport(Glibc)
import Glibc
#endif

// cmath's exponential, logarithm, square root and hyperbolic functions on (real, imaginary)
// pairs. Infinite and NaN parts take C99 Annex G's values (CMathSpecialValues.swift); finite
// arguments are computed so that no intermediate overflows or loses precision where the
// result itself is representable, and results match CPython bit for bit (the same libm
// calls in the same order). The circular functions are the hyperbolic ones turned by i.

enum CMath {
    /// Past this size squaring or adding parts may overflow.
    static let large = Double.greatestFiniteMagnitude / 4
    static let sqrtLarge = large.squareRoot()
    /// Past this, cosh, sinh and exp of the real part overflow before the product would.
    static let logLarge = Glibc.log(large)
    static let sqrtSmallest = Double.leastNormalMagnitude.squareRoot()
    static let ln2 = 0.693147180559945309417
    static let ln10 = 2.30258509299404568402
    static let e = 2.7182818284590452354
    /// Scaling a subnormal by 2^53 makes it normal; the square root then scales back by 2^-27.
    static let subnormalScale: Int32 = 53, subnormalRootScale: Int32 = -27

    /// f(i z) rotated back: sin, cos, tan, asin and atan from their hyperbolic partners.
    static func rotated(_ real: Double, _ imaginary: Double, _ hyperbolic: (Double, Double) -> ComplexResult) -> ComplexResult {
        var result = hyperbolic(-imaginary, real)
        (result.real, result.imaginary) = (result.imaginary, -result.real)
        return result
    }

    static func exp(_ x: Double, _ y: Double) -> ComplexResult {
        if !x.isFinite || !y.isFinite {
            var result: ComplexResult
            if x.isInfinite && y.isFinite && y != 0 {
                let magnitude = x > 0 ? Double.infinity : 0
                result = ComplexResult(real: copysign(magnitude, Glibc.cos(y)), imaginary: copysign(magnitude, Glibc.sin(y)))
            } else {
                result = CMathTables.exp.lookup(x, y)
            }
            // An infinite angle is invalid unless the modulus is 0 (x = -inf) or unknown (NaN).
            if y.isInfinite && (x.isFinite || x == .infinity) { result.signal = .domain }
            return result
        }
        let result: ComplexResult
        if x > logLarge {
            let scale = Glibc.exp(x - 1)
            result = ComplexResult(real: scale * Glibc.cos(y) * e, imaginary: scale * Glibc.sin(y) * e)
        } else {
            let scale = Glibc.exp(x)
            result = ComplexResult(real: scale * Glibc.cos(y), imaginary: scale * Glibc.sin(y))
        }
        return overflowChecked(result)
    }

    static func cosh(_ x: Double, _ y: Double) -> ComplexResult {
        hyperbolic(x, y, table: CMathTables.cosh, even: true)
    }

    static func sinh(_ x: Double, _ y: Double) -> ComplexResult {
        hyperbolic(x, y, table: CMathTables.sinh, even: false)
    }

    /// cosh (even) and sinh: cosh(x+iy) = cosh x cos y + i sinh x sin y and
    /// sinh(x+iy) = sinh x cos y + i cosh x sin y.
    private static func hyperbolic(_ x: Double, _ y: Double, table: SpecialValueTable, even: Bool) -> ComplexResult {
        if !x.isFinite || !y.isFinite {
            var result: ComplexResult
            if x.isInfinite && y.isFinite && y != 0 {
                // The signs come from cos y and sin y; sinh is odd in x, cosh's imaginary part too.
                let realSign = even || x > 0 ? 1.0 : -1.0, imaginarySign = even && x < 0 ? -1.0 : 1.0
                result = ComplexResult(real: realSign * copysign(.infinity, Glibc.cos(y)),
                                       imaginary: imaginarySign * copysign(.infinity, Glibc.sin(y)))
            } else {
                result = table.lookup(x, y)
            }
            if y.isInfinite && !x.isNaN { result.signal = .domain }
            return result
        }
        let evenPart: (Double) -> Double = even ? { Glibc.cosh($0) } : { Glibc.sinh($0) }
        let oddPart: (Double) -> Double = even ? { Glibc.sinh($0) } : { Glibc.cosh($0) }
        let result: ComplexResult
        if Swift.abs(x) > logLarge {
            // cosh x and sinh x overflow before the product does: take out a factor e.
            let reduced = x - copysign(1, x)
            result = ComplexResult(real: Glibc.cos(y) * evenPart(reduced) * e, imaginary: Glibc.sin(y) * oddPart(reduced) * e)
        } else {
            result = ComplexResult(real: Glibc.cos(y) * evenPart(x), imaginary: Glibc.sin(y) * oddPart(x))
        }
        return overflowChecked(result)
    }

    /// tanh(x+iy) = (tanh x (1 + tan²y) + i tan y (1 - tanh²x)) / (1 + tan²y tanh²x), with
    /// 1 - tanh²x computed as 1/cosh²x (and as 4e^-2|x| when cosh x would overflow).
    static func tanh(_ x: Double, _ y: Double) -> ComplexResult {
        if !x.isFinite || !y.isFinite {
            var result: ComplexResult
            if x.isInfinite && y.isFinite && y != 0 {
                result = ComplexResult(real: x > 0 ? 1 : -1, imaginary: copysign(0, 2 * Glibc.sin(y) * Glibc.cos(y)))
            } else {
                result = CMathTables.tanh.lookup(x, y)
            }
            if y.isInfinite && x.isFinite { result.signal = .domain }
            return result
        }
        if Swift.abs(x) > logLarge {
            return ComplexResult(real: copysign(1, x), imaginary: 4 * Glibc.sin(y) * Glibc.cos(y) * Glibc.exp(-2 * Swift.abs(x)))
        }
        let tx = Glibc.tanh(x), ty = Glibc.tan(y), secant = 1 / Glibc.cosh(x)
        let product = tx * ty
        let denominator = 1 + product * product
        return ComplexResult(real: tx * (1 + ty * ty) / denominator, imaginary: ((ty / denominator) * secant) * secant)
    }

    /// The principal logarithm: log|z| + i arg z, with |z| rescaled when it is subnormal or
    /// past the largest double, and log1p used when |z| is near 1 (where log loses digits).
    static func log(_ x: Double, _ y: Double) -> ComplexResult {
        if !x.isFinite || !y.isFinite { return CMathTables.log.lookup(x, y) }
        let ax = Swift.abs(x), ay = Swift.abs(y)
        let real: Double
        if ax > large || ay > large {
            real = Glibc.log(hypot(ax / 2, ay / 2)) + ln2
        } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            if ax == 0 && ay == 0 {
                return ComplexResult(real: -.infinity, imaginary: atan2(y, x), signal: .domain)
            }
            let scale = Int(subnormalScale)
            real = Glibc.log(hypot(ldexp(ax, scale), ldexp(ay, scale))) - Double(subnormalScale) * ln2
        } else {
            let modulus = hypot(ax, ay)
            if 0.71 <= modulus && modulus <= 1.73 {
                let larger = ax > ay ? ax : ay, smaller = ax > ay ? ay : ax
                real = log1p((larger - 1) * (larger + 1) + smaller * smaller) / 2
            } else {
                real = Glibc.log(modulus)
            }
        }
        return ComplexResult(real: real, imaginary: atan2(y, x))
    }

    static func log10(_ x: Double, _ y: Double) -> ComplexResult {
        var result = log(x, y)
        result.real /= ln10
        result.imaginary /= ln10
        return result
    }

    /// The principal square root. For x, y >= 0 its real part is s = sqrt((x + |z|)/2),
    /// computed as 2 sqrt(x/8 + |z/8|) so that nothing overflows, and its imaginary part
    /// y/2s; subnormal arguments are scaled up first so that |z| keeps its precision.
    static func sqrt(_ x: Double, _ y: Double) -> ComplexResult {
        if !x.isFinite || !y.isFinite { return CMathTables.sqrt.lookup(x, y) }
        if x == 0 && y == 0 { return ComplexResult(real: 0, imaginary: y) }
        var ax = Swift.abs(x)
        let ay = Swift.abs(y)
        let s: Double
        if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            ax = ldexp(ax, Int(subnormalScale))
            s = ldexp((ax + hypot(ax, ldexp(ay, Int(subnormalScale)))).squareRoot(), Int(subnormalRootScale))
        } else {
            ax /= 8
            s = 2 * (ax + hypot(ax, ay / 8)).squareRoot()
        }
        let d = ay / (2 * s)
        if x >= 0 { return ComplexResult(real: s, imaginary: copysign(d, y)) }
        return ComplexResult(real: d, imaginary: copysign(s, y))
    }

    /// A finite argument whose result has an infinite part overflowed.
    private static func overflowChecked(_ result: ComplexResult) -> ComplexResult {
        var result = result
        if result.real.isInfinite || result.imaginary.isInfinite { result.signal = .range }
        return result
    }
}
