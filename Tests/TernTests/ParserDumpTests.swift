// The parser's AST, rendered with dumpAST, must equal CPython 3.11's ast.dump
// for every snippet in ParserDumpCases.swift (expected text produced by CPython).

import XCTest
@testable import TernSyntax

final class ParserDumpTests: XCTestCase {
    func testSnippetsDumpLikeCPython() throws {
        for (source, expected) in parserDumpCases {
            do {
                let module = try parse(source: source, filename: "<test>", mode: .exec)
                XCTAssertEqual(dumpAST(module), expected, "source: \(source.debugDescription)")
            } catch let error as SyntaxErrorInfo {
                XCTFail("unexpected \(error.kind): \(error.message) at \(error.line):\(error.column) for \(source.debugDescription)")
            }
        }
    }

    func testEvalModeWrapsOneExpression() throws {
        let module = try parse(source: "a + 1\n\n", filename: "<eval>", mode: .eval)
        XCTAssertEqual(dumpAST(module),
                       "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))], type_ignores=[])")
        XCTAssertThrowsError(try parse(source: "x = 1", filename: "<eval>", mode: .eval))
        // As compile(..., 'eval'): leading spaces are an error (the eval() builtin strips them first).
        XCTAssertThrowsError(try parse(source: " a", filename: "<eval>", mode: .eval))
    }

    func testSingleModeTakesOneStatement() throws {
        let module = try parse(source: "if x:\n  y\n\n", filename: "<stdin>", mode: .single)
        XCTAssertEqual(module.body.count, 1)
        // Expected values from CPython's compile(source, "<stdin>", "single").
        XCTAssertThrowsError(try parse(source: "a\nb\n", filename: "<stdin>", mode: .single)) { error in
            let info = error as? SyntaxErrorInfo
            XCTAssertEqual(info?.message, "multiple statements found while compiling a single statement")
            XCTAssertEqual(info.map { [$0.line, $0.column] }, [1, 2])
        }
        XCTAssertThrowsError(try parse(source: "if x:\n  y\nz\n", filename: "<stdin>", mode: .single)) { error in
            let info = error as? SyntaxErrorInfo
            XCTAssertEqual(info?.message, "invalid syntax")
            XCTAssertEqual(info.map { [$0.line, $0.column] }, [3, 1])
        }
        XCTAssertEqual(try parse(source: "a; b\n", filename: "<stdin>", mode: .single).body.count, 2)
    }

    func testIncompleteInteractiveInput() {
        XCTAssertTrue(isIncompleteInput("if x:"))
        XCTAssertTrue(isIncompleteInput("if x:\n  y"))
        XCTAssertFalse(isIncompleteInput("if x:\n  y\n"))
        XCTAssertTrue(isIncompleteInput("def f():\n  if y:\n    z"))
        XCTAssertFalse(isIncompleteInput("x = 1 +"))
        XCTAssertTrue(isIncompleteInput("(1,"))
        XCTAssertTrue(isIncompleteInput("x = '''abc"))
        XCTAssertTrue(isIncompleteInput("x = 1 + \\"))
        XCTAssertTrue(isIncompleteInput("@dec"))
        XCTAssertFalse(isIncompleteInput("x = 1"))
        XCTAssertFalse(isIncompleteInput("x = )"))
        XCTAssertFalse(isIncompleteInput("x = 'abc"))
    }

    func testIntegersBeyondInt64KeepDecimalDigits() throws {
        let module = try parse(source: "0x10000000000000000\n18446744073709551616\n", filename: "<test>", mode: .exec)
        for statement in module.body {
            guard case .expr(let value) = statement.kind, case .constant(.bigInt(let digits)) = value.kind else {
                return XCTFail("expected a big integer constant")
            }
            XCTAssertEqual(digits, "18446744073709551616")
        }
    }
}
