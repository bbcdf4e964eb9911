import XCTest
@testable import TernReport

/// Summary numbers, axis scales and the rendered page, checked on known logs.
final class ReportSummaryTests: XCTestCase {
    func goodSummary() -> RunSummary {
        RunSummary(log: LogReader.parse(text: ReportLogReaderTests.goodLog, path: "/tmp/good.log"))
    }

    func testSummaryNumbers() {
        let summary = goodSummary()
        XCTAssertEqual(summary.label, "tern translate.py")
        XCTAssertEqual(summary.wallSeconds, 1.1, accuracy: 1e-12)
        XCTAssertEqual(summary.peakRSS, 125_000_000)
        XCTAssertEqual(summary.peakHeap, 90_000_000)
        XCTAssertEqual(summary.minorCount, 1)
        XCTAssertEqual(summary.minorSeconds, 0.002, accuracy: 1e-12)
        XCTAssertEqual(summary.majorCount, 1)
        XCTAssertEqual(summary.majorSeconds, 0.05, accuracy: 1e-12)
        XCTAssertEqual(summary.majorCollections, [MajorCollection(seconds: 0.7, heapBefore: 9e7, heapAfter: 3e7, durationSeconds: 0.05)])
        XCTAssertEqual(summary.loops.compiled, 2)
        XCTAssertEqual(summary.loops.freed, 1)
        XCTAssertEqual(summary.loops.peakAlive, 2)
        XCTAssertEqual(summary.bridges.compiled, 1)
        XCTAssertEqual(summary.bridges.freed, 1)
        XCTAssertEqual(summary.bridges.peakAlive, 1)
        // 4096 + 512 + 8192 bytes alive before the first loop and its bridge are freed.
        XCTAssertEqual(summary.peakCodeBytes, 12800)
        XCTAssertEqual(summary.phaseTotals.map(\.name), ["annotate", "rtype"])
        XCTAssertEqual(summary.phaseTotals[0].seconds, 0.4, accuracy: 1e-12)
        XCTAssertEqual(summary.phaseTotals[1].seconds, 0.5, accuracy: 1e-12)
        XCTAssertEqual(summary.debugSections.first?.name, "jit-optimize")
        XCTAssertEqual(summary.debugSections.first?.seconds ?? 0, 0.02, accuracy: 1e-12)
        // Loops alive is a step series from 0 at the start, held to the end of the run.
        XCTAssertEqual(summary.loops.alive.map(\.value), [0, 1, 2, 1, 1])
        XCTAssertEqual(summary.loops.alive.last?.seconds ?? 0, 1.1, accuracy: 1e-12)
        XCTAssertEqual(summary.rss, [SeriesPoint(0.2, 5e7), SeriesPoint(0.9, 1.2e8)])
    }

    func testNestedPhasesAndUnmatchedEnds() {
        let text = """
        {"ev":"header","t":0,"t0":0}
        {"ev":"phase_start","t":0,"name":"outer"}
        {"ev":"phase_start","t":100,"name":"inner"}
        {"ev":"phase_end","t":150,"name":"stray"}
        {"ev":"phase_end","t":300,"name":"inner"}
        {"ev":"phase_start","t":400,"name":"inner"}
        {"ev":"phase_end","t":500,"name":"inner"}
        {"ev":"phase_end","t":1000,"name":"outer"}
        {"ev":"footer","t":1000,"wall_ns":1000}

        """
        let summary = RunSummary(log: LogReader.parse(text: text))
        XCTAssertEqual(summary.phases.map(\.name), ["outer", "inner", "inner"])
        XCTAssertEqual(summary.phaseTotals.map(\.name), ["outer", "inner"])
        XCTAssertEqual(summary.phaseTotals[1].seconds, 300e-9, accuracy: 1e-15)
        XCTAssertEqual(summary.warnings, ["line 4: phase_end \"stray\" without a matching phase_start"])
    }

    func testSampledLoopCountsAreTheFallback() {
        let text = """
        {"ev":"header","t":0,"t0":0}
        {"ev":"sample","t":100000000,"rss":1,"loops_alive":3,"bridges_alive":1}
        {"ev":"sample","t":200000000,"rss":1,"loops_alive":7,"bridges_alive":2}
        {"ev":"footer","t":300000000,"wall_ns":300000000}

        """
        let summary = RunSummary(log: LogReader.parse(text: text))
        XCTAssertTrue(summary.hasCodeData)
        XCTAssertEqual(summary.loops.peakAlive, 7)
        XCTAssertEqual(summary.bridges.peakAlive, 2)
        XCTAssertEqual(summary.loops.alive.map(\.value), [0, 3, 7, 7])
    }

