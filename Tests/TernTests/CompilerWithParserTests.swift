import Foundation
import XCTest
@testable import TernCompiler
import TernSyntax

// The compiler fed by Tern's own parser: every standard-library file must parse,
// compile, pass the verifier, and disassemble exactly as when the same file's AST
// comes from CPython's ast module, but a short list of known differences, which
// fails once one of them matches.

final class CompilerWithParserTests: XCTestCase {
    /// Files that do not make it through, and why.
    static let knownDifferences = KnownDifferences([:])

    func testStandardLibraryThroughTernParser() throws {
        let files = try CompilerStdlibTests.stdlibFiles()
        let reference = try PythonAST.parseFiles(files)
        var failures: [String: String] = [:], checked = Set<String>()
        for (path, referenceModule) in zip(files, reference) {
            let name = CompilerStdlibTests.relativePath(path)
            checked.insert(name)
            guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
                failures[name] = "not readable as UTF-8"
                continue
            }
            let module: Module
            do {
                module = try parse(source: source, filename: path, mode: .exec)
            } catch {
                failures[name] = "Tern's parser rejects it: \((error as? SyntaxErrorInfo)?.message ?? "\(error)")"
                continue
            }
            let code: CodeObject
            do {
                code = try compile(module, filename: path, mode: .exec)
            } catch {
                failures[name] = "does not compile: \((error as? SyntaxErrorInfo)?.message ?? "\(error)")"
                continue
            }
            let problems = verifyCode(code)
            XCTAssert(problems.isEmpty, "\(path):\n" + problems.prefix(10).joined(separator: "\n"))
            guard let referenceModule else {
                failures[name] = "CPython's ast could not be carried over (no `match`, no lone surrogates)"
                continue
            }
            guard let expected = try? compile(referenceModule, filename: path, mode: .exec) else {
                failures[name] = "does not compile from CPython's ast"
                continue
            }
            let mine = disassemble(code), theirs = disassemble(expected)
            if mine != theirs {
                let left = mine.split(separator: "\n"), right = theirs.split(separator: "\n")
                let index = Array(zip(left, right)).firstIndex { $0.0 != $0.1 } ?? min(left.count, right.count)
                failures[name] = "listing differs: Tern parser '\(index < left.count ? left[index] : "")' "
                    + "vs CPython ast '\(index < right.count ? right[index] : "")'"
            }
        }
        print("Tern parser: \(files.count - failures.count) of \(files.count) files disassemble as from CPython's ast")
        for (name, problem) in failures.sorted(by: { $0.key < $1.key }) { print("  \(name): \(problem)") }
        Self.knownDifferences.check(failures: failures, checked: checked)
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
