// The summary table, built once as rows of text and then printed either as an
// aligned plain-text table (`tern report --summary`) or as HTML by ReportPage.

/// Rows of metric name → one text cell per run; a row with no cells is a section heading.
public struct SummaryTable: Sendable {
    public var columns: [String]
    public var rows: [(metric: String, cells: [String])]

    /// Builds the table for the given runs, in order; phase rows are the union of all phase names.
    public init(runs: [RunSummary]) {
        columns = runs.map(\.label)
        rows = []
        func add(_ metric: String, _ cell: (RunSummary) -> String) { rows.append((metric, runs.map(cell))) }
        add("log file") { RunSummary.baseName($0.path) }
        add("source") { $0.source ?? "unknown" }
        add("wall time") { QuantityFormat.seconds($0.wallSeconds) + ($0.hasFooter ? "" : " (no footer)") }
        add("exit status") { $0.exitStatus.map(String.init) ?? "–" }
        add("peak RSS") { QuantityFormat.bytes($0.peakRSS) }
        add("peak heap") { QuantityFormat.bytes($0.peakHeap) }
        add("minor collections") { SummaryTable.collections($0.minorCount, $0.minorSeconds, $0.source) }
        add("major collections") { SummaryTable.collections($0.majorCount, $0.majorSeconds, $0.source) }
        add("loops compiled / freed / peak alive") { SummaryTable.code($0.loops, $0) }
        add("bridges compiled / freed / peak alive") { SummaryTable.code($0.bridges, $0) }
        add("peak code memory") { $0.source == "record" && $0.peakCodeBytes == nil ? "n/a" : QuantityFormat.bytes($0.peakCodeBytes) }
        var phaseNames: [String] = []
        for run in runs { for phase in run.phaseTotals where !phaseNames.contains(phase.name) { phaseNames.append(phase.name) } }
        if !phaseNames.isEmpty {
            rows.append(("time per phase", []))
            for name in phaseNames {
                add("  " + name) { run in
                    guard let total = run.phaseTotals.first(where: { $0.name == name }) else { return "–" }
                    let share = run.wallSeconds > 0 ? String(format: " (%.0f%%)", 100 * total.seconds / run.wallSeconds) : ""
                    return QuantityFormat.seconds(total.seconds) + share
                }
            }
        }
        var debugNames: [String] = []
        for run in runs { for section in run.debugSections where !debugNames.contains(section.name) { debugNames.append(section.name) } }
        if !debugNames.isEmpty {
            rows.append(("time in debug sections", []))
            for name in debugNames {
                add("  " + name) { run in
                    guard let section = run.debugSections.first(where: { $0.name == name }) else { return "–" }
                    return QuantityFormat.seconds(section.seconds) + " ×\(section.count)"
                }
            }
        }
    }

    /// "12 in 0.35 s"; a recorded foreign process has no collection data at all.
    static func collections(_ count: Int, _ seconds: Double, _ source: String?) -> String {
        if source == "record" && count == 0 { return "n/a" }
        return "\(count) in " + QuantityFormat.seconds(seconds)
    }

    static func code(_ counts: CodeCounts, _ run: RunSummary) -> String {
        if run.source == "record" && !run.hasCodeData { return "n/a" }
        return "\(counts.compiled) / \(counts.freed) / \(counts.peakAlive)"
    }

    /// An aligned text table, one column per run, with a header line and a rule.
    public func renderText() -> String {
        let metricWidth = max(6, rows.map { $0.metric.count }.max() ?? 0)
        var widths = columns.map { min(40, $0.count) }
        for row in rows { for (index, cell) in row.cells.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        func clip(_ text: String, _ width: Int) -> String {
            text.count <= width ? text : String(text.prefix(width - 1)) + "…"
        }
        var lines: [String] = []
        let header = [pad("", metricWidth)] + columns.enumerated().map { pad(clip($0.element, widths[$0.offset]), widths[$0.offset]) }
        lines.append(header.joined(separator: "  "))
        lines.append(String(repeating: "-", count: metricWidth + widths.reduce(0) { $0 + $1 + 2 }))
        for row in rows {
            if row.cells.isEmpty { lines.append(row.metric); continue }
            let cells = row.cells.enumerated().map { pad($0.element, widths[$0.offset]) }
            lines.append(([pad(row.metric, metricWidth)] + cells).joined(separator: "  "))
        }
        return lines.map { $0.replacingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

/// The text printed by `tern report --summary`: a numbered list of runs, then the table.
public func summaryText(runs: [RunSummary], hasBaseline: Bool = false) -> String {
    var text = ""
    for (index, run) in runs.enumerated() {
        let role = hasBaseline && index == runs.count - 1 ? " (baseline)" : ""
        text += "[\(index + 1)] \(run.label)\(role)\n"
    }
    text += "\n"
    var table = SummaryTable(runs: runs)
    table.columns = runs.indices.map { "[\($0 + 1)]" }
    return text + table.renderText()
}
