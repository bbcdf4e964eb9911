// Token streams for the layout rules: INDENT/DEDENT, implicit and explicit line
// joining, comments, blank lines and "\r\n".

import XCTest
@testable import TernSyntax

final class LexerTests: XCTestCase {
    private func kinds(_ source: String) throws -> [TokenKind] {
        var lexer = Lexer(source: SourceText(source, filename: "<test>"))
        return try lexer.tokenize().map(\.kind)
    }

    func testIndentationProducesIndentAndDedent() throws {
        XCTAssertEqual(try kinds("if x:\n    y\nz\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .dedent, .name, .newline, .endOfFile])
        XCTAssertEqual(try kinds("if x:\n\tif y:\n\t\tz\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .kwIf, .name, .colon, .newline, .indent, .name, .newline,
                        .dedent, .dedent, .endOfFile])
    }

    func testBlankLinesAndCommentsDoNotChangeIndentation() throws {
        XCTAssertEqual(try kinds("if x:\n  y\n\n# c\n      # deeper comment\n  z\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .name, .newline, .dedent, .endOfFile])
    }

    func testLineJoining() throws {
        XCTAssertEqual(try kinds("x = (1,\n  2)\n"),
                       [.name, .equal, .leftParen, .number, .comma, .number, .rightParen, .newline, .endOfFile])
        XCTAssertEqual(try kinds("x = 1 + \\\n  2\n"), [.name, .equal, .number, .plus, .number, .newline, .endOfFile])
        XCTAssertEqual(try kinds("x = 1\r\ny = 2\r\n"),
                       [.name, .equal, .number, .newline, .name, .equal, .number, .newline, .endOfFile])
        XCTAssertEqual(try kinds("x"), [.name, .newline, .endOfFile])
    }

    func testOperatorsUseLongestMatch() throws {
        XCTAssertEqual(try kinds("a **= b // c -> d := e ... f != g\n"),
                       [.name, .doubleStarEqual, .name, .doubleSlash, .name, .arrow, .name, .colonEqual, .name, .ellipsis,
                        .name, .notEqual, .name, .newline, .endOfFile])
    }

    func testNumbersAndStringPrefixes() throws {
        XCTAssertEqual(try kinds("1_0 0x1F .5 1. 1e-3 2j rb'x' F'y' u\"z\" bx\n"),
                       [.number, .number, .number, .number, .number, .number, .string, .string, .string, .name,
                        .newline, .endOfFile])
        // `1if` is accepted by CPython 3.11 (a keyword may follow a number directly).
        XCTAssertEqual(try kinds("1if x else 2\n"), [.number, .kwIf, .name, .kwElse, .number, .newline, .endOfFile])
    }

    func testTabErrorOnInconsistentIndentation() {
        XCTAssertThrowsError(try kinds("if x:\n\ta\n        b\n")) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.kind, "TabError")
        }
    }

    func testTokenPositions() throws {
        var lexer = Lexer(source: SourceText("x = 'é'\n  \ny\n", filename: "<test>"))
        let tokens = try lexer.tokenize()
        XCTAssertEqual(tokens[2].line, 1)
        XCTAssertEqual(tokens[2].column, 4)
        XCTAssertEqual(tokens[2].endColumn, 7) // columns count code points
        XCTAssertEqual(tokens[4].line, 3)
        XCTAssertEqual(tokens[4].column, 0)
    }
}