    func testSecondsAxisUsesOneTwoFiveSteps() {
        let scale = AxisScale(quantity: .seconds, dataMaximum: 117, targetTicks: 10)
        XCTAssertEqual(scale.unitName, "s")
        XCTAssertEqual(scale.ticks, [0, 20, 40, 60, 80, 100, 120])
        XCTAssertEqual(scale.label(40), "40")
        let short = AxisScale(quantity: .seconds, dataMaximum: 1.07, targetTicks: 10)
        XCTAssertEqual(short.ticks.last, 1.2)
        XCTAssertEqual(short.label(0.2), "0.2")
        XCTAssertEqual(short.ticks.count, 7)
        XCTAssertEqual(AxisScale(quantity: .seconds, dataMaximum: 1.003, targetTicks: 10).maximum, 1.0)
        let tiny = AxisScale(quantity: .seconds, dataMaximum: 0.39, targetTicks: 8)
        XCTAssertEqual(tiny.unitName, "ms")
        XCTAssertEqual(tiny.label(0.05), "50")
        XCTAssertEqual(tiny.maximum, 0.4, accuracy: 1e-12)
        let long = AxisScale(quantity: .seconds, dataMaximum: 3600 + 300, targetTicks: 10)
        XCTAssertEqual(long.unitName, "min")
        XCTAssertEqual(long.ticks.map { $0 / 60 }, [0, 10, 20, 30, 40, 50, 60, 70])
    }

    func testByteAxisChoosesUnits() {
        let megabytes = AxisScale(quantity: .bytes, dataMaximum: 168_000_000, targetTicks: 6)
        XCTAssertEqual(megabytes.unitName, "MB")
        XCTAssertEqual(megabytes.ticks.map { $0 / 1e6 }, [0, 50, 100, 150, 200])
        let gigabytes = AxisScale(quantity: .bytes, dataMaximum: 8.3e9, targetTicks: 6)
        XCTAssertEqual(gigabytes.unitName, "GB")
        XCTAssertEqual(gigabytes.ticks.map { $0 / 1e9 }, [0, 2, 4, 6, 8, 10])
        XCTAssertEqual(gigabytes.label(4e9), "4")
        let kilobytes = AxisScale(quantity: .bytes, dataMaximum: 2500, targetTicks: 5)
        XCTAssertEqual(kilobytes.unitName, "KB")
        XCTAssertEqual(kilobytes.label(500), "0.5")
        let fractional = AxisScale(quantity: .bytes, dataMaximum: 1.3e9, targetTicks: 6)
        XCTAssertEqual(fractional.label(2e8), "0.2")
    }

    func testCountAxisNeverUsesFractionsAndEmptyDataStillHasAnAxis() {
        let counts = AxisScale(quantity: .count, dataMaximum: 3, targetTicks: 6)
        XCTAssertEqual(counts.ticks, [0, 1, 2, 3])
        let nothing = AxisScale(quantity: .count, dataMaximum: 0, targetTicks: 6)
        XCTAssertEqual(nothing.ticks, [0, 1])
        XCTAssertEqual(AxisScale(quantity: .bytes, dataMaximum: .nan).ticks.isEmpty, false)
        XCTAssertEqual(AxisScale.niceStep(for: 0.23), 0.5)
        XCTAssertEqual(AxisScale.niceStep(for: 1.0), 1)
        XCTAssertEqual(AxisScale.niceStep(for: 1.7), 2)
        XCTAssertEqual(AxisScale.niceStep(for: 6), 10)
    }

    func testQuantityFormats() {
        XCTAssertEqual(QuantityFormat.bytes(82_200_000), "82.2 MB")
        XCTAssertEqual(QuantityFormat.bytes(1_520_000_000), "1.52 GB")
        XCTAssertEqual(QuantityFormat.bytes(512), "512 B")
        XCTAssertEqual(QuantityFormat.seconds(0.39), "390 ms")
        XCTAssertEqual(QuantityFormat.seconds(12.4), "12.4 s")
        XCTAssertEqual(QuantityFormat.seconds(185), "3 min 05 s")
        XCTAssertEqual(QuantityFormat.bytes(nil), "–")
    }

