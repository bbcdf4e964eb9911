import Foundation
import XCTest
@testable import TernCompiler
import TernSyntax

// The code cache's encoding (Sources/TernCompiler/CodeCache.swift): decoding gives back
// every field of every code object, for every corpus program and some large modules of
// CPython's library; a file for another key is not used; a damaged file is refused, never trapped on.

final class CodeCacheTests: XCTestCase {
    static let key = CodeCacheKey(optimize: 0, sourceSize: 1234, sourceModified: 1_700_000_000_123_456_789,
                                  buildIdentity: Array(0..<20))

    /// The compiled corpus programs and large library modules, as (path, code), at -O levels 0 and 2.
    static func compiledSamples() throws -> [(String, CodeObject)] {
        if let samples { return samples }
        samples = try compileSamples()
        return samples!
    }
    nonisolated(unsafe) private static var samples: [(String, CodeObject)]?

    private static func compileSamples() throws -> [(String, CodeObject)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        var paths: [String] = []
        let corpus = root.appendingPathComponent("corpus").path
        let enumerator = FileManager.default.enumerator(atPath: corpus)
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".py") { paths.append(corpus + "/" + relative) }
        }
        if let library = try CompilerStdlibTests.stdlibFiles().first.flatMap({ path -> String? in
            path.range(of: "/python3.11/").map { String(path[..<$0.upperBound]) }
        }) {
            for module in ["typing.py", "argparse.py", "dataclasses.py", "unittest/case.py", "json/decoder.py",
                           "enum.py", "inspect.py", "datetime.py", "decimal.py", "_pydecimal.py", "tarfile.py"] {
                paths.append(library + module)
            }
        }
        var samples: [(String, CodeObject)] = []
        for path in paths.sorted() {
            guard let source = try? String(contentsOfFile: path, encoding: .utf8),
                  let module = try? parse(source: source, filename: path, mode: .exec) else { continue }
            for optimize in [0, 2] {
                if let code = try? compile(module, filename: path, mode: .exec, optimize: optimize) { samples.append((path, code)) }
            }
        }
        return samples
    }

    func testDecodingGivesBackEveryField() throws {
        let samples = try Self.compiledSamples()
        XCTAssertGreaterThan(samples.count, 1000)
        var bytes = 0
        for (path, code) in samples {
            let file = CodeCache.encode(code, key: Self.key)
            bytes += file.count
            guard let decoded = file.withUnsafeBytes({ CodeCache.decode($0, key: Self.key, filename: path) }) else {
                XCTFail("\(path): not decoded")
                continue
            }
            assertSameCode(decoded, code, path)
            XCTAssertEqual(disassemble(decoded), disassemble(code), path)
        }
        print("round-tripped \(samples.count) modules, \(bytes) bytes of cache")
    }

    /// Constants of every kind, including the float values a text form would lose.
    func testConstantsOfEveryKind() throws {
        let code = CodeObject(name: "<module>", qualifiedName: "<module>", filename: "a.py", firstLine: 1)
        let nested = CodeObject(name: "f", qualifiedName: "C.f.<locals>.g", filename: "a.py", firstLine: -3)
        nested.flags = [.optimized, .newLocals, .generator, .varArgs]
        nested.varNames = ["x", "é", "e\u{301}", ""]
        nested.cellVars = ["x"]
        nested.cellParameter = [0]
        nested.freeVars = ["y"]
        nested.exceptionTable = [ExceptionTableEntry(start: 1, end: 9, target: 12, depth: 3, pushLasti: true)]
        nested.lineTable = [LineTableEntry(start: 0, line: 5, column: -1, endLine: -1, endColumn: -1),
                            LineTableEntry(start: 4, line: 2, column: 7, endLine: 90, endColumn: 70_000)]
        nested.code = [UInt32.max, 0, 0x1234_5678]
        let nan = Double(bitPattern: 0x7FF8_0000_DEAD_BEEF)
        code.constants = [
            .none, .ellipsis, .bool(true), .bool(false), .int(0), .int(Int64.min), .int(Int64.max), .int(-1),
            .bigInt("-123456789012345678901234567890"), .bigInt("99999999999999999999999"),
            .float(-0.0), .float(0.0), .float(nan), .float(.infinity), .float(-.infinity), .float(.leastNonzeroMagnitude),
            .complex(real: -0.0, imaginary: nan), .complex(real: 0, imaginary: 2),
            .string(""), .string("é"), .string("e\u{301}"), .string("\u{0}\u{1F600}\u{10FFFF}"), .string(String(repeating: "x", count: 70_000)),
            .bytes([]), .bytes(Array(0...255)),
            .tuple([]), .tuple([.tuple([.int(1), .string("é"), .tuple([.none])]), .float(-0.0)]),
            .code(nested), .code(nested),
        ]
        code.names = ["é", "e\u{301}"]
        code.cacheCount = 7; code.loopCount = 2; code.stackSize = 30
        let file = CodeCache.encode(code, key: Self.key)
        let decoded = try XCTUnwrap(file.withUnsafeBytes { CodeCache.decode($0, key: Self.key, filename: "b/a.py") })
        code.filename = "b/a.py"
        nested.filename = "b/a.py"
        assertSameCode(decoded, code, "constants")
    }

    func testAnotherKeyOrFormatIsNotUsed() throws {
        let code = try XCTUnwrap(Self.compiledSamples().first { $0.1.constants.count > 10 }?.1)
        let file = CodeCache.encode(code, key: Self.key)
        var others: [CodeCacheKey] = []
        for change in 0..<5 {
            var key = Self.key
            switch change {
            case 0: key.optimize = 1
            case 1: key.sourceSize += 1
            case 2: key.sourceModified += 1
            case 3: key.buildIdentity[19] ^= 1
            default: key.buildIdentity = []
            }
            others.append(key)
        }
        for key in others {
            XCTAssertNil(file.withUnsafeBytes { CodeCache.decode($0, key: key, filename: "a.py") }, "\(key)")
        }
        var newer = file
        newer[8] &+= 1   // the format version
        XCTAssertNil(newer.withUnsafeBytes { CodeCache.decode($0, key: Self.key, filename: "a.py") })
    }

    /// Every truncation and every one-byte change of a file is refused.
    func testDamagedFilesAreRefused() throws {
        let file = try Self.mediumFile()
        for length in 0..<file.count {
            XCTAssertNil(file[0..<length].withUnsafeBytes { CodeCache.decode($0, key: Self.key, filename: "a.py") }, "cut at \(length)")
        }
        for position in 0..<file.count {
            var damaged = file
            damaged[position] ^= 0x41
            XCTAssertNil(damaged.withUnsafeBytes { CodeCache.decode($0, key: Self.key, filename: "a.py") }, "byte \(position) changed")
        }
        XCTAssertNil((file + [0]).withUnsafeBytes { CodeCache.decode($0, key: Self.key, filename: "a.py") })
    }

    /// Payloads that pass the checksum but are not valid encodings (changed bytes, cuts,
    /// random bytes) are refused by the decoder's own checks, without a trap.
    func testInvalidPayloadsWithValidChecksumAreRefused() throws {
        let file = try Self.mediumFile()
        let payloadStart = file.count - payloadLength(file)
        func resealed(_ payload: [UInt8]) -> [UInt8] {
            var header = Array(file[0..<payloadStart - 16])
            for value in [UInt64(payload.count), payload.withUnsafeBytes(CodeCache.checksum)] {
                withUnsafeBytes(of: value.littleEndian) { header.append(contentsOf: $0) }
            }
            return header + payload
        }
        let payload = Array(file[payloadStart...])
        XCTAssertNotNil(resealed(payload).withUnsafeBytes { CodeCache.decode($0, key: Self.key, filename: "a.py") })
        var generator = SystemRandomNumberGenerator()
        var refused = 0
        for position in 0..<payload.count {
            var changed = payload
            changed[position] = position % 3 == 0 ? 0xFF : UInt8.random(in: 0...255, using: &generator)
            if resealed(changed).withUnsafeBytes({ CodeCache.decode($0, key: Self.key, filename: "a.py") }) == nil { refused += 1 }
            _ = resealed(Array(payload[0..<position])).withUnsafeBytes { CodeCache.decode($0, key: Self.key, filename: "a.py") }
        }
        XCTAssertGreaterThan(refused, 0)
        for length in [0, 1, 7, 100, 5000] {
            let noise = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = resealed(noise).withUnsafeBytes { CodeCache.decode($0, key: Self.key, filename: "a.py") }
        }
    }

    /// The smallest cache file of 2 to 4 KB among the samples (the tests that damage it are quadratic).
    static func mediumFile() throws -> [UInt8] {
        let files = try compiledSamples().lazy.map { CodeCache.encode($0.1, key: key) }.filter { (2000...4000).contains($0.count) }
        return try XCTUnwrap(files.min { $0.count < $1.count })
    }

    private func payloadLength(_ file: [UInt8]) -> Int {
        let offset = 8 + 4 + 4 + 8 + 8 + 1 + Self.key.buildIdentity.count
        return Int(file.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) })
    }

    /// Field-by-field equality, nested code objects included (strings by their UTF-8, floats by their bits).
    func assertSameCode(_ decoded: CodeObject, _ original: CodeObject, _ context: String) {
        func same(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }
        func sameList(_ a: [String], _ b: [String]) -> Bool { a.count == b.count && zip(a, b).allSatisfy(same) }
        let where_ = "\(context): \(original.qualifiedName)"
        XCTAssert(same(decoded.name, original.name), where_)
        XCTAssert(same(decoded.qualifiedName, original.qualifiedName), where_)
        XCTAssert(same(decoded.filename, original.filename), where_)
        XCTAssertEqual(decoded.firstLine, original.firstLine, where_)
        XCTAssertEqual(decoded.flags.rawValue, original.flags.rawValue, where_)
        XCTAssertEqual(decoded.argCount, original.argCount, where_)
        XCTAssertEqual(decoded.positionalOnlyCount, original.positionalOnlyCount, where_)
        XCTAssertEqual(decoded.keywordOnlyCount, original.keywordOnlyCount, where_)
        XCTAssert(sameList(decoded.varNames, original.varNames), where_)
        XCTAssert(sameList(decoded.cellVars, original.cellVars), where_)
        XCTAssert(sameList(decoded.freeVars, original.freeVars), where_)
        XCTAssertEqual(decoded.cellParameter, original.cellParameter, where_)
        XCTAssert(sameList(decoded.names, original.names), where_)
        XCTAssertEqual(decoded.code, original.code, where_)
        XCTAssertEqual(decoded.lineTableBytes, original.lineTableBytes, where_)
        XCTAssertEqual(decoded.lineTable, original.lineTable, where_)
        XCTAssertEqual(decoded.exceptionTable, original.exceptionTable, where_)
        XCTAssertEqual(decoded.cacheCount, original.cacheCount, where_)
        XCTAssertEqual(decoded.loopCount, original.loopCount, where_)
        XCTAssertEqual(decoded.stackSize, original.stackSize, where_)
        XCTAssertEqual(decoded.warnings, [], where_)
        XCTAssertEqual(decoded.constants.count, original.constants.count, where_)
        func sameConstant(_ a: CodeConstant, _ b: CodeConstant) -> Bool {
            switch (a, b) {
            case (.none, .none), (.ellipsis, .ellipsis): return true
            case (.bool(let x), .bool(let y)): return x == y
            case (.int(let x), .int(let y)): return x == y
            case (.bigInt(let x), .bigInt(let y)): return same(x, y)
            case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
            case (.complex(let x, let i), .complex(let y, let j)): return x.bitPattern == y.bitPattern && i.bitPattern == j.bitPattern
            case (.string(let x), .string(let y)): return same(x, y)
            case (.bytes(let x), .bytes(let y)): return x == y
            case (.tuple(let x), .tuple(let y)): return x.count == y.count && zip(x, y).allSatisfy(sameConstant)
            case (.code(let x), .code(let y)):
                assertSameCode(x, y, context)
                return true
            default: return false
            }
        }
        for (a, b) in zip(decoded.constants, original.constants) {
            XCTAssert(sameConstant(a, b), "\(where_): constant \(constantRepresentation(b))")
        }
    }
}
