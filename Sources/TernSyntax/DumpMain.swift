// Command-line helper: `tern --dump-ast FILE` prints CPython-style ast.dump output.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads each file named in `arguments` (or "-c CODE"), parses it in exec mode and prints
/// its dump on one line (with "--positions" first: including positions; with "--time":
/// only the best parse time of five), or the syntax error as "Kind: message (line L, offset O)". Returns an exit status.
public func astDumpMain(arguments: [String]) -> Int32 {
    var status: Int32 = 0
    var index = 0
    var includePositions = false
    var timeOnly = false
    while index < arguments.count {
        let argument = arguments[index]
        index += 1
        if argument == "--positions" { includePositions = true; continue }
        if argument == "--time" { timeOnly = true; continue }
        let source: String
        let filename: String
        if argument == "-c" && index < arguments.count {
            source = arguments[index]
            filename = "<string>"
            index += 1
        } else {
            guard let text = readWholeFile(argument) else {
                fputs("cannot read \(argument)\n", stderr)
                status = 2
                continue
            }
            source = text
            filename = argument
        }
        do {
            if timeOnly {
                print(try timeParsing(source, filename: filename))
                continue
            }
            let module = try parse(source: source, filename: filename, mode: .exec)
            print(dumpAST(module, includePositions: includePositions, source: source))
        } catch let error as SyntaxErrorInfo {
            print("\(error.kind): \(error.message) (line \(error.line), offset \(error.column))")
            status = 1
        } catch {
            print("error: \(error)")
            status = 1
        }
    }
    return status
}

/// Parses `source` five times and describes the fastest run.
func timeParsing(_ source: String, filename: String) throws -> String {
    let clock = ContinuousClock()
    var best = Duration.seconds(1_000)
    for _ in 0..<5 {
        let elapsed = try clock.measure { _ = try parse(source: source, filename: filename, mode: .exec) }
        best = min(best, elapsed)
    }
    let lines = source.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
    let milliseconds = Double(best.components.attoseconds) / 1e15 + Double(best.components.seconds) * 1000
    return "\(filename): \(lines) lines parsed in \(Int(milliseconds * 10) / 10) ms (best of 5)"
}

/// The contents of a file as UTF-8 text, or nil if it cannot be read.
func readWholeFile(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    // A UTF-8 byte order mark is not part of the source.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    return String(decoding: bytes, as: UTF8.self)
}
