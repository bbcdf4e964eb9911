// Command-line entry points for `tern report` and `tern record`: argument
// parsing with one-line usage errors (exit code 2, as CPython's own CLI and
// argparse do), then the work is handed to the reader, the page and the recorder.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Foundation

let reportUsage = """
usage: tern report LOG... -o FILE [--baseline LOG] [--title TEXT]
       tern report --summary LOG... [--baseline LOG]

Draws loops and bridges alive and memory over time from Tern telemetry logs
(docs/telemetry.md) as one self-contained HTML page.

options:
  -o, --output FILE   write the HTML report to FILE
  --summary           print the summary table as text instead
  --baseline LOG      a run (e.g. CPython under tern record) whose RSS is drawn
                      rescaled in time to the same width
  --title TEXT        the page title (default: "Tern run report")
  -h, --help          show this help and exit

"""

let recordUsage = """
usage: tern record -o LOG [--interval MS] -- COMMAND [ARGS...]

Runs COMMAND, samples the resident memory of its process tree every 10 ms and
writes a Tern telemetry log. The child finds the log's path in TERN_LOG and may
append its own phase_start/phase_end events to it. The exit status of COMMAND
is passed on.

options:
  -o, --output LOG    the log to write (created or truncated)
  --interval MS       sampling interval in milliseconds (default 10)
  -h, --help          show this help and exit

"""

/// Prints one line to stderr.
func printError(_ line: String) {
    FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
}

/// A usage problem; the message is printed after "tern report: error: ".
struct UsageError: Error {
    var message: String
}

/// Parsed options of `tern report`.
struct ReportOptions {
    var logPaths: [String] = []
    var outputPath: String?
    var baselinePath: String?
    var title = "Tern run report"
    var summaryOnly = false
    var wantsHelp = false
}

/// Reads `--name VALUE`, `--name=VALUE` and `-o VALUE`/`-oVALUE` forms.
struct ArgumentCursor {
    var arguments: [String]
    var index = 0

    mutating func next() -> String? {
        guard index < arguments.count else { return nil }
        defer { index += 1 }
        return arguments[index]
    }

    /// The value of an option: after '=' in the same word, or the next word.
    mutating func value(for option: String, inlineValue: String?) throws -> String {
        if let inlineValue { return inlineValue }
        guard let value = next() else { throw UsageError(message: "argument \(option): expected one argument") }
        return value
    }
}

/// Splits "--name=value" into name and value; other words come back unchanged.
func splitOption(_ word: String) -> (String, String?) {
    if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }
    if word.hasPrefix("-o"), word.count > 2, !word.hasPrefix("--") {
        return ("-o", String(word.dropFirst(2)))
    }
    return (word, nil)
}

func parseReportOptions(_ arguments: [String]) throws -> ReportOptions {
    var options = ReportOptions()
    var cursor = ArgumentCursor(arguments: arguments)
    var onlyPaths = false
    while let word = cursor.next() {
        if onlyPaths || word == "-" || !word.hasPrefix("-") {
            options.logPaths.append(word)
            continue
        }
        let (name, inlineValue) = splitOption(word)
        switch name {
        case "--": onlyPaths = true
        case "-h", "--help": options.wantsHelp = true
        case "-o", "--output": options.outputPath = try cursor.value(for: name, inlineValue: inlineValue)
        case "--baseline": options.baselinePath = try cursor.value(for: name, inlineValue: inlineValue)
        case "--title": options.title = try cursor.value(for: name, inlineValue: inlineValue)
        case "--summary": options.summaryOnly = true
        default: throw UsageError(message: "unrecognized argument \(word)")
        }
    }
    if options.wantsHelp { return options }
    if options.logPaths.isEmpty { throw UsageError(message: "no log files given (usage: tern report LOG... -o FILE)") }
    if !options.summaryOnly && options.outputPath == nil {
        throw UsageError(message: "-o FILE is required to write the report (or use --summary)")
    }
    return options
}

