#if canImport(Glibc)
import Glibc
#endif

// The inverse circular and hyperbolic functions, after Kahan's "Branch Cuts for Complex
// Elementary Functions": each is written with square roots of 1 ± z whose signs keep the
// branch cuts continuous from the side C99 prescribes (signed zeros pick the side). For
// parts past CMath.large, where 1 ± z would lose z or its square overflow, the asymptotic
// forms log(2z) and 1/z are used instead.

extension CMath {
    /// log|z| + log 2 for large z, halving first so that |z| cannot overflow.
    private static func logTwiceModulus(_ x: Double, _ y: Double) -> Double {
        Glibc.log(hypot(x / 2, y / 2)) + ln2 * 2
    }

    static func acos(_ x: Double, _ y: Double) -> ComplexResult {
        if !x.isFinite || !y.isFinite { return CMathTables.acos.lookup(x, y) }
        if Swift.abs(x) > large || Swift.abs(y) > large {
            // Written as two cases so that the sign of y decides the side of the cut.
            let imaginary = x < 0 ? -copysign(logTwiceModulus(x, y), y) : copysign(logTwiceModulus(x, y), -y)
            return ComplexResult(real: atan2(Swift.abs(y), x), imaginary: imaginary)
        }
        let s1 = sqrt(1 - x, -y), s2 = sqrt(1 + x, y)
        return ComplexResult(real: 2 * atan2(s1.real, s2.real),
                             imaginary: Glibc.asinh(s2.real * s1.imaginary - s2.imaginary * s1.real))
    }

    static func acosh(_ x: Double, _ y: Double) -> ComplexResult {
        if !x.isFinite || !y.isFinite { return CMathTables.acosh.lookup(x, y) }
        if Swift.abs(x) > large || Swift.abs(y) > large {
            return ComplexResult(real: logTwiceModulus(x, y), imaginary: atan2(y, x))
        }
        let s1 = sqrt(x - 1, y), s2 = sqrt(x + 1, y)
        return ComplexResult(real: Glibc.asinh(s1.real * s2.real + s1.imaginary * s2.imaginary),
                             imaginary: 2 * atan2(s1.imaginary, s2.real))
    }

    static func asinh(_ x: Double, _ y: Double) -> ComplexResult {
        if !x.isFinite || !y.isFinite { return CMathTables.asinh.lookup(x, y) }
        if Swift.abs(x) > large || Swift.abs(y) > large {
            let real = y >= 0 ? copysign(logTwiceModulus(x, y), x) : -copysign(logTwiceModulus(x, y), -x)
            return ComplexResult(real: real, imaginary: atan2(y, Swift.abs(x)))
        }
        let s1 = sqrt(1 + y, -x), s2 = sqrt(1 - y, x)
        return ComplexResult(real: Glibc.asinh(s1.real * s2.imaginary - s2.real * s1.imaginary),
                             imaginary: atan2(y, s1.real * s2.real - s1.imaginary * s2.imaginary))
    }

    /// atanh(z) = (log(1 + z) - log(1 - z)) / 2, computed for x >= 0 (atanh is odd).
    static func atanh(_ x: Double, _ y: Double) -> ComplexResult {
        if !x.isFinite || !y.isFinite { return CMathTables.atanh.lookup(x, y) }
        if x < 0 {
            var result = atanh(-x, -y)
            (result.real, result.imaginary) = (-result.real, -result.imaginary)
            return result
        }
        let ay = Swift.abs(y)
        if x > sqrtLarge || ay > sqrtLarge {
            // atanh(z) ~ 1/z ± iπ/2 for large z.
            let h = hypot(x / 2, y / 2)
            return ComplexResult(real: x / 4 / h / h, imaginary: -copysign(Double.pi / 2, -y))
        }
        if x == 1 && ay < sqrtSmallest {
            // Next to the pole at 1 the general formula's 1 - x cancels to 0.
            if ay == 0 { return ComplexResult(real: .infinity, imaginary: y, signal: .domain) }
            return ComplexResult(real: -Glibc.log(ay.squareRoot() / hypot(ay, 2).squareRoot()),
                                 imaginary: copysign(atan2(2, -ay) / 2, y))
        }
        return ComplexResult(real: log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4,
                             imaginary: -atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2)
    }

    /// arg z for cmath.phase, which in CPython raises what libm's atan2 reports through errno:
    /// an angle that underflows (a tiny y over a huge x) is OverflowError("math range error").
    static func checkedPhase(_ x: Double, _ y: Double) -> (Double, ComplexResult.Signal) {
        errno = 0
        let angle = phase(x, y)
        return (angle, errno == ERANGE ? .range : errno == EDOM ? .domain : .none)
    }

    /// arg z, with C99's values for infinite and zero parts spelled out rather than left to libm.
    static func phase(_ x: Double, _ y: Double) -> Double {
        if x.isNaN || y.isNaN { return .nan }
        if y.isInfinite {
            if x.isInfinite { return copysign(x > 0 ? 0.25 * Double.pi : 0.75 * Double.pi, y) }
            return copysign(0.5 * Double.pi, y)
        }
        if x.isInfinite || y == 0 { return copysign(x.sign == .plus ? 0 : Double.pi, y) }
        return atan2(y, x)
    }

    /// |z| (infinite when a part is, even if the other is NaN), and whether a finite z overflowed.
    static func modulus(_ x: Double, _ y: Double) -> (Double, overflowed: Bool) {
        if x.isInfinite || y.isInfinite { return (.infinity, false) }
        if x.isNaN || y.isNaN { return (.nan, false) }
        let result = hypot(x, y)
        return (result, result.isInfinite)
    }

    /// r(cos φ + i sin φ); infinite r or φ as exp(log r + iφ) would give.
    static func rect(_ r: Double, _ phi: Double) -> ComplexResult {
        if !r.isFinite || !phi.isFinite {
            var result: ComplexResult
            if r.isInfinite && phi.isFinite && phi != 0 {
                let sign = r > 0 ? 1.0 : -1.0
                result = ComplexResult(real: sign * copysign(.infinity, Glibc.cos(phi)), imaginary: sign * copysign(.infinity, Glibc.sin(phi)))
            } else {
                result = CMathTables.rect.lookup(r, phi)
            }
            if r != 0 && !r.isNaN && phi.isInfinite { result.signal = .domain }
            return result
        }
        // In CPython: φ = ±0 multiplies instead of calling sin (some libms got sin(-0) wrong).
        if phi == 0 { return ComplexResult(real: r, imaginary: r * phi) }
        return ComplexResult(real: r * Glibc.cos(phi), imaginary: r * Glibc.sin(phi))
    }
}
