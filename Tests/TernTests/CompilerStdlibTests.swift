import Foundation
import XCTest
@testable import TernCompiler
import TernSyntax

// Compiles CPython's own standard library (parsed by CPython's ast module) and
// runs the verifier on every code object: jump targets, cache slots, loop
// headers, exception table and stack depth along every path. Every file must
// compile but a short list of known rejections, which fails once one compiles.

final class CompilerStdlibTests: XCTestCase {
    /// Python files of CPython's standard library (the first TERN_STDLIB_LIMIT, default 400).
    static func stdlibFiles() throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let root = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let limit = Int(ProcessInfo.processInfo.environment["TERN_STDLIB_LIMIT"] ?? "") ?? 400
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            let includeTests = ProcessInfo.processInfo.environment["TERN_STDLIB_INCLUDE_TESTS"] != nil
            if relative.hasPrefix("site-packages") { continue }
            if !includeTests && (relative.hasPrefix("test/") || relative.hasPrefix("lib2to3/tests")) { continue }
            if relative.hasSuffix(".py") { files.append(root + "/" + relative) }
        }
        return Array(files.sorted().prefix(limit))
    }

    /// The path of a standard-library file below the library folder (`asyncio/locks.py`).
    static func relativePath(_ path: String) -> String {
        guard let range = path.range(of: "/python3.11/") else { return path }
        return String(path[range.upperBound...])
    }

    /// Files the compiler rejects, each for a construct Tern does not compile yet.
    static let knownRejections = KnownDifferences([:])

    /// Every file compiles and verifies, but those in `knownRejections`.
    func testStandardLibraryCompilesAndVerifies() throws {
        let files = try Self.stdlibFiles()
        let modules = try PythonAST.parseFiles(files)
        XCTAssertEqual(modules.count, files.count)
        var failures: [String: String] = [:], checked = Set<String>()
        for (path, module) in zip(files, modules) {
            let name = Self.relativePath(path)
            checked.insert(name)
            guard let module else {
                failures[name] = "CPython's ast could not be carried over (no lone surrogates)"
                continue
            }
            do {
                let code = try compile(module, filename: path, mode: .exec)
                let problems = verifyCode(code)
                XCTAssert(problems.isEmpty, "\(path):\n" + problems.prefix(10).joined(separator: "\n"))
            } catch let error as SyntaxErrorInfo {
                failures[name] = "rejected at line \(error.line): \(error.message)"
            }
        }
        print("compiled \(files.count - failures.count) of \(files.count) stdlib files")
        Self.knownRejections.check(failures: failures, checked: checked)
    }
}
