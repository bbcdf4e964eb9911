import XCTest
@testable import TernCompiler

/// The compact line table gives back exactly the entries it was given.
final class LineTableEncodingTests: XCTestCase {
    func testEntriesSurviveEncoding() {
        let entries = [
            LineTableEntry(start: 0, line: 1, column: 0, endLine: 1, endColumn: 12),
            LineTableEntry(start: 2, line: 3, column: -1, endLine: -1, endColumn: -1),
            LineTableEntry(start: 3, line: 2, column: 4, endLine: 7, endColumn: 0),   // a line going back
            LineTableEntry(start: 300, line: 100_000, column: 5000, endLine: 99_999, endColumn: 70_000),
            LineTableEntry(start: 301, line: 1, column: 0, endLine: 1, endColumn: 1),
        ]
        let code = CodeObject(name: "f", qualifiedName: "f", filename: "<test>", firstLine: 1)
        code.lineTable = entries
        XCTAssertEqual(code.lineTable, entries)
        XCTAssertLessThan(code.lineTableBytes.count, entries.count * 8)
        XCTAssertEqual(code.position(at: 2), entries[1])
        XCTAssertEqual(code.position(at: 299), entries[2])
        XCTAssertEqual(code.line(at: 1000), 1)
        code.lineTable = []
        XCTAssertEqual(code.line(at: 0), 1)   // no entry: the first line
    }
}
