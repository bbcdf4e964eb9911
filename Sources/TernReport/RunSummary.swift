// Derives from one log the numbers of the summary table and the time series the
// charts draw. All times here are seconds since the run's start (header `t0`).

/// A point of a time series: seconds since the start, and a value.
public struct SeriesPoint: Equatable, Sendable {
    public var seconds: Double
    public var value: Double
    public init(_ seconds: Double, _ value: Double) {
        self.seconds = seconds
        self.value = value
    }
}

/// One phase of the run as marked by the program: start, end and name.
public struct PhaseSpan: Equatable, Sendable {
    public var name: String
    public var startSeconds: Double
    public var endSeconds: Double
    /// False when no `phase_end` was found and the end is the end of the log.
    public var isClosed: Bool
}

/// One major collection: when it ended, heap before and after, how long it took.
public struct MajorCollection: Equatable, Sendable {
    public var seconds: Double
    public var heapBefore: Double
    public var heapAfter: Double
    public var durationSeconds: Double
}

/// Counts for one kind of compiled code (loops or bridges).
public struct CodeCounts: Equatable, Sendable {
    public var compiled = 0
    public var freed = 0
    public var peakAlive = 0
    /// Number alive over time, a step series.
    public var alive: [SeriesPoint] = []
}

/// The summary and series of one run, ready to draw or print.
public struct RunSummary: Sendable {
    public var label: String
    public var path: String
    public var source: String?
    public var warnings: [String]
    public var wallSeconds: Double
    /// True when the wall time comes from the footer, false when it is the span of the events.
    public var hasFooter: Bool
    public var exitStatus: Int64?
    public var peakRSS: Double?
    public var peakHeap: Double?
    /// Peak bytes owned by compiled loops and bridges (from their events, or sampled `code_bytes`).
    public var peakCodeBytes: Double?
    public var minorCount = 0
    public var minorSeconds = 0.0
    public var majorCount = 0
    public var majorSeconds = 0.0
    public var loops = CodeCounts()
    public var bridges = CodeCounts()
    /// True when the log has any loop or bridge information (events or sampled counts).
    public var hasCodeData = false
    public var phases: [PhaseSpan] = []
    public var rss: [SeriesPoint] = []
    public var heap: [SeriesPoint] = []
    public var majorCollections: [MajorCollection] = []
    /// Total time per `debug_start`/`debug_stop` name, in first-seen order.
    public var debugSections: [(name: String, seconds: Double, count: Int)] = []

    /// Builds the summary of `log`; `label` overrides the label taken from the command line.
    public init(log: TelemetryLog, label: String? = nil) {
        path = log.path
        source = log.source
        warnings = log.warnings
        self.label = label ?? RunSummary.defaultLabel(for: log)
        let startTime = log.header?.integer("t0") ?? log.header?.time ?? log.events.first?.time ?? 0
        func seconds(_ time: Int64) -> Double { Double(time &- startTime) / 1e9 }
        let lastTime = log.events.last?.time ?? startTime
        hasFooter = log.footer != nil
        if let wall = log.footer?.integer("wall_ns") {
            wallSeconds = Double(wall) / 1e9
        } else {
            wallSeconds = max(0, seconds(log.footer?.time ?? lastTime))
        }
        exitStatus = log.footer?.integer("exit_status")
        if let footerPeak = log.footer?.integer("peak_rss") { peakRSS = Double(footerPeak) }

        var loopsAliveNow = 0, bridgesAliveNow = 0
        var codeBytesAlive: Int64 = 0
        var sampledLoops: [SeriesPoint] = [], sampledBridges: [SeriesPoint] = []
        var openPhases: [(name: String, start: Double)] = []
        var openDebug: [(name: String, start: Double)] = []
        for event in log.events {
            let at = seconds(event.time)
            switch event.name {
            case "sample":
                if let bytes = event.integer("rss") {
                    rss.append(SeriesPoint(at, Double(bytes)))
                    peakRSS = max(peakRSS ?? 0, Double(bytes))
                }
                if let bytes = event.integer("heap") {
                    heap.append(SeriesPoint(at, Double(bytes)))
                    peakHeap = max(peakHeap ?? 0, Double(bytes))
                }
                if let bytes = event.integer("code_bytes") { peakCodeBytes = max(peakCodeBytes ?? 0, Double(bytes)) }
                if let count = event.integer("loops_alive") { sampledLoops.append(SeriesPoint(at, Double(count))) }
                if let count = event.integer("bridges_alive") { sampledBridges.append(SeriesPoint(at, Double(count))) }
            case "gc_minor":
                minorCount += 1
                minorSeconds += Double(event.integer("duration_ns") ?? 0) / 1e9
                if let before = event.integer("heap_before") { peakHeap = max(peakHeap ?? 0, Double(before)) }
            case "gc_major":
                majorCount += 1
                let duration = Double(event.integer("duration_ns") ?? 0) / 1e9
                majorSeconds += duration
                if let before = event.integer("heap_before"), let after = event.integer("heap_after") {
                    majorCollections.append(MajorCollection(seconds: at, heapBefore: Double(before),
                                                            heapAfter: Double(after), durationSeconds: duration))
                    peakHeap = max(peakHeap ?? 0, Double(before))
                }
            case "loop_compiled", "loop_freed", "bridge_compiled", "bridge_freed":
                let isCompile = event.name.hasSuffix("_compiled")
                codeBytesAlive &+= (isCompile ? 1 : -1) &* (event.integer("bytes") ?? 0)
                if event.integer("bytes") != nil { peakCodeBytes = max(peakCodeBytes ?? 0, Double(codeBytesAlive)) }
                if event.name.hasPrefix("loop") {
                    RunSummary.count(&loops, isCompile: isCompile, at: at, aliveNow: &loopsAliveNow)
                } else {
                    RunSummary.count(&bridges, isCompile: isCompile, at: at, aliveNow: &bridgesAliveNow)
                }
            case "phase_start":
                openPhases.append((event.string("name") ?? "?", at))
            case "phase_end":
                let name = event.string("name")
                // A phase_end closes the innermost open phase of the same name; without a name, the innermost one.
                let index = name == nil ? openPhases.indices.last : openPhases.lastIndex { $0.name == name }
                if let index {
                    let open = openPhases.remove(at: index)
                    phases.append(PhaseSpan(name: open.name, startSeconds: open.start, endSeconds: at, isClosed: true))
                } else {
                    warnings.append("line \(event.lineNumber): phase_end \"\(name ?? "?")\" without a matching phase_start")
                }
            case "debug_start":
                openDebug.append((event.string("name") ?? "?", at))
            case "debug_stop":
                let name = event.string("name") ?? "?"
                if let index = openDebug.lastIndex(where: { $0.name == name }) {
                    let open = openDebug.remove(at: index)
                    addDebugTime(name: name, seconds: at - open.start)
                }
            default:
                break
            }
        }
        let endSeconds = max(wallSeconds, seconds(lastTime))
        for open in openPhases {
            phases.append(PhaseSpan(name: open.name, startSeconds: open.start, endSeconds: endSeconds, isClosed: false))
        }
        if !openPhases.isEmpty {
            warnings.append("phase \(openPhases.map { "\"\($0.name)\"" }.joined(separator: ", ")) never ended; counted up to the end of the log")
        }
        phases.sort { $0.startSeconds < $1.startSeconds }

