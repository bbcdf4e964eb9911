import Foundation
import XCTest
@testable import TernCompiler
import TernSyntax

// Constant folding must give exactly the value CPython computes at run time;
// when Tern cannot (overflow, errors, float corner cases) it must leave the
// expression unfolded rather than guess.

final class CompilerConstantFoldingTests: XCTestCase {
    static let expressions = [
        "1 + 2", "7 // 2", "-7 // 2", "7 // -2", "-7 % 3", "7 % -3", "2 ** 10", "2 ** 62", "(-2) ** 63",
        "1 << 10", "-1 >> 100", "5 & 3 | 8 ^ 1", "~5", "-(-5)", "+True", "True + True", "not 0", "not 'x'",
        "7 / 2", "1 / 3", "0.1 + 0.2", "1e300 * 1e10", "2 * 0.5", "-0.0", "- -0.0",
        "'ab' * 3", "3 * 'ab'", "'a' + 'b'", "b'x' * 2", "(1, 2) + (3,)", "(1,) * 3", "'x' * -1",
        "9223372036854775807 + 1", "-9223372036854775808", "2 ** 64", "1 / 0", "1 // 0", "2 ** -1",
        "'a' * 5000", "1.5 // 1", "1.5 % 1", "2.0 ** 0.5", "(1, 2)", "((1, 2), -3)", "'%s' % 1",
    ]

    func testFoldedValuesMatchPython() throws {
        let script = "import sys\nfor line in sys.stdin.read().split('\\n'):\n    try: print(repr(eval(line)))\n    except Exception as e: print('error')\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Self.expressions.joined(separator: "\n").data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let expected = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        XCTAssertEqual(expected.count, Self.expressions.count)
        var folded = 0
        for (source, pythonValue) in zip(Self.expressions, expected) {
            let code = try compileForTest(source, mode: .eval)
            let opcodes = code.code.map { Opcode(rawValue: UInt8($0 & 0xFF)) }
            guard opcodes.count == 2, opcodes[0] == .loadConst else { continue }
            folded += 1
            let value = constantRepresentation(code.constants[Int(code.code[0] >> 8)])
            XCTAssertEqual(value, pythonValue, "folding \(source)")
        }
        XCTAssertGreaterThan(folded, 30)
    }

    func testUnfoldableExpressionsStayAsCode() throws {
        for source in ["9223372036854775807 + 1", "1 / 0", "2 ** 64", "'a' * 5000", "1.5 // 1", "'%s' % 1"] {
            let code = try compileForTest(source, mode: .eval)
            XCTAssertTrue(code.code.contains { Opcode(rawValue: UInt8($0 & 0xFF)) == .binaryOp }, source)
        }
    }
}

/// `'...' % (tuple)` becomes an f-string exactly where CPython 3.11 does it.
final class CompilerPercentFormatTests: XCTestCase {
    static let sources = [
        "'%s and %r' % (a, b)", "'%5s|%-5s|%.2s|%05.1a' % (a, b, c, d)", "'100%% %s' % (a,)", "'%s' % (a,)",
        "'%d' % (a,)", "'%s %s' % (a,)", "'%s' % (a, b)", "'%(x)s' % (a,)", "'%s' % a", "'%' % (a,)", "'x%s' % (*a,)",
    ]

    func testPercentFormattingMatchesCPython() throws {
        let script = """
        import dis, sys
        for line in sys.stdin.read().split('\\n'):
            parts = []
            for i in dis.get_instructions(compile(line, 's', 'eval')):
                if i.opname in ('RESUME', 'RETURN_VALUE'): continue
                parts.append(i.opname + ('' if i.opname in ('BINARY_OP',) else ' ' + i.argrepr if i.argrepr else ''))
            print(' ; '.join(parts))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Self.sources.joined(separator: "\n").data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let expected = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        XCTAssertEqual(expected.count, Self.sources.count)
        for (source, cpython) in zip(Self.sources, expected) {
            let code = try compileForTest(source, mode: .eval)
            var parts: [String] = []
            var offset = 0
            while offset < code.code.count {
                let opcode = Opcode(rawValue: UInt8(code.code[offset] & 0xFF))!
                let argument = Int(code.code[offset] >> 8)
                offset += opcode.cached ? 2 : 1
                if opcode == .returnValue { continue }
                var meaning = argumentMeaning(code, opcode, argument)
                if opcode == .binaryOp || opcode == .buildString || opcode == .buildTuple || opcode == .buildList
                    || opcode == .listExtend || opcode == .listToTuple { meaning = "" }
                parts.append(meaning.isEmpty ? opcode.name : "\(opcode.name) \(meaning)")
            }
            let normalized = cpython.replacingOccurrences(of: "NULL + ", with: "")
            XCTAssertEqual(parts.joined(separator: " ; "), normalized, source)
            if ProcessInfo.processInfo.environment["TERN_SHOW"] != nil { print(source, "=>", normalized) }
        }
    }
}
