import XCTest
@testable import TernVM

/// BigInt arithmetic, division, bitwise operators, shifts and powers checked
/// against CPython-generated vectors.
final class BigIntArithmeticTests: XCTestCase {
    func testArithmeticAgainstCPython() {
        let rows = NumberVectors.rows("bigint_arithmetic.jsonl")
        XCTAssertGreaterThan(rows.count, 500)
        for row in rows {
            let a = NumberVectors.big(row[0]), b = NumberVectors.big(row[1])
            let label = "\(row[0]) op \(row[1])".prefix(120)
            XCTAssertEqual(a + b, NumberVectors.big(row[2]), "add \(label)")
            XCTAssertEqual(a - b, NumberVectors.big(row[3]), "sub \(label)")
            XCTAssertEqual(a * b, NumberVectors.big(row[4]), "mul \(label)")
            if !NumberVectors.isNull(row[5]) {
                let (quotient, remainder) = a.floorDivMod(b)
                XCTAssertEqual(quotient, NumberVectors.big(row[5]), "floordiv \(label)")
                XCTAssertEqual(remainder, NumberVectors.big(row[6]), "mod \(label)")
            }
            XCTAssertEqual(a & b, NumberVectors.big(row[7]), "and \(label)")
            XCTAssertEqual(a | b, NumberVectors.big(row[8]), "or \(label)")
            XCTAssertEqual(a ^ b, NumberVectors.big(row[9]), "xor \(label)")
            XCTAssertEqual(~a, NumberVectors.big(row[10]), "invert \(label)")
            XCTAssertEqual(BigInt.compare(a, b), NumberVectors.int(row[11]), "compare \(label)")
        }
    }

    func testShiftsAgainstCPython() {
        for row in NumberVectors.rows("bigint_shift.jsonl") {
            let a = NumberVectors.big(row[0]), count = NumberVectors.int(row[1])
            XCTAssertEqual(a << count, NumberVectors.big(row[2]), "\(row[0]) << \(count)")
            XCTAssertEqual(a >> count, NumberVectors.big(row[3]), "\(row[0]) >> \(count)")
        }
    }

    func testPowersAndModularPowersAgainstCPython() {
        for row in NumberVectors.rows("bigint_power.jsonl") {
            switch row[0] as! String {
            case "pow":
                let a = NumberVectors.big(row[1])
                XCTAssertEqual(a.power(NumberVectors.int(row[2])), NumberVectors.big(row[3]), "\(row[1]) ** \(row[2])")
            case "modpow":
                let a = NumberVectors.big(row[1]), e = NumberVectors.big(row[2]), m = NumberVectors.big(row[3])
                let label = "pow(\(row[1]), \(row[2]), \(row[3]))"
                if let expected = NumberVectors.error(row[4]) {
                    XCTAssertThrowsError(try a.modularPower(exponent: e, modulus: m), label) { error in
                        let error = error as! PythonNumberError
                        XCTAssertEqual(error.kind.rawValue, expected.kind, label)
                        XCTAssertEqual(error.message, expected.message, label)
                    }
                } else {
                    XCTAssertEqual(try a.modularPower(exponent: e, modulus: m), NumberVectors.big(row[4]), label)
                }
            default:
                let a = NumberVectors.big(row[1]), b = NumberVectors.big(row[2])
                XCTAssertEqual(BigInt.gcd(a, b), NumberVectors.big(row[3]), "gcd(\(row[1]), \(row[2]))")
            }
        }
    }

    func testSmallConversions() {
        XCTAssertEqual(BigInt(Int64.min).asInt64, Int64.min)
        XCTAssertEqual(BigInt(Int64.max).asInt64, Int64.max)
        XCTAssertNil((BigInt(Int64.max) + .one).asInt64)
        XCTAssertNil((BigInt(Int64.min) - .one).asInt64)
        XCTAssertEqual(BigInt(UInt64.max).description, "18446744073709551615")
        XCTAssertEqual(BigInt(exactly: 1e20)?.description, "100000000000000000000")
        XCTAssertEqual(BigInt(exactly: -2.0)?.description, "-2")
        XCTAssertNil(BigInt(exactly: 0.5))
        XCTAssertNil(BigInt(exactly: .infinity))
        XCTAssertNil(BigInt(exactly: .nan))
        XCTAssertEqual(BigInt(truncating: -2.9).description, "-2")
        XCTAssertEqual(BigInt(truncating: 0.9).description, "0")
        XCTAssertEqual(BigInt(truncating: -0.0), .zero)
        XCTAssertEqual(BigInt(truncating: 1.7976931348623157e308).toDouble(), 1.7976931348623157e308)
        XCTAssertEqual(BigInt(truncating: 5e-324), .zero)
        XCTAssertEqual(BigInt(1).bitLength, 1)
        XCTAssertEqual(BigInt(-256).bitLength, 9)
        XCTAssertEqual(BigInt.zero.bitLength, 0)
        XCTAssertEqual(BigInt(-5).absoluteValue, BigInt(5))
    }

    /// A 10 000-digit number converts to text and back in well under a second.
    func testLargeTextConversionIsFast() {
        let value = BigInt(7).power(12_000)
        let start = ContinuousClock.now
        let text = value.description
        let parsed = BigInt(pythonLiteral: text, radix: 10)
        let elapsed = ContinuousClock.now - start
        XCTAssertEqual(parsed, value)
        XCTAssertGreaterThan(text.count, 10_000)
        XCTAssertLessThan(elapsed, .milliseconds(500))
    }
}