/// Reads logs into summaries, giving each a label unique within the report.
func loadRuns(_ paths: [String]) throws -> [RunSummary] {
    var runs = try paths.map { RunSummary(log: try LogReader.read(path: $0)) }
    for index in runs.indices where runs.filter({ $0.label == runs[index].label }).count > 1 {
        runs[index].label += " [\(RunSummary.baseName(runs[index].path))]"
    }
    return runs
}

/// Runs `tern report ARGS...`; returns the process exit code.
public func runReportCommand(arguments: [String]) -> Int32 {
    let options: ReportOptions
    do {
        options = try parseReportOptions(arguments)
    } catch let error as UsageError {
        printError("tern report: error: \(error.message)")
        return 2
    } catch {
        printError("tern report: error: \(error)")
        return 2
    }
    if options.wantsHelp {
        print(reportUsage, terminator: "")
        return 0
    }
    do {
        let runs = try loadRuns(options.logPaths)
        var baseline = try options.baselinePath.map { RunSummary(log: try LogReader.read(path: $0)) }
        if baseline != nil && runs.contains(where: { $0.label == baseline!.label }) {
            baseline!.label += " [\(RunSummary.baseName(baseline!.path))]"
        }
        for run in runs + (baseline.map { [$0] } ?? []) {
            for warning in run.warnings { printError("tern report: warning: \(run.path): \(warning)") }
        }
        if options.summaryOnly {
            print(summaryText(runs: runs + (baseline.map { [$0] } ?? []), hasBaseline: baseline != nil), terminator: "")
            return 0
        }
        let page = ReportPage.render(ReportInput(title: options.title, runs: runs, baseline: baseline))
        let outputPath = options.outputPath!
        do {
            try page.write(toFile: outputPath, atomically: true, encoding: .utf8)
        } catch {
            printError("tern report: error: cannot write \(outputPath)")
            return 1
        }
        print("tern report: wrote \(outputPath)")
        return 0
    } catch let error as ReportError {
        printError("tern report: error: \(error.message)")
        return 2
    } catch {
        printError("tern report: error: \(error)")
        return 1
    }
}

func parseRecordOptions(_ arguments: [String]) throws -> (RecordOptions?, wantsHelp: Bool) {
    var cursor = ArgumentCursor(arguments: arguments)
    var logPath: String?
    var interval: Int64 = 10_000_000
    var command: [String] = []
    while let word = cursor.next() {
        if word == "--" {
            command = Array(arguments[cursor.index...])
            break
        }
        if !word.hasPrefix("-") {
            command = Array(arguments[(cursor.index - 1)...])
            break
        }
        let (name, inlineValue) = splitOption(word)
        switch name {
        case "-h", "--help": return (nil, true)
        case "-o", "--output": logPath = try cursor.value(for: name, inlineValue: inlineValue)
        case "--interval":
            let text = try cursor.value(for: name, inlineValue: inlineValue)
            guard let milliseconds = Double(text), milliseconds >= 1, milliseconds <= 60_000 else {
                throw UsageError(message: "argument --interval: expected milliseconds between 1 and 60000, got '\(text)'")
            }
            interval = Int64(milliseconds * 1e6)
        default: throw UsageError(message: "unrecognized argument \(word)")
        }
    }
    guard let logPath else { throw UsageError(message: "-o LOG is required (usage: tern record -o LOG -- COMMAND [ARGS...])") }
    if command.isEmpty { throw UsageError(message: "no command given (usage: tern record -o LOG -- COMMAND [ARGS...])") }
    return (RecordOptions(logPath: logPath, command: command, intervalNanoseconds: interval), false)
}

/// Runs `tern record ARGS...`; returns the process exit code (the command's own, when it ran).
public func runRecordCommand(arguments: [String]) -> Int32 {
    do {
        let (options, wantsHelp) = try parseRecordOptions(arguments)
        if wantsHelp {
            print(recordUsage, terminator: "")
            return 0
        }
        return try record(options!)
    } catch let error as UsageError {
        printError("tern record: error: \(error.message)")
        return 2
    } catch let error as ReportError {
        printError("tern record: error: \(error.message)")
        return error.exitCode
    } catch {
        printError("tern record: error: \(error)")
        return 1
    }
}
