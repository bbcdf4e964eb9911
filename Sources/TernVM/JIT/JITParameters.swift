#if canImport(Glibc)
import Glibc
#endif

// The JIT's settings, with PyPy's names (docs/jit.md explains each):
//   threshold        iterations of a loop before it is traced
//   trace_eagerness  failures of one guard before its exits count as hot (bridges)
//   trace_limit      operations a trace may record before it is aborted
//   loop_longevity   generations a compiled loop may go unrun before it is freed (0: never)
//   max_code         bytes of machine code alive at most; the least recently run loops make room
//   off / on         `--jit off` runs the interpreter alone
// Set with `--jit threshold=200,trace_limit=4000` or TERN_JIT="threshold=1".

public struct JITParameters: Equatable {
    public var enabled = true
    public var threshold = 1039
    public var functionThreshold = 1619
    public var traceEagerness = 200
    public var traceLimit = 6000
    public var loopLongevity = 400
    /// Bytes of machine code alive at most (0: no budget).
    public var maxCode = 16 << 20

    public init() {}

    static let names = ["threshold", "function_threshold", "trace_eagerness", "trace_limit", "loop_longevity", "max_code"]

    /// Applies `off`, `on` or `name=value` settings separated by commas; returns an error message for a bad one.
    public mutating func apply(_ settings: String) -> String? {
        for setting in settings.split(separator: ",") where !setting.isEmpty {
            if setting == "off" { enabled = false; continue }
            if setting == "on" { enabled = true; continue }
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return "tern: --jit setting '\(setting)' is not off, on or name=value" }
            if parts[0] == "max_code" {
                guard let bytes = GCParameters.parseSize(parts[1]) else {
                    return "tern: jit max_code must be a size such as 4MB, 512KB or 100000, not '\(parts[1])'"
                }
                maxCode = bytes
                continue
            }
            guard let number = Int(parts[1]), number >= 0, number < Int(Int32.max) else {
                return "tern: jit \(parts[0]) must be a whole number, not '\(parts[1])'"
            }
            switch parts[0] {
            case "threshold": threshold = max(1, number)
            case "function_threshold": functionThreshold = max(1, number)
            case "trace_eagerness": traceEagerness = max(1, number)
            case "trace_limit": traceLimit = max(10, number)
            case "loop_longevity": loopLongevity = number
            default: return "tern: unknown jit setting '\(parts[0])' (known: off, on, \(JITParameters.names.joined(separator: ", ")))"
            }
        }
        return nil
    }

    /// Applies TERN_JIT (the same text as `--jit`).
    public mutating func applyEnvironment() -> String? {
        guard let text = getenv("TERN_JIT") else { return nil }
        return apply(String(cString: text))
    }

    /// The settings as JSON, for the telemetry log's header.
    var json: String {
        "{\"enabled\":\(enabled),\"threshold\":\(threshold),\"function_threshold\":\(functionThreshold),\"trace_eagerness\":\(traceEagerness),\"trace_limit\":\(traceLimit),\"loop_longevity\":\(loopLongevity),\"max_code\":\(maxCode)}"
    }
}
