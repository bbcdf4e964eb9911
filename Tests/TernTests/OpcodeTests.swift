import XCTest
@testable import TernCompiler

final class OpcodeTests: XCTestCase {
    func testSpecTableCoversEveryOpcode() {
        XCTAssertEqual(Opcode.specs.count, Opcode.allCases.count)
        XCTAssertEqual(Opcode.loadFast.name, "LOAD_FAST")
    }
}

/// The interpreter reinterprets instruction bytes as `Opcode` and header bytes as
/// `ObjectKind`; both rely on raw values equal to declaration order.
final class RepresentationTests: XCTestCase {
    func testOpcodeRawValuesAreDeclarationOrder() {
        for (index, opcode) in Opcode.allCases.enumerated() {
            XCTAssertEqual(Int(opcode.rawValue), index)
            XCTAssertEqual(unsafeBitCast(UInt8(index), to: Opcode.self), opcode)
        }
    }
}
