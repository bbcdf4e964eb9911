// Builds the self-contained HTML report: the two charts of PyPy's jit-free
// report (loops and bridges alive; memory with a rescaled baseline) and the
// summary table. Inline CSS and SVG only: no script, no network.

import Foundation

/// Colours for runs (Okabe–Ito, distinguishable with the common colour-vision deficiencies).
let runColors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
let baselineColor = "#555555"

/// The inputs of one report page.
public struct ReportInput {
    public var title: String
    public var runs: [RunSummary]
    public var baseline: RunSummary?

    public init(title: String, runs: [RunSummary], baseline: RunSummary?) {
        self.title = title
        self.runs = runs
        self.baseline = baseline
    }
}

/// Renders a `ReportInput` as one HTML page.
public enum ReportPage {
    static func color(_ index: Int) -> String { runColors[index % runColors.count] }

    /// The longest run, which sets the width of the time axis (the baseline is rescaled to it).
    static func timeSpan(_ input: ReportInput) -> Double {
        let longest = input.runs.map(\.drawnSeconds).max() ?? 0
        return longest > 0 ? longest : (input.baseline?.drawnSeconds ?? 0)
    }

    /// Phase starts of every run; labels carry the run colour when several runs share a chart.
    static func phaseMarkers(_ input: ReportInput) -> [PhaseMarker] {
        var markers: [PhaseMarker] = []
        for (index, run) in input.runs.enumerated() {
            let labelColor = input.runs.count > 1 ? color(index) : "#333333"
            for phase in run.phases {
                markers.append(PhaseMarker(name: phase.name, seconds: phase.startSeconds, labelColor: labelColor))
            }
        }
        return markers
    }

    static func phaseLegendText(_ input: ReportInput) -> String {
        input.runs.count > 1 ? "phase start (label in the colour of its run)" : "phase start"
    }

    /// Chart 1: loops and bridges alive over time, one pair of step lines per run.
    public static func loopsChart(_ input: ReportInput) -> ChartSpec {
        var lines: [ChartLine] = []
        let suffix = input.runs.count > 1
        for (index, run) in input.runs.enumerated() where run.hasCodeData {
            let name = suffix ? " — \(run.label)" : ""
            lines.append(ChartLine(name: "loops alive" + name, color: color(index), points: run.loops.alive,
                                   strokeWidth: 2.2, isStep: true,
                                   tooltip: "\(run.label): peak \(run.loops.peakAlive) loops alive", startsLegendRow: true,
                                   legendHeading: suffix ? run.label : nil, legendText: "loops alive"))
            if !run.bridges.alive.isEmpty {
                lines.append(ChartLine(name: "bridges alive" + name, color: color(index), points: run.bridges.alive,
                                       stroke: .dashed, strokeWidth: 1.6, isStep: true,
                                       tooltip: "\(run.label): peak \(run.bridges.peakAlive) bridges alive",
                                       legendText: "bridges alive"))
            }
        }
        var spec = ChartSpec(id: "loops-chart", title: "Loops and bridges alive over time", yQuantity: .count,
                             yTitle: "loops and bridges alive", xMaximumSeconds: timeSpan(input), lines: lines,
                             phases: phaseMarkers(input),
                             emptyMessage: "No loop or bridge events in these logs (runs recorded with tern record, or with the JIT off)")
        if lines.isEmpty { spec.plotHeight = 170 }
        spec.phaseLegendText = phaseLegendText(input)
        return spec
    }

