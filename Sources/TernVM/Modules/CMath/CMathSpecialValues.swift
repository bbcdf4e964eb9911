#if canImport(Glibc)
import Glibc
#endif

// The results of cmath's functions when a part of the argument is infinite or NaN, as
// C99 Annex G specifies them (rect follows the same spirit: rect(r, t) behaves like
// exp(log(r) + it)). A table is indexed by the class of the real part, then of the
// imaginary part; entries for two finite nonzero parts are never read.

/// The seven classes Annex G distinguishes, in table order.
enum SpecialClass: Int {
    case negativeInfinity, negative, negativeZero, positiveZero, positive, positiveInfinity, nan

    init(_ x: Double) {
        if x.isNaN { self = .nan; return }
        let positive = x.sign == .plus
        if x.isInfinite { self = positive ? .positiveInfinity : .negativeInfinity; return }
        if x == 0 { self = positive ? .positiveZero : .negativeZero; return }
        self = positive ? .positive : .negative
    }
}

/// A complex result of cmath's functions and the error C99 would signal for it.
struct ComplexResult {
    enum Signal { case none, domain, range }
    var real: Double
    var imaginary: Double
    var signal: Signal = .none
}

/// A 7 x 7 table of special values, one row per class of the real part.
struct SpecialValueTable {
    let entries: [(Double, Double)]

    init(_ rows: [[(Double, Double)]]) {
        precondition(rows.count == 7 && rows.allSatisfy { $0.count == 7 })
        entries = rows.flatMap { $0 }
    }

    func lookup(_ real: Double, _ imaginary: Double) -> ComplexResult {
        let entry = entries[SpecialClass(real).rawValue * 7 + SpecialClass(imaginary).rawValue]
        return ComplexResult(real: entry.0, imaginary: entry.1)
    }
}

enum CMathTables {
    private static let pi = Double.pi, halfPi = 0.5 * Double.pi
    private static let quarterPi = 0.25 * Double.pi, threeQuarterPi = 0.75 * Double.pi
    private static let inf = Double.infinity, nan = Double.nan
    /// Entries for finite nonzero parts, which the functions compute instead.
    private static let unused = (Double.nan, Double.nan)

    // Columns: -inf, -x, -0, +0, +x, +inf, nan (the imaginary part's class).
    static let acos = SpecialValueTable([
        [(threeQuarterPi, inf), (pi, inf), (pi, inf), (pi, -inf), (pi, -inf), (threeQuarterPi, -inf), (nan, inf)],
        [(halfPi, inf), unused, unused, unused, unused, (halfPi, -inf), (nan, nan)],
        [(halfPi, inf), unused, (halfPi, 0), (halfPi, -0.0), unused, (halfPi, -inf), (halfPi, nan)],
        [(halfPi, inf), unused, (halfPi, 0), (halfPi, -0.0), unused, (halfPi, -inf), (halfPi, nan)],
        [(halfPi, inf), unused, unused, unused, unused, (halfPi, -inf), (nan, nan)],
        [(quarterPi, inf), (0, inf), (0, inf), (0, -inf), (0, -inf), (quarterPi, -inf), (nan, inf)],
        [(nan, inf), (nan, nan), (nan, nan), (nan, nan), (nan, nan), (nan, -inf), (nan, nan)],
    ])

    static let acosh = SpecialValueTable([
        [(inf, -threeQuarterPi), (inf, -pi), (inf, -pi), (inf, pi), (inf, pi), (inf, threeQuarterPi), (inf, nan)],
        [(inf, -halfPi), unused, unused, unused, unused, (inf, halfPi), (nan, nan)],
        [(inf, -halfPi), unused, (0, -halfPi), (0, halfPi), unused, (inf, halfPi), (nan, nan)],
        [(inf, -halfPi), unused, (0, -halfPi), (0, halfPi), unused, (inf, halfPi), (nan, nan)],
        [(inf, -halfPi), unused, unused, unused, unused, (inf, halfPi), (nan, nan)],
        [(inf, -quarterPi), (inf, -0.0), (inf, -0.0), (inf, 0), (inf, 0), (inf, quarterPi), (inf, nan)],
        [(inf, nan), (nan, nan), (nan, nan), (nan, nan), (nan, nan), (inf, nan), (nan, nan)],
    ])

    static let asinh = SpecialValueTable([
        [(-inf, -quarterPi), (-inf, -0.0), (-inf, -0.0), (-inf, 0), (-inf, 0), (-inf, quarterPi), (-inf, nan)],
        [(-inf, -halfPi), unused, unused, unused, unused, (-inf, halfPi), (nan, nan)],
        [(-inf, -halfPi), unused, (-0.0, -0.0), (-0.0, 0), unused, (-inf, halfPi), (nan, nan)],
        [(inf, -halfPi), unused, (0, -0.0), (0, 0), unused, (inf, halfPi), (nan, nan)],
        [(inf, -halfPi), unused, unused, unused, unused, (inf, halfPi), (nan, nan)],
        [(inf, -quarterPi), (inf, -0.0), (inf, -0.0), (inf, 0), (inf, 0), (inf, quarterPi), (inf, nan)],
        [(inf, nan), (nan, nan), (nan, -0.0), (nan, 0), (nan, nan), (inf, nan), (nan, nan)],
    ])

