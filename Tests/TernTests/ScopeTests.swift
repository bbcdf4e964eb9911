import XCTest
@testable import TernCompiler
import TernSyntax

// Name resolution: which instruction family each name use compiles to, and the
// cell/free layout the VM sets up on frame entry.

final class ScopeTests: XCTestCase {
    /// The code object whose qualified name is `name`, searched recursively.
    func find(_ code: CodeObject, _ name: String) -> CodeObject? {
        if code.qualifiedName == name { return code }
        for constant in code.constants {
            if case .code(let nested) = constant, let found = find(nested, name) { return found }
        }
        return nil
    }

    /// "OPNAME argument-meaning" for every instruction of `code`.
    func instructions(_ code: CodeObject) -> [String] {
        var result: [String] = []
        var offset = 0
        while offset < code.code.count {
            let opcode = Opcode(rawValue: UInt8(code.code[offset] & 0xFF))!
            let argument = Int(code.code[offset] >> 8)
            let meaning = argumentMeaning(code, opcode, argument)
            result.append(meaning.isEmpty ? opcode.name : "\(opcode.name) \(meaning)")
            offset += opcode.cached ? 2 : 1
        }
        return result
    }

    func testClassBodyReadsEnclosingFunctionVariableWithLoadClassDeref() throws {
        // Checked against CPython 3.11: C reads x through LOAD_CLASSDEREF; D binds its own x
        // (LOAD/STORE_NAME) yet still passes f's x through to D.m as a free variable.
        let code = try compileForTest("""
        def f():
            x = 1
            class C:
                y = x
                def m(self): return x
            class D:
                x = 2
                def m(self): return x
        """)
        let classC = try XCTUnwrap(find(code, "f.<locals>.C"))
        XCTAssertEqual(classC.freeVars, ["x"])
        XCTAssertTrue(instructions(classC).contains("LOAD_CLASSDEREF x"))
        let classD = try XCTUnwrap(find(code, "f.<locals>.D"))
        XCTAssertEqual(classD.freeVars, ["x"])
        XCTAssertTrue(instructions(classD).contains("STORE_NAME x"))
        XCTAssertEqual(instructions(try XCTUnwrap(find(code, "f.<locals>.D.m"))), ["LOAD_DEREF x", "RETURN_VALUE"])
        let outer = try XCTUnwrap(find(code, "f"))
        XCTAssertEqual(outer.cellVars, ["x"])
        XCTAssertEqual(outer.cellParameter, [-1])
    }

    func testParameterCellsStartFromTheirArgumentSlot() throws {
        let code = try compileForTest("def f(a, b, *c):\n    z = 0\n    return lambda: a + c + z\n")
        let function = try XCTUnwrap(find(code, "f"))
        XCTAssertEqual(function.varNames, ["a", "b", "c"])
        XCTAssertEqual(function.cellVars, ["a", "c", "z"])
        XCTAssertEqual(function.cellParameter, [0, 2, -1])
        XCTAssertEqual(try XCTUnwrap(find(code, "f.<locals>.<lambda>")).freeVars, ["a", "c", "z"])
    }

    func testSuperCreatesClassCellReturnedFromClassBody() throws {
        let code = try compileForTest("class A(B):\n    def m(self):\n        return super().m()\n")
        let body = try XCTUnwrap(find(code, "A"))
        XCTAssertEqual(body.cellVars, ["__class__"])
        XCTAssertEqual(Array(instructions(body).suffix(4)),
                       ["LOAD_CLOSURE __class__", "COPY", "STORE_NAME __classcell__", "RETURN_VALUE"])
        XCTAssertEqual(try XCTUnwrap(find(code, "A.m")).freeVars, ["__class__"])
        let plain = try compileForTest("class A:\n    def m(self): return 1\n")
        XCTAssertEqual(Array(instructions(try XCTUnwrap(find(plain, "A"))).suffix(2)), ["LOAD_CONST None", "RETURN_VALUE"])
    }

