import XCTest
@testable import TernCompiler
import TernSyntax

// Syntax errors the compiler (not the parser) reports: message, line and
// 1-based column must equal CPython 3.11's `compile()` for the same source.

final class CompilerErrorTests: XCTestCase {
    static let cases: [(String, String, Int, Int)] = [
        ("return 1", "'return' outside function", 1, 1),
        ("x = 1\nyield x", "'yield' outside function", 2, 1),
        ("await x", "'await' outside function", 1, 1),
        ("def f():\n    await x", "'await' outside async function", 2, 5),
        ("break", "'break' outside loop", 1, 1),
        ("if x:\n    continue", "'continue' not properly in loop", 2, 5),
        ("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1),
        ("def f():\n    nonlocal x", "no binding for nonlocal 'x' found", 2, 5),
        ("def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration", 3, 5),
        ("def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration", 3, 5),
        ("def f(x):\n    global x", "name 'x' is parameter and global", 2, 5),
        ("def f(a, b, a): pass", "duplicate argument 'a' in function definition", 1, 13),
        ("async def f():\n    yield 1\n    return 2", "'return' with value in async generator", 3, 5),
        ("a, *b, *c = d", "multiple starred expressions in assignment", 1, 1),
        ("x = *a", "can't use starred expression here", 1, 5),
        ("*a = b", "starred assignment target must be in a list or tuple", 1, 1),
        ("f(x=1, x=2)", "keyword argument repeated: x", 1, 8),
        ("class C:\n    [(y := 1) for i in x]", "assignment expression within a comprehension cannot be used in a class body", 2, 7),
        ("def f():\n    from m import *", "import * only allowed at module level", 2, 19),
        ("def f():\n    x: int\n    global x", "annotated name 'x' can't be global", 3, 5),
        ("[(yield) for x in y]", "'yield' inside list comprehension", 1, 3),
        ("def f():\n  def g():\n    nonlocal q\n  q = 1\n  global q", "name 'q' is assigned to before global declaration", 5, 3),
        ("lambda a, a: 1", "duplicate argument 'a' in function definition", 1, 11),
        ("__debug__ = 1", "cannot assign to __debug__", 1, 1),
        ("del __debug__", "cannot delete __debug__", 1, 5),
        ("def f(__debug__): pass", "cannot assign to __debug__", 1, 1),
        ("[i := 0 for i in range(5)]", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2),
        ("[x for x in (y := [1])]", "assignment expression cannot be used in a comprehension iterable expression", 1, 14),
        ("[[(j := 0) for i in range(5)] for j in range(5)]", "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 4),
        ("f(__debug__=1)", "cannot assign to __debug__", 1, 1),
        ("x.__debug__ = 1", "cannot assign to __debug__", 1, 1),
        ("def f():\n    async with y: pass", "'async with' outside async function", 2, 5),
        ("def f():\n    async for x in y: pass", "'async for' outside async function", 2, 5),
        ("[x async for x in y]", "asynchronous comprehension outside of an asynchronous function", 1, 1),
        ("def f():\n    return {await x for x in y}", "asynchronous comprehension outside of an asynchronous function", 2, 12),
        ("def f():\n    [[x async for x in y] for y in z]", "asynchronous comprehension outside of an asynchronous function", 2, 5),
        ("async def f():\n    return lambda: [x async for x in y]", "asynchronous comprehension outside of an asynchronous function", 2, 20),
        ("async def f():\n    class C:\n        a = {x: 1 async for x in y}", "asynchronous comprehension outside of an asynchronous function", 3, 13),
        ("def f():\n    await z\n    [x async for x in y]", "'await' outside async function", 2, 5),
        ("async def f():\n    try:\n        pass\n    except* E:\n        return 1",
         "'break', 'continue' and 'return' cannot appear in an except* block", 5, 16),
        ("for x in y:\n    try:\n        pass\n    except* E:\n        break",
         "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9),
        ("for x in y:\n    try:\n        pass\n    except* E:\n        continue",
         "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9),
        ("class C:\n    [x for x in (y := [1])]", "assignment expression cannot be used in a comprehension iterable expression", 2, 18),
        ("match x:\n    case [a, a]: pass", "multiple assignments to name 'a' in pattern", 2, 14),
        ("match x:\n    case {'a': x, **x}: pass", "multiple assignments to name 'x' in pattern", 2, 16),
        ("match x:\n    case a:\n        pass\n    case 2: pass", "name capture 'a' makes remaining patterns unreachable", 2, 10),
        ("match x:\n    case _:\n        pass\n    case 2: pass", "wildcard makes remaining patterns unreachable", 2, 10),
        ("match x:\n    case a | b: pass", "name capture 'a' makes remaining patterns unreachable", 2, 10),
        ("match x:\n    case [a] | [b]: pass", "alternative patterns bind different names", 2, 17),
        ("match x:\n    case (a, b) | (b, c): pass", "alternative patterns bind different names", 2, 23),
        ("match x:\n    case [*a, *b]: pass", "multiple starred names in sequence pattern", 2, 10),
        ("match x:\n    case C(x=1, x=2): pass", "attribute name repeated in class pattern: x", 2, 19),
        ("match x:\n    case {f'a': 1}: pass", "mapping pattern keys may only match literals and attribute lookups", 2, 10),
        ("match x:\n    case f'a': pass", "patterns may only match literals and attribute lookups", 2, 10),
        ("match x:\n    case {'a': 1, 'a': 2}: pass", "mapping pattern checks duplicate key ('a')", 2, 10),
        ("match x:\n    case {1: 1, 1.0: 2}: pass", "mapping pattern checks duplicate key (1.0)", 2, 10),
        ("match x:\n    case {True: _, 1: _}: pass", "mapping pattern checks duplicate key (1)", 2, 10),
        ("match x:\n    case __debug__: pass", "cannot assign to __debug__", 2, 10),
        ("match x:\n    case C(__debug__=1): pass", "cannot assign to __debug__", 2, 22),
        ("match x:\n    case [a, (b | [a])]: pass", "name capture 'b' makes remaining patterns unreachable", 2, 15),
        ("match x:\n    case [a, *_, a]: pass", "multiple assignments to name 'a' in pattern", 2, 18),
        ("match x:\n    case C(a, b=a): pass", "multiple assignments to name 'a' in pattern", 2, 17),
        ("for x in y:\n for x in y:\n  for x in y:\n   for x in y:\n    for x in y:\n     for x in y:\n      for x in y:\n       for x in y:\n        for x in y:\n         for x in y:\n          for x in y:\n           for x in y:\n            for x in y:\n             for x in y:\n              for x in y:\n               for x in y:\n                for x in y:\n                 for x in y:\n                  for x in y:\n                   for x in y:\n                    for x in y:\n                     pass", "too many statically nested blocks", 21, 21),
    ]

    func testErrorsMatchCPython() throws {
        for (source, message, line, column) in Self.cases {
            guard let error = try compileError(source) else {
                XCTFail("no error for \(source.debugDescription)")
                continue
            }
            XCTAssertEqual(error.message, message, source)
            XCTAssertEqual(error.line, line, "line for \(source.debugDescription)")
            XCTAssertEqual(error.column, column, "column for \(source.debugDescription)")
            XCTAssertEqual(error.filename, "<test>")
            XCTAssertEqual(error.sourceLine, "")
        }
    }

    func testValidProgramsDoNotError() throws {
        let sources = [
            "def f():\n    global x\n    x = 1",
            "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2",
            "async def f():\n    await g()",
            "async def f():\n    async for x in y:\n        async with x as z:\n            pass",
            "async def f():\n    return [await x for x in y]",
            "async def f():\n    return [[x async for x in y] for y in z]",
            "(x async for x in y)",
            "def f():\n    return ([x async for x in y] for y in await_free)",
            "try:\n    pass\nexcept* E as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
            "try:\n    pass\nexcept* E:\n    for x in y:\n        break",
            "print(*a if b else c)",
            "for x in y:\n    try:\n        break\n    finally:\n        continue",
            "def f():\n    [(y := 1) for i in x]\n    return y",
        ]
        for source in sources {
            XCTAssertNil(try compileError(source), source)
        }
    }
}