    static let atanh = SpecialValueTable([
        [(-0.0, -halfPi), (-0.0, -halfPi), (-0.0, -halfPi), (-0.0, halfPi), (-0.0, halfPi), (-0.0, halfPi), (-0.0, nan)],
        [(-0.0, -halfPi), unused, unused, unused, unused, (-0.0, halfPi), (nan, nan)],
        [(-0.0, -halfPi), unused, (-0.0, -0.0), (-0.0, 0), unused, (-0.0, halfPi), (-0.0, nan)],
        [(0, -halfPi), unused, (0, -0.0), (0, 0), unused, (0, halfPi), (0, nan)],
        [(0, -halfPi), unused, unused, unused, unused, (0, halfPi), (nan, nan)],
        [(0, -halfPi), (0, -halfPi), (0, -halfPi), (0, halfPi), (0, halfPi), (0, halfPi), (0, nan)],
        [(0, -halfPi), (nan, nan), (nan, nan), (nan, nan), (nan, nan), (0, halfPi), (nan, nan)],
    ])

    static let cosh = SpecialValueTable([
        [(inf, nan), unused, (inf, 0), (inf, -0.0), unused, (inf, nan), (inf, nan)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(nan, 0), unused, (1, 0), (1, -0.0), unused, (nan, 0), (nan, 0)],
        [(nan, 0), unused, (1, -0.0), (1, 0), unused, (nan, 0), (nan, 0)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(inf, nan), unused, (inf, -0.0), (inf, 0), unused, (inf, nan), (inf, nan)],
        [(nan, nan), (nan, nan), (nan, 0), (nan, 0), (nan, nan), (nan, nan), (nan, nan)],
    ])

    static let exp = SpecialValueTable([
        [(0, 0), unused, (0, -0.0), (0, 0), unused, (0, 0), (0, 0)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(nan, nan), unused, (1, -0.0), (1, 0), unused, (nan, nan), (nan, nan)],
        [(nan, nan), unused, (1, -0.0), (1, 0), unused, (nan, nan), (nan, nan)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(inf, nan), unused, (inf, -0.0), (inf, 0), unused, (inf, nan), (inf, nan)],
        [(nan, nan), (nan, nan), (nan, -0.0), (nan, 0), (nan, nan), (nan, nan), (nan, nan)],
    ])

    static let log = SpecialValueTable([
        [(inf, -threeQuarterPi), (inf, -pi), (inf, -pi), (inf, pi), (inf, pi), (inf, threeQuarterPi), (inf, nan)],
        [(inf, -halfPi), unused, unused, unused, unused, (inf, halfPi), (nan, nan)],
        [(inf, -halfPi), unused, (-inf, -pi), (-inf, pi), unused, (inf, halfPi), (nan, nan)],
        [(inf, -halfPi), unused, (-inf, -0.0), (-inf, 0), unused, (inf, halfPi), (nan, nan)],
        [(inf, -halfPi), unused, unused, unused, unused, (inf, halfPi), (nan, nan)],
        [(inf, -quarterPi), (inf, -0.0), (inf, -0.0), (inf, 0), (inf, 0), (inf, quarterPi), (inf, nan)],
        [(inf, nan), (nan, nan), (nan, nan), (nan, nan), (nan, nan), (inf, nan), (nan, nan)],
    ])

    static let sinh = SpecialValueTable([
        [(inf, nan), unused, (-inf, -0.0), (-inf, 0), unused, (inf, nan), (inf, nan)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(0, nan), unused, (-0.0, -0.0), (-0.0, 0), unused, (0, nan), (0, nan)],
        [(0, nan), unused, (0, -0.0), (0, 0), unused, (0, nan), (0, nan)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(inf, nan), unused, (inf, -0.0), (inf, 0), unused, (inf, nan), (inf, nan)],
        [(nan, nan), (nan, nan), (nan, -0.0), (nan, 0), (nan, nan), (nan, nan), (nan, nan)],
    ])

    static let sqrt = SpecialValueTable([
        [(inf, -inf), (0, -inf), (0, -inf), (0, inf), (0, inf), (inf, inf), (nan, inf)],
        [(inf, -inf), unused, unused, unused, unused, (inf, inf), (nan, nan)],
        [(inf, -inf), unused, (0, -0.0), (0, 0), unused, (inf, inf), (nan, nan)],
        [(inf, -inf), unused, (0, -0.0), (0, 0), unused, (inf, inf), (nan, nan)],
        [(inf, -inf), unused, unused, unused, unused, (inf, inf), (nan, nan)],
        [(inf, -inf), (inf, -0.0), (inf, -0.0), (inf, 0), (inf, 0), (inf, inf), (inf, nan)],
        [(inf, -inf), (nan, nan), (nan, nan), (nan, nan), (nan, nan), (inf, inf), (nan, nan)],
    ])

    static let tanh = SpecialValueTable([
        [(-1, 0), unused, (-1, -0.0), (-1, 0), unused, (-1, 0), (-1, 0)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(nan, nan), unused, (-0.0, -0.0), (-0.0, 0), unused, (nan, nan), (nan, nan)],
        [(nan, nan), unused, (0, -0.0), (0, 0), unused, (nan, nan), (nan, nan)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(1, 0), unused, (1, -0.0), (1, 0), unused, (1, 0), (1, 0)],
        [(nan, nan), (nan, nan), (nan, -0.0), (nan, 0), (nan, nan), (nan, nan), (nan, nan)],
    ])

    static let rect = SpecialValueTable([
        [(inf, nan), unused, (-inf, 0), (-inf, -0.0), unused, (inf, nan), (inf, nan)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(0, 0), unused, (-0.0, 0), (-0.0, -0.0), unused, (0, 0), (0, 0)],
        [(0, 0), unused, (0, -0.0), (0, 0), unused, (0, 0), (0, 0)],
        [(nan, nan), unused, unused, unused, unused, (nan, nan), (nan, nan)],
        [(inf, nan), unused, (inf, -0.0), (inf, 0), unused, (inf, nan), (inf, nan)],
        [(nan, nan), (nan, nan), (nan, 0), (nan, 0), (nan, nan), (nan, nan), (nan, nan)],
    ])
}
