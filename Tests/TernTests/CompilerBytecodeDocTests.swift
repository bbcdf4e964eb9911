import Foundation
import XCTest
@testable import TernCompiler

// docs/bytecode.md is generated from the opcode spec; this test fails when the
// checked-in file is stale and rewrites it when TERN_WRITE_BYTECODE_DOC is set.

final class CompilerBytecodeDocTests: XCTestCase {
    func testCheckedInBytecodeDocIsCurrent() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/bytecode.md").path
        let generated = bytecodeDocMarkdown()
        if ProcessInfo.processInfo.environment["TERN_WRITE_BYTECODE_DOC"] != nil {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let checkedIn = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(checkedIn, generated, "docs/bytecode.md is stale: run with TERN_WRITE_BYTECODE_DOC=1")
        for opcode in Opcode.allCases { XCTAssertTrue(generated.contains("`\(opcode.name)`")) }
    }
}
