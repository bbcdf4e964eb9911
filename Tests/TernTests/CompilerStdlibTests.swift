import Foundation
import XCTest
@testable import TernCompiler
import TernSyntax

// Compiles CPython's own standard library (parsed by CPython's ast module) and
// runs the verifier on every code object: jump targets, cache slots, loop
// headers, exception table and stack depth along every path.

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

    func testStandardLibraryCompilesAndVerifies() throws {
        let files = try Self.stdlibFiles()
        let modules = try PythonAST.parseFiles(files)
        XCTAssertEqual(modules.count, files.count)
        var compiled = 0, rejected: [String] = []
        for (path, module) in zip(files, modules) {
            guard let module else { continue }
            do {
                let code = try compile(module, filename: path, mode: .exec)
                let problems = verifyCode(code)
                XCTAssert(problems.isEmpty, "\(path):\n" + problems.prefix(10).joined(separator: "\n"))
                compiled += 1
            } catch let error as SyntaxErrorInfo {
                rejected.append("\(path):\(error.line): \(error.message)")
            }
        }
        print("compiled \(compiled) stdlib files; rejected \(rejected.count):")
        for line in rejected.prefix(40) { print("  " + line) }
        XCTAssertGreaterThan(compiled, files.count * 9 / 10)
    }
}
