// Syntax errors must match CPython 3.11's exception kind, message, line and
// offset; expected values in ParserErrorCases.swift were produced by CPython.

import XCTest
@testable import TernSyntax

final class ParserErrorTests: XCTestCase {
    func testErrorsMatchCPython() {
        for (source, expected) in parserErrorCases {
            let actual: String
            do {
                _ = try parse(source: source, filename: "<string>", mode: .exec)
                actual = "OK"
            } catch let error as SyntaxErrorInfo {
                actual = "\(error.kind): \(error.message) (line \(error.line), offset \(error.column))"
            } catch {
                actual = "unexpected \(error)"
            }
            XCTAssertEqual(actual, expected, "source: \(source.debugDescription)")
        }
    }

    func testErrorCarriesTheOffendingLine() {
        XCTAssertThrowsError(try parse(source: "x = 1\ny = (2 +\n", filename: "f.py", mode: .exec)) { error in
            let info = error as! SyntaxErrorInfo
            XCTAssertEqual(info.filename, "f.py")
            XCTAssertEqual(info.sourceLine, "y = (2 +")
        }
        XCTAssertThrowsError(try parse(source: "a = 1\nf() = 2\n", filename: "f.py", mode: .exec)) { error in
            XCTAssertEqual((error as! SyntaxErrorInfo).sourceLine, "f() = 2")
        }
    }
}
