import Foundation
import XCTest
@testable import TernCompiler
import TernSyntax

// The compiler fed by Tern's own parser: every standard-library file the
// parser accepts must compile, pass the verifier, and disassemble exactly as
// when the same file's AST comes from CPython's ast module.

final class CompilerWithParserTests: XCTestCase {
    func testStandardLibraryThroughTernParser() throws {
        let files = try CompilerStdlibTests.stdlibFiles()
        let reference = try PythonAST.parseFiles(files)
        var compiled = 0, parseFailures = 0, differences: [String] = []
        for (path, referenceModule) in zip(files, reference) {
            guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let module: Module
            do {
                module = try parse(source: source, filename: path, mode: .exec)
            } catch {
                parseFailures += 1
                continue
            }
            guard let code = try? compile(module, filename: path, mode: .exec) else { continue }
            let problems = verifyCode(code)
            XCTAssert(problems.isEmpty, "\(path):\n" + problems.prefix(10).joined(separator: "\n"))
            compiled += 1
            if let referenceModule, let expected = try? compile(referenceModule, filename: path, mode: .exec) {
                let mine = disassemble(code), theirs = disassemble(expected)
                if mine != theirs {
                    let left = mine.split(separator: "\n"), right = theirs.split(separator: "\n")
                    let index = Array(zip(left, right)).firstIndex { $0.0 != $0.1 } ?? min(left.count, right.count)
                    differences.append("\(path): Tern parser '\(index < left.count ? left[index] : "")' vs CPython ast '\(index < right.count ? right[index] : "")'")
                }
            }
        }
        print("Tern parser: compiled \(compiled), parse failures \(parseFailures), listings differing \(differences.count)")
        for line in differences.prefix(20) { print("  " + line) }
        XCTAssertGreaterThan(compiled, files.count * 9 / 10)
    }
}

final class CompilerDeepNestingTests: XCTestCase {
    /// CPython compiles a 2000-term sum; so must Tern (the compiler recurses on the AST).
    func testLongOperatorChainsCompile() throws {
        let terms = Int(ProcessInfo.processInfo.environment["TERN_DEEP_TERMS"] ?? "") ?? 2000
        let source = "x = " + Array(repeating: "a", count: terms).joined(separator: " + ") + "\n"
        let code = try compile(try parse(source: source, filename: "<deep>", mode: .exec), filename: "<deep>", mode: .exec)
        XCTAssertTrue(verifyCode(code).isEmpty)
        let folded = "x = " + Array(repeating: "1", count: terms).joined(separator: " + ") + "\n"
        let foldedCode = try compile(try parse(source: folded, filename: "<deep>", mode: .exec), filename: "<deep>", mode: .exec)
        guard case .int(Int64(terms)) = foldedCode.constants[0] else { return XCTFail("not folded: \(foldedCode.constants)") }
    }

    /// Absurd nesting is a RecursionError, as in CPython, never a crash.
    func testExcessiveNestingIsRecursionError() throws {
        let source = "x = " + Array(repeating: "a", count: 30_000).joined(separator: " + ") + "\n"
        let module = try parse(source: source, filename: "<deep>", mode: .exec)
        XCTAssertThrowsError(try compile(module, filename: "<deep>", mode: .exec)) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.kind, "RecursionError")
        }
    }
}