    func testPhaseLabelsNeverOverlap() {
        let phases = ["annotate", "rtype", "pyjitpl", "backendopt", "stackcheckinsertion", "database_c", "source_c", "compile_c"]
            .enumerated().map { PhaseMarker(name: $0.element, seconds: Double($0.offset) * 0.3, labelColor: "#000") }
        let spec = ChartSpec(id: "c", title: "t", yQuantity: .count, yTitle: "y", xMaximumSeconds: 10,
                             lines: [], phases: phases)
        let chart = SVGChart(spec)
        let placed = chart.layoutPhaseLabels(xScale: AxisScale(quantity: .seconds, dataMaximum: 10, targetTicks: 10))
        XCTAssertEqual(placed.count, 8)
        XCTAssertGreaterThan(placed.map(\.row).max() ?? 0, 0)
        for first in placed {
            for second in placed where first.marker.name < second.marker.name && first.row == second.row {
                let (a, b) = (extent(first, chart), extent(second, chart))
                XCTAssertTrue(a.upperBound <= b.lowerBound || b.upperBound <= a.lowerBound,
                              "\(first.marker.name) overlaps \(second.marker.name)")
            }
        }
    }

    func extent(_ label: SVGChart.PlacedLabel, _ chart: SVGChart) -> ClosedRange<Double> {
        let x = chart.left + label.marker.seconds / 10 * chart.plotWidth
        let width = Double(label.marker.name.count) * SVGChart.characterWidth + 6
        return label.anchorsEnd ? (x - width)...x : x...(x + width)
    }

    func testPageHasBothChartsPhaseLabelsLegendAndRescaledBaseline() {
        let run = goodSummary()
        let baselineText = """
        {"ev":"header","t":0,"t0":0,"source":"record","argv":["python3","translate.py"]}
        {"ev":"sample","t":1000000000,"rss":40000000}
        {"ev":"sample","t":2200000000,"rss":60000000}
        {"ev":"footer","t":2200000000,"wall_ns":2200000000,"peak_rss":60000000,"exit_status":0}

        """
        let baseline = RunSummary(log: LogReader.parse(text: baselineText, path: "cpython.log"))
        let input = ReportInput(title: "A <test>", runs: [run], baseline: baseline)
        let memory = ReportPage.memoryChart(input)
        let baselineLine = memory.lines.first { $0.name.hasPrefix("baseline RSS") }!
        // 2.2 s of CPython drawn over the 1.1 s of the Tern run: time halved.
        XCTAssertEqual(baselineLine.points.last?.seconds ?? 0, 1.1, accuracy: 1e-9)
        XCTAssertTrue(baselineLine.name.contains("real duration 2.20 s"), baselineLine.name)
        XCTAssertEqual(memory.lines.map(\.name), ["RSS", "gc-before", "gc-after", baselineLine.name])
        let page = ReportPage.render(input)
        XCTAssertTrue(page.contains("<title>A &lt;test&gt;</title>"))
        for needle in ["id=\"loops-chart\"", "id=\"memory-chart\"", ">annotate</text>", ">rtype</text>",
                       "data-name=\"loops alive\"", "data-name=\"bridges alive\"", "data-name=\"RSS\"",
                       "data-name=\"gc-before\"", "data-name=\"gc-after\"", "id=\"summary\""] {
            XCTAssertTrue(page.contains(needle), needle)
        }
        XCTAssertFalse(page.contains("<script"))
        XCTAssertFalse(page.contains("http://") && page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
    }

    func testSummaryTextTable() {
        let text = summaryText(runs: [goodSummary()])
        XCTAssertTrue(text.hasPrefix("[1] tern translate.py\n"))
        XCTAssertTrue(text.contains("wall time                              1.10 s"), text)
        XCTAssertTrue(text.contains("loops compiled / freed / peak alive    2 / 1 / 2"), text)
        XCTAssertTrue(text.contains("  rtype                                500 ms (45%)"), text)
        XCTAssertTrue(text.contains("major collections                      1 in 50.0 ms"), text)
    }

    func testUsageErrorsExitWithTwo() {
        XCTAssertEqual(runReportCommand(arguments: []), 2)
        XCTAssertEqual(runReportCommand(arguments: ["a.log"]), 2)
        XCTAssertEqual(runReportCommand(arguments: ["--bogus", "a.log", "-o", "x.html"]), 2)
        XCTAssertEqual(runReportCommand(arguments: ["a.log", "-o"]), 2)
        XCTAssertEqual(runReportCommand(arguments: ["--summary", "/nonexistent/a.log"]), 2)
        XCTAssertEqual(runRecordCommand(arguments: []), 2)
        XCTAssertEqual(runRecordCommand(arguments: ["-o", "x.log"]), 2)
        XCTAssertEqual(runRecordCommand(arguments: ["--", "true"]), 2)
        XCTAssertEqual(runRecordCommand(arguments: ["-o", "x.log", "--interval", "0", "--", "true"]), 2)
    }
}
