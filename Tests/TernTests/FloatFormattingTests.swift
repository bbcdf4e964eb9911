import XCTest
@testable import TernVM

/// repr(float), float(str) and round() checked against CPython-generated vectors.
final class FloatFormattingTests: XCTestCase {
    func testReprAgainstCPython() {
        let rows = NumberVectors.rows("float_repr.jsonl")
        XCTAssertGreaterThan(rows.count, 10_000)
        var failures = 0
        for row in rows {
            let x = NumberVectors.double(row[0])
            let expected = row[1] as! String
            if pythonFloatRepr(x) != expected {
                failures += 1
                if failures < 20 { XCTFail("repr(\(expected)) gave \(pythonFloatRepr(x))") }
            }
        }
        XCTAssertEqual(failures, 0)
        XCTAssertEqual(pythonFloatRepr(.nan), "nan")
        XCTAssertEqual(pythonFloatRepr(-.nan), "nan")
    }

    func testParseAgainstCPython() {
        for row in NumberVectors.rows("float_parse.jsonl") {
            let text = row[0] as! String
            let parsed = parsePythonFloat(text)
            if NumberVectors.isNull(row[1]) {
                XCTAssertNil(parsed, "float(\(text.debugDescription)) should fail")
            } else if row[1] as! String == "nan" {
                XCTAssertTrue(parsed?.isNaN ?? false, "float(\(text.debugDescription))")
            } else {
                XCTAssertEqual(parsed?.bitPattern, NumberVectors.double(row[1]).bitPattern,
                               "float(\(text.debugDescription))")
            }
        }
    }

    func testRoundAgainstCPython() {
        var failures = 0
        for row in NumberVectors.rows("float_round.jsonl") {
            let x = NumberVectors.double(row[0])
            if NumberVectors.isNull(row[1]) {
                let result = roundDoubleToInteger(x)
                if let expected = NumberVectors.error(row[2]) {
                    XCTAssertNil(result, "round(\(x)) should raise \(expected.kind)")
                } else if result != NumberVectors.big(row[2]) {
                    failures += 1
                    if failures < 20 { XCTFail("round(\(x)) gave \(String(describing: result)), want \(row[2])") }
                }
                continue
            }
            let digits = NumberVectors.int(row[1])
            let result = roundDouble(x, digits: digits)
            if let expected = NumberVectors.error(row[2]) {
                XCTAssertNil(result, "round(\(x), \(digits)) should raise \(expected.message)")
            } else if result?.bitPattern != NumberVectors.double(row[2]).bitPattern {
                failures += 1
                if failures < 20 {
                    XCTFail("round(\(x), \(digits)) gave \(String(describing: result)), want \(NumberVectors.double(row[2]))")
                }
            }
        }
        XCTAssertEqual(failures, 0)
    }
}