        // Compile/free events are exact; sampled counts are the fallback when a log has none.
        if loops.alive.isEmpty && !sampledLoops.isEmpty {
            loops.alive = sampledLoops
            loops.peakAlive = Int(sampledLoops.map(\.value).max() ?? 0)
        }
        if bridges.alive.isEmpty && !sampledBridges.isEmpty {
            bridges.alive = sampledBridges
            bridges.peakAlive = Int(sampledBridges.map(\.value).max() ?? 0)
        }
        hasCodeData = !loops.alive.isEmpty || !bridges.alive.isEmpty
        // A step series starts at zero at time zero and holds its last value to the end.
        for index in [0, 1] {
            var series = index == 0 ? loops.alive : bridges.alive
            guard !series.isEmpty else { continue }
            if series[0].seconds > 0 { series.insert(SeriesPoint(0, 0), at: 0) }
            if let last = series.last, last.seconds < endSeconds { series.append(SeriesPoint(endSeconds, last.value)) }
            if index == 0 { loops.alive = series } else { bridges.alive = series }
        }
    }

    /// Counts one compile or free event of a loop or bridge and extends its alive series.
    private static func count(_ counts: inout CodeCounts, isCompile: Bool, at seconds: Double, aliveNow: inout Int) {
        if isCompile { counts.compiled += 1 } else { counts.freed += 1 }
        aliveNow += isCompile ? 1 : -1
        counts.peakAlive = max(counts.peakAlive, aliveNow)
        counts.alive.append(SeriesPoint(seconds, Double(aliveNow)))
    }

    private mutating func addDebugTime(name: String, seconds: Double) {
        if let index = debugSections.firstIndex(where: { $0.name == name }) {
            debugSections[index].seconds += seconds
            debugSections[index].count += 1
        } else {
            debugSections.append((name, seconds, 1))
        }
    }

    /// Total time per phase name, in order of first start (a phase run twice is added up).
    public var phaseTotals: [(name: String, seconds: Double)] {
        var totals: [(name: String, seconds: Double)] = []
        for phase in phases {
            let duration = phase.endSeconds - phase.startSeconds
            if let index = totals.firstIndex(where: { $0.name == phase.name }) {
                totals[index].seconds += duration
            } else {
                totals.append((phase.name, duration))
            }
        }
        return totals
    }

    /// The run's length for drawing: the wall time, or the last point if that is later.
    public var drawnSeconds: Double {
        let lastPoint = [rss.last?.seconds, heap.last?.seconds, loops.alive.last?.seconds,
                         bridges.alive.last?.seconds, majorCollections.last?.seconds,
                         phases.map(\.endSeconds).max()].compactMap { $0 }.max() ?? 0
        return max(wallSeconds, lastPoint)
    }

    /// A short label: the program's command line without directories, else the file name.
    static func defaultLabel(for log: TelemetryLog) -> String {
        guard case .array(let parts)? = log.header?.fields["argv"] else { return baseName(log.path) }
        var words = parts.compactMap(\.stringValue)
        guard !words.isEmpty else { return baseName(log.path) }
        words = words.map { $0.hasPrefix("-") ? $0 : baseName($0) }
        let text = words.joined(separator: " ")
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
