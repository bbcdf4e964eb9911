// Reads a telemetry log (JSON Lines, see docs/telemetry.md) tolerantly: every
// line that can be understood is kept, everything else becomes a warning, and
// nothing in a log can make the reader crash.

import Foundation

/// One event line of a log: its name, its monotonic time and all its members.
public struct LogEvent: Sendable {
    public var name: String
    /// CLOCK_MONOTONIC time in nanoseconds.
    public var time: Int64
    public var fields: [String: JSONValue]
    /// 1-based line number in the file, for warnings.
    public var lineNumber: Int

    public init(name: String, time: Int64, fields: [String: JSONValue], lineNumber: Int) {
        self.name = name
        self.time = time
        self.fields = fields
        self.lineNumber = lineNumber
    }

    /// An integer member, if present and integral.
    public func integer(_ key: String) -> Int64? { fields[key]?.integerValue }

    /// A string member, if present.
    public func string(_ key: String) -> String? { fields[key]?.stringValue }
}

/// Everything read from one log file: events in time order plus what went wrong.
public struct TelemetryLog: Sendable {
    /// The path the log was read from (used for labels and warnings).
    public var path: String
    public var header: LogEvent?
    public var footer: LogEvent?
    /// All understood events (header and footer included), sorted by time, stable.
    public var events: [LogEvent]
    /// Counts of events with names this reader does not know; they are kept in `events`.
    public var unknownEventCounts: [String: Int]
    /// Human-readable problems found, each one sentence.
    public var warnings: [String]

    /// The run's own description: `argv` from the header joined, or the file name.
    public var commandLine: String? {
        guard case .array(let parts)? = header?.fields["argv"] else { return nil }
        let words = parts.compactMap { $0.stringValue }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Where the log came from: "tern", "record" or nil when there is no header.
    public var source: String? { header?.string("source") }
}

/// The event names this version understands; anything else is counted as unknown.
public enum LogFormat {
    /// Version number written in every header's `format` member.
    public static let version: Int64 = 1
    /// Written in headers by `tern record`; the VM's own telemetry writes its version.
    public static let ternVersion = "0.1.0-dev"
    public static let knownEvents: Set<String> = [
        "header", "footer", "sample", "phase_start", "phase_end", "gc_minor", "gc_major",
        "loop_compiled", "loop_freed", "bridge_compiled", "bridge_freed", "debug_start", "debug_stop",
    ]
}

/// Turns the bytes of a log into a `TelemetryLog`.
public enum LogReader {
    /// Reads the file at `path`; a missing or unreadable file throws with a one-line message.
    public static func read(path: String) throws -> TelemetryLog {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw ReportError(isDirectory.boolValue ? "\(path): is a directory" : "\(path): cannot be read")
            }
            throw ReportError("\(path): no such file")
        }
        return parse(bytes: [UInt8](data), path: path)
    }

    /// Parses log text already in memory (used by tests and by `read`).
    public static func parse(text: String, path: String = "<text>") -> TelemetryLog {
        parse(bytes: Array(text.utf8), path: path)
    }

    /// Parses log bytes: splits lines, parses each, collects warnings, sorts by time.
    public static func parse(bytes: [UInt8], path: String) -> TelemetryLog {
        var log = TelemetryLog(path: path, header: nil, footer: nil, events: [], unknownEventCounts: [:], warnings: [])
        var badLines: [Int] = []
        var lineNumber = 0
        var lineStart = 0
        let endsWithNewline = bytes.last == UInt8(ascii: "\n")
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            let isLastLine = lineEnd >= bytes.count
            lineStart = lineEnd + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            switch parseLine(line, lineNumber: lineNumber) {
            case .success(let event):
                log.events.append(event)
            case .failure(let problem):
                if isLastLine && !endsWithNewline {
                    log.warnings.append("line \(lineNumber) is truncated (the file ends in the middle of an event); it was skipped")
                } else {
                    badLines.append(lineNumber)
                    if badLines.count <= 5 { log.warnings.append("line \(lineNumber): \(problem.message); it was skipped") }
                }
            }
        }
        if badLines.count > 5 { log.warnings.append("\(badLines.count - 5) more unreadable lines were skipped") }
        finish(&log)
        return log
    }

    /// Reads one line into an event, or says why it cannot be one.
    static func parseLine(_ line: ArraySlice<UInt8>, lineNumber: Int) -> Result<LogEvent, ReportError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: line)
        } catch let error as JSONParseError {
            return .failure(ReportError("not valid JSON (\(error.message))"))
        } catch {
            return .failure(ReportError("not valid JSON"))
        }
        guard case .object(let members) = value else { return .failure(ReportError("not a JSON object")) }
        guard let name = members["ev"]?.stringValue else { return .failure(ReportError("no \"ev\" member")) }
        guard let time = members["t"]?.integerValue else {
            return .failure(ReportError("event \"\(name)\" has no integer \"t\" member"))
        }
        return .success(LogEvent(name: name, time: time, fields: members, lineNumber: lineNumber))
    }

    /// Sorts events by time, finds header and footer and adds warnings about the whole log.
    private static func finish(_ log: inout TelemetryLog) {
        // Lines written by two writers (the sampler and the program's own phase
        // events) can be a few microseconds out of order; a stable sort fixes that.
        let isSorted = zip(log.events, log.events.dropFirst()).allSatisfy { $0.time <= $1.time }
        if !isSorted {
            log.events = log.events.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        }
        for event in log.events where !LogFormat.knownEvents.contains(event.name) {
            log.unknownEventCounts[event.name, default: 0] += 1
        }
        let headers = log.events.filter { $0.name == "header" }
        let footers = log.events.filter { $0.name == "footer" }
        log.header = headers.first
        log.footer = footers.last
        if log.events.isEmpty {
            log.warnings.append("the log holds no events (empty file or nothing readable)")
            return
        }
        if headers.isEmpty { log.warnings.append("no header event: the start time is taken from the first event") }
        if headers.count > 1 { log.warnings.append("\(headers.count) header events: only the first is used") }
        if footers.isEmpty {
            log.warnings.append("no footer event: the run did not finish cleanly (it crashed, was killed, or is still running); showing what is there")
        }
        if !log.unknownEventCounts.isEmpty {
            let names = log.unknownEventCounts.keys.sorted().map { "\($0) ×\(log.unknownEventCounts[$0]!)" }
            log.warnings.append("unknown events kept but not drawn: " + names.joined(separator: ", "))
        }
        if let format = log.header?.integer("format"), format > LogFormat.version {
            log.warnings.append("the log's format \(format) is newer than this reader's (\(LogFormat.version)); some events may be ignored")
        }
    }
}

/// An error with a one-line message meant for the user.
public struct ReportError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// The exit code `tern record` uses for this failure (127/126 as a shell does for a command it cannot run).
    public var exitCode: Int32
    public init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }
    public var description: String { message }
}