    func testGlobalAndNonlocalDeclarations() throws {
        let code = try compileForTest("""
        x = 0
        def f():
            global x
            x = 1
            y = 2
            def g():
                nonlocal y
                y = 3
                return x
            return g
        """)
        let function = try XCTUnwrap(find(code, "f"))
        XCTAssertTrue(instructions(function).contains("STORE_GLOBAL x"))
        XCTAssertTrue(instructions(function).contains("STORE_DEREF y"))
        let inner = try XCTUnwrap(find(code, "f.<locals>.g"))
        XCTAssertEqual(instructions(inner), ["LOAD_CONST 3", "STORE_DEREF y", "LOAD_GLOBAL x", "RETURN_VALUE"])
        // As CPython: a `global x` anywhere makes the module itself use STORE_GLOBAL for x.
        XCTAssertTrue(instructions(code).contains("STORE_GLOBAL x"))
    }

    func testComprehensionsAreFunctionsAndWalrusBindsOutside() throws {
        let code = try compileForTest("def f(data):\n    return [last := v for v in data], last\n")
        let function = try XCTUnwrap(find(code, "f"))
        XCTAssertEqual(function.cellVars, ["last"])
        let comprehension = try XCTUnwrap(find(code, "f.<locals>.<listcomp>"))
        XCTAssertEqual(comprehension.varNames, [".0", "v"])
        XCTAssertEqual(comprehension.freeVars, ["last"])
        XCTAssertEqual(comprehension.argCount, 1)
        XCTAssertTrue(instructions(comprehension).contains("STORE_DEREF last"))
        let module = try compileForTest("[y := v for v in data]\n")
        XCTAssertTrue(instructions(try XCTUnwrap(find(module, "<listcomp>"))).contains("STORE_GLOBAL y"))
    }

    func testPrivateNamesAreMangledInsideClasses() throws {
        let code = try compileForTest("class _C:\n    __a = 1\n    def m(self, __b):\n        return self.__c, __b, __d__\n")
        XCTAssertTrue(instructions(try XCTUnwrap(find(code, "_C"))).contains("STORE_NAME _C__a"))
        let method = try XCTUnwrap(find(code, "_C.m"))
        XCTAssertEqual(method.varNames, ["self", "_C__b"])
        XCTAssertTrue(instructions(method).contains("LOAD_ATTR _C__c"))
        XCTAssertTrue(instructions(method).contains("LOAD_GLOBAL __d__"))
    }

    func testQualifiedNamesAndFlags() throws {
        let code = try compileForTest("""
        def f():
            def g(*a, **k):
                yield
            class C:
                def m(self): pass
            return (x for x in ())
        async def h(): pass
        """)
        XCTAssertEqual(code.qualifiedName, "<module>")
        let g = try XCTUnwrap(find(code, "f.<locals>.g"))
        XCTAssertEqual(g.flags, [.optimized, .newLocals, .varArgs, .varKeywords, .nested, .generator])
        XCTAssertNotNil(find(code, "f.<locals>.C.m"))
        XCTAssertEqual(try XCTUnwrap(find(code, "f.<locals>.<genexpr>")).flags, [.optimized, .newLocals, .nested, .generator])
        XCTAssertEqual(try XCTUnwrap(find(code, "h")).flags, [.optimized, .newLocals, .coroutine])
    }

    func testInteractiveAndEvalModes() throws {
        let single = try compileForTest("x + 2\n", mode: .single)
        XCTAssertEqual(instructions(single), ["LOAD_NAME x", "LOAD_CONST 2", "BINARY_OP +", "PRINT_EXPR",
                                              "LOAD_CONST None", "RETURN_VALUE"])
        let evaluated = try compileForTest("x * 2", mode: .eval)
        XCTAssertEqual(instructions(evaluated), ["LOAD_NAME x", "LOAD_CONST 2", "BINARY_OP *", "RETURN_VALUE"])
        let docstring = try compileForTest("'''doc'''\nx = -5\n")
        XCTAssertEqual(instructions(docstring), ["LOAD_CONST 'doc'", "STORE_NAME __doc__", "LOAD_CONST -5",
                                                 "STORE_NAME x", "LOAD_CONST None", "RETURN_VALUE"])
    }

    func testFunctionDocstringIsFirstConstant() throws {
        let code = try compileForTest("def f():\n    'text'\n    return 1\ng = lambda: 'no doc'\n")
        guard case .string("text") = try XCTUnwrap(find(code, "f")).constants[0] else { return XCTFail("no docstring") }
        guard case CodeConstant.none = try XCTUnwrap(find(code, "<lambda>")).constants[0] else { return XCTFail("lambda doc") }
    }
}