    /// Chart 2: RSS, heap before/after each major collection, and the rescaled baseline RSS.
    public static func memoryChart(_ input: ReportInput) -> ChartSpec {
        var lines: [ChartLine] = []
        let suffix = input.runs.count > 1
        for (index, run) in input.runs.enumerated() {
            let name = suffix ? " — \(run.label)" : ""
            let firstOfRun = lines.count
            if !run.rss.isEmpty {
                lines.append(ChartLine(name: "RSS" + name, color: color(index), points: run.rss, strokeWidth: 2.2,
                                       tooltip: "\(run.label): peak RSS \(QuantityFormat.bytes(run.peakRSS))",
                                       legendText: "RSS"))
            }
            if !run.majorCollections.isEmpty {
                lines.append(ChartLine(name: "gc-before" + name, color: color(index),
                                       points: run.majorCollections.map { SeriesPoint($0.seconds, $0.heapBefore) },
                                       stroke: .dotted, strokeWidth: 1.4, marker: .triangleUp,
                                       tooltip: "\(run.label): heap before each major collection", legendText: "gc-before"))
                lines.append(ChartLine(name: "gc-after" + name, color: color(index),
                                       points: run.majorCollections.map { SeriesPoint($0.seconds, $0.heapAfter) },
                                       stroke: .dotted, strokeWidth: 1.4, marker: .triangleDown,
                                       tooltip: "\(run.label): heap after each major collection", legendText: "gc-after"))
            }
            if lines.count > firstOfRun && suffix { lines[firstOfRun].legendHeading = run.label }
        }
        if let baseline = input.baseline, !baseline.rss.isEmpty {
            let span = timeSpan(input)
            let factor = baseline.drawnSeconds > 0 && span > 0 ? span / baseline.drawnSeconds : 1
            let points = baseline.rss.map { SeriesPoint($0.seconds * factor, $0.value) }
            let name = "baseline RSS: \(baseline.label) (real duration \(QuantityFormat.seconds(baseline.wallSeconds)), time ×\(QuantityFormat.significant(factor)))"
            lines.append(ChartLine(name: name, color: baselineColor, points: points, stroke: .dashDot, strokeWidth: 1.8,
                                   tooltip: "\(baseline.label): peak RSS \(QuantityFormat.bytes(baseline.peakRSS)), rescaled in time to the same width",
                                   startsLegendRow: true))
        }
        var spec = ChartSpec(id: "memory-chart", title: "Memory over time", yQuantity: .bytes, yTitle: "memory",
                             xMaximumSeconds: timeSpan(input), lines: lines, phases: phaseMarkers(input),
                             emptyMessage: "No memory samples in these logs")
        spec.phaseLegendText = phaseLegendText(input)
        return spec
    }

