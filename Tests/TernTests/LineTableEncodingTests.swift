import XCTest
@testable import TernCompiler
import TernSyntax

// The line table's encoding (Sources/TernCompiler/LineTableEncoding.swift): every entry
// comes back as it went in, in the three-byte short form and in the long form, and
// ordinary code gets the short form.

final class LineTableEncodingTests: XCTestCase {
    func roundTrip(_ entries: [LineTableEntry], file: StaticString = #filePath, line: UInt = #line) {
        let code = CodeObject(name: "f", qualifiedName: "f", filename: "<test>", firstLine: 1)
        code.lineTable = entries
        XCTAssertEqual(code.lineTable, entries, file: file, line: line)
    }

    func testShortAndLongFormsRoundTrip() {
        roundTrip([])
        roundTrip([LineTableEntry(start: 0, line: 1, column: 0, endLine: 1, endColumn: 5)])
        // Short form at its limits: start delta 0 and 7, line delta 0 and 3, columns -1 and 253.
        roundTrip([LineTableEntry(start: 0, line: 1, column: -1, endLine: 1, endColumn: -1),
                   LineTableEntry(start: 7, line: 4, column: 253, endLine: 4, endColumn: 253),
                   LineTableEntry(start: 7, line: 4, column: 0, endLine: 4, endColumn: 0)])
        // Long form: each limit passed by one, lines going back, lines spanned, unknown end line.
        roundTrip([LineTableEntry(start: 0, line: 10, column: 2, endLine: 10, endColumn: 3),
                   LineTableEntry(start: 8, line: 10, column: 2, endLine: 10, endColumn: 3),
                   LineTableEntry(start: 10, line: 14, column: 2, endLine: 14, endColumn: 3),
                   LineTableEntry(start: 11, line: 12, column: 2, endLine: 12, endColumn: 3),
                   LineTableEntry(start: 12, line: 12, column: 254, endLine: 12, endColumn: 3),
                   LineTableEntry(start: 13, line: 12, column: 1, endLine: 12, endColumn: 70_000),
                   LineTableEntry(start: 14, line: 12, column: 1, endLine: 15, endColumn: 2),
                   LineTableEntry(start: 15, line: 12, column: -1, endLine: -1, endColumn: -1),
                   LineTableEntry(start: 400, line: 9_000, column: 4, endLine: 9_000, endColumn: 9)])
    }

    func testRandomTablesRoundTrip() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var entries: [LineTableEntry] = [], start = 0, line = Int.random(in: 1...50, using: &generator)
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                start += Int.random(in: 0...12, using: &generator)
                line = max(1, line + Int.random(in: -3...5, using: &generator))
                let column = Int.random(in: -1...300, using: &generator)
                let endLine = Bool.random(using: &generator) ? line : (Bool.random(using: &generator) ? -1 : line + 2)
                entries.append(LineTableEntry(start: start, line: line, column: column, endLine: endLine,
                                              endColumn: Int.random(in: -1...300, using: &generator)))
            }
            roundTrip(entries)
        }
    }

    func testOrdinaryCodeTakesThreeBytesAnEntry() throws {
        let source = "def f(n):\n    total = 7\n    for k in range(n):\n        total += (k * 9 + 7) % 10\n    return total\n"
        let module = try compile(try parse(source: source, filename: "<test>", mode: .exec), filename: "<test>", mode: .exec)
        guard case .code(let function)? = module.constants.first(where: { if case .code = $0 { return true }; return false }) else {
            return XCTFail("no function code")
        }
        // Nearly all entries take the short form's three bytes (every entry took five before
        // it); the few that span lines (the loop's back edge) take the long form's six.
        let entries = function.lineTable
        let long = zip([LineTableEntry(start: 0, line: 0)] + entries, entries).filter { previous, entry in
            !(0...7).contains(entry.start - previous.start) || !(0...3).contains(entry.line - previous.line)
                || entry.endLine != entry.line
        }.count
        XCTAssertGreaterThan(entries.count, 10)
        XCTAssertLessThanOrEqual(long, 3)
        XCTAssertLessThanOrEqual(function.lineTableBytes.count, (entries.count - long) * 3 + long * 8)
        XCTAssertLessThan(function.lineTableBytes.count, entries.count * 4)
    }
}
