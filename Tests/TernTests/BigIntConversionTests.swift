import XCTest
@testable import TernVM

/// Text conversion, int() parsing, conversion to float, true division and
/// hashes checked against CPython-generated vectors.
final class BigIntConversionTests: XCTestCase {
    func testRadixTextAgainstCPython() {
        for row in NumberVectors.rows("bigint_radix.jsonl") {
            let a = NumberVectors.big(row[0]), radix = NumberVectors.int(row[1])
            let expected = row[2] as! String
            XCTAssertEqual(a.toString(radix: radix), expected, "radix \(radix)")
            XCTAssertEqual(BigInt(pythonLiteral: expected, radix: radix), a, "parse radix \(radix)")
        }
    }

    func testIntParsingAgainstCPython() {
        for row in NumberVectors.rows("int_parse.jsonl") {
            let text = row[0] as! String, radix = NumberVectors.int(row[1])
            let parsed = BigInt(pythonLiteral: text, radix: radix)
            if NumberVectors.isNull(row[2]) {
                XCTAssertNil(parsed, "int(\(text.debugDescription), \(radix)) should fail")
            } else {
                XCTAssertEqual(parsed, NumberVectors.big(row[2]), "int(\(text.debugDescription), \(radix))")
            }
        }
    }

    func testToDoubleAndTrueDivisionAgainstCPython() {
        for row in NumberVectors.rows("bigint_float.jsonl") {
            if row[0] as! String == "float" {
                let a = NumberVectors.big(row[1])
                let result = a.toDouble()
                if NumberVectors.isNull(row[2]) {
                    XCTAssertNil(result, "float(\(row[1])) should overflow")
                } else {
                    XCTAssertEqual(result?.bitPattern, NumberVectors.double(row[2]).bitPattern, "float(\(row[1]))")
                }
            } else {
                let a = NumberVectors.big(row[1]), b = NumberVectors.big(row[2])
                let result = BigInt.trueDivide(a, b)
                let label = "\(row[1]) / \(row[2])".prefix(200)
                if NumberVectors.isNull(row[3]) {
                    XCTAssertNil(result, "\(label) should overflow")
                } else {
                    let expected = NumberVectors.double(row[3])
                    XCTAssertEqual(result?.bitPattern, expected.bitPattern, "\(label): \(String(describing: result)) vs \(expected)")
                }
            }
        }
    }

    func testHashesAgainstCPython() {
        for row in NumberVectors.rows("hashes.jsonl") {
            let expected = Int64(NumberVectors.int(row[2]))
            if row[0] as! String == "int" {
                let a = NumberVectors.big(row[1])
                XCTAssertEqual(a.pythonHash, expected, "hash(\(row[1]))")
                if let small = a.asInt64 { XCTAssertEqual(pythonHash(int64: small), expected, "hash(\(small))") }
            } else {
                let x = NumberVectors.double(row[1])
                XCTAssertEqual(pythonHash(double: x), expected, "hash(\(x))")
            }
        }
        XCTAssertEqual(pythonHash(double: .nan), 0)
    }
}