    /// The whole page.
    public static func render(_ input: ReportInput, generatedAt: Date = Date()) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escapeXML(input.title))</title>
        <style>\(styleSheet)</style>
        </head>
        <body>
        <header>
        <h1>\(escapeXML(input.title))</h1>
        <p class="subtitle">Generated by tern report on \(escapeXML(isoDate(generatedAt))) from \(input.runs.count) log\(input.runs.count == 1 ? "" : "s")\(input.baseline == nil ? "" : " and a baseline").</p>
        </header>

        """
        html += runList(input)
        html += warningList(input)
        html += "<section class=\"chart-section\">\n<h2>Loops and bridges alive</h2>\n"
        html += "<p class=\"explain\">Compiled loops and bridges alive at each moment; grey bars mark where each phase of the program begins.</p>\n"
        html += SVGChart(loopsChart(input)).render() + "\n</section>\n"
        html += "<section class=\"chart-section\">\n<h2>Memory</h2>\n"
        html += "<p class=\"explain\">Resident set size sampled over time, the GC heap before and after each major collection"
        html += input.baseline == nil ? ".</p>\n" : ", and the baseline's RSS with its time axis stretched to the same width.</p>\n"
        html += SVGChart(memoryChart(input)).render() + "\n</section>\n"
        html += summarySection(input)
        html += "<footer>Byte units are decimal (1 MB = 10<sup>6</sup> bytes). Log format: docs/telemetry.md.</footer>\n</body>\n</html>\n"
        return html
    }

    static let baselineSwatch = "<svg class=\"swatch-line\" width=\"22\" height=\"10\"><line x1=\"0\" x2=\"22\" y1=\"5\" y2=\"5\" stroke=\"\(baselineColor)\" stroke-width=\"2\" stroke-dasharray=\"9 3 2 3\"/></svg>"

    static func runList(_ input: ReportInput) -> String {
        var html = "<ul class=\"runs\">\n"
        for (index, run) in input.runs.enumerated() {
            html += "<li><span class=\"swatch\" style=\"background:\(color(index))\"></span><b>\(escapeXML(run.label))</b>"
            html += " <span class=\"muted\">\(escapeXML(run.path)) · \(escapeXML(run.source ?? "unknown source")) · \(QuantityFormat.seconds(run.wallSeconds))</span></li>\n"
        }
        if let baseline = input.baseline {
            html += "<li>\(baselineSwatch)<b>baseline: \(escapeXML(baseline.label))</b>"
            html += " <span class=\"muted\">\(escapeXML(baseline.path)) · \(escapeXML(baseline.source ?? "unknown source")) · \(QuantityFormat.seconds(baseline.wallSeconds))</span></li>\n"
        }
        return html + "</ul>\n"
    }

    static func warningList(_ input: ReportInput) -> String {
        let all = (input.runs + (input.baseline.map { [$0] } ?? [])).flatMap { run in run.warnings.map { (run.path, $0) } }
        guard !all.isEmpty else { return "" }
        var html = "<div class=\"warnings\" id=\"warnings\"><b>Warnings</b>\n<ul>\n"
        for (path, warning) in all { html += "<li><code>\(escapeXML(path))</code>: \(escapeXML(warning))</li>\n" }
        return html + "</ul></div>\n"
    }

    static func summarySection(_ input: ReportInput) -> String {
        let runs = input.runs + (input.baseline.map { [$0] } ?? [])
        let table = SummaryTable(runs: runs)
        var html = "<section>\n<h2>Summary</h2>\n<table id=\"summary\">\n<thead><tr><th></th>"
        for (index, column) in table.columns.enumerated() {
            let isBaseline = input.baseline != nil && index == runs.count - 1
            let swatch = isBaseline ? "\(baselineSwatch)" : "<span class=\"swatch\" style=\"background:\(color(index))\"></span>"
            html += "<th>\(swatch)\(isBaseline ? "baseline: " : "")\(escapeXML(column))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            if row.cells.isEmpty {
                html += "<tr class=\"group\"><th colspan=\"\(runs.count + 1)\">\(escapeXML(row.metric))</th></tr>\n"
                continue
            }
            let isNested = row.metric.hasPrefix("  ")
            html += "<tr><th class=\"\(isNested ? "nested" : "")\">\(escapeXML(row.metric.trimmingCharacters(in: .whitespaces)))</th>"
            html += row.cells.map { "<td>\(escapeXML($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    static func isoDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }

    static let styleSheet = """

    body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222; background: #fafafa; margin: 0 auto; padding: 24px 32px; max-width: 1260px; }
    h1 { font-size: 26px; margin: 0 0 4px 0; }
    h2 { font-size: 19px; margin: 0 0 4px 0; }
    .subtitle, .muted, .explain { color: #666; font-size: 13px; }
    .explain { margin: 0 0 8px 0; }
    section { background: #fff; border: 1px solid #e2e2e2; border-radius: 6px; padding: 16px 18px; margin: 18px 0; }
    ul.runs { list-style: none; padding: 0; margin: 12px 0; font-size: 14px; }
    ul.runs li { margin: 4px 0; }
    .swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; margin-right: 8px; vertical-align: -2px; }
    .swatch-line { margin-right: 6px; vertical-align: 0; }
    .warnings { background: #fff6db; border: 1px solid #e8c65a; border-radius: 6px; padding: 10px 16px; font-size: 13px; }
    .warnings ul { margin: 6px 0 0 0; padding-left: 20px; }
    svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
    svg .plot-area { fill: #fff; stroke: none; }
    svg .grid { stroke: #e6e6e6; stroke-width: 1; }
    svg .axis { stroke: #444; stroke-width: 1.2; }
    svg .tick { font-size: 12px; fill: #444; }
    svg .axis-title { font-size: 13px; fill: #333; }
    svg .phase-bar { fill: #9a9a9a; opacity: 0.55; }
    svg .phase-leader { stroke: #bbb; stroke-width: 1; stroke-dasharray: 2 2; }
    svg .phase-label { font-size: 11.5px; }
    svg .legend-text { font-size: 12.5px; fill: #222; }
    svg .legend-heading { font-size: 12.5px; font-weight: bold; }
    svg .empty-message { font-size: 15px; fill: #777; }
    svg .empty-backdrop { fill: #fff; opacity: 0.92; }
    table { border-collapse: collapse; font-size: 13.5px; width: 100%; }
    th, td { padding: 5px 10px; border-bottom: 1px solid #eee; text-align: right; white-space: nowrap; }
    thead th { border-bottom: 2px solid #ccc; vertical-align: bottom; white-space: normal; }
    tbody th { text-align: left; font-weight: normal; color: #333; }
    tbody th.nested { padding-left: 26px; }
    tr.group th { font-weight: bold; padding-top: 12px; }
    td { font-variant-numeric: tabular-nums; }
    footer { color: #888; font-size: 12px; margin-top: 8px; }

    """
}
