// Node positions (1-based lines, 0-based code-point columns, with end positions)
// checked against the values CPython 3.11 gives for the same sources.

import XCTest
@testable import TernSyntax

final class ParserPositionTests: XCTestCase {
    func testPositionsMatchCPython() throws {
        // Expected: ast.dump(ast.parse(source), include_attributes=True) from CPython 3.11.
        let cases: [(String, String)] = [
            ("x = a.b(1)\n",
             "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Call(func=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), attr='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), args=[Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"),
            ("if a:\n    b = (1,\n         2)\nelse:\n    pass\n",
             "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Assign(targets=[Name(id='b', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Tuple(elts=[Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), Constant(value=2, lineno=3, col_offset=9, end_lineno=3, end_col_offset=10)], ctx=Load(), lineno=2, col_offset=8, end_lineno=3, end_col_offset=11), lineno=2, col_offset=4, end_lineno=3, end_col_offset=11)], orelse=[Pass(lineno=5, col_offset=4, end_lineno=5, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=5, end_col_offset=8)], type_ignores=[])"),
            ("@d\ndef f(x: int = 1, *, y):\n    return x\n",
             "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='int', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=12), lineno=2, col_offset=6, end_lineno=2, end_col_offset=12)], kwonlyargs=[arg(arg='y', lineno=2, col_offset=21, end_lineno=2, end_col_offset=22)], kw_defaults=[None], defaults=[Constant(value=1, lineno=2, col_offset=15, end_lineno=2, end_col_offset=16)]), body=[Return(value=Name(id='x', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12), lineno=3, col_offset=4, end_lineno=3, end_col_offset=12)], decorator_list=[Name(id='d', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], lineno=2, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])"),
            ("f(x for x in y)[1:2]\n",
             "Module(body=[Expr(value=Subscript(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), upper=Constant(value=2, lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1, col_offset=16, end_lineno=1, end_col_offset=19), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"),
        ]
        for (source, expected) in cases {
            let module = try parse(source: source, filename: "<test>", mode: .exec)
            XCTAssertEqual(dumpAST(module, includePositions: true), expected, "source: \(source.debugDescription)")
        }
    }

    func testColumnsCountCodePoints() throws {
        let module = try parse(source: "s = 'é€'; t = 1\n", filename: "<test>", mode: .exec)
        guard case .assign(let targets, _) = module.body[1].kind else { return XCTFail("expected an assignment") }
        XCTAssertEqual(targets[0].location.column, 10)
    }
}
