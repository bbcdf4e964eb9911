import XCTest
@testable import TernCompiler

final class OpcodeTests: XCTestCase {
    func testSpecTableCoversEveryOpcode() {
        XCTAssertEqual(Opcode.specs.count, Opcode.allCases.count)
        XCTAssertEqual(Opcode.loadFast.name, "LOAD_FAST")
    }
}
