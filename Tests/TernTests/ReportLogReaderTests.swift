import XCTest
@testable import TernReport

/// The log reader keeps what it can read and turns every problem into a warning.
final class ReportLogReaderTests: XCTestCase {
    static let goodLog = """
    {"ev":"header","t":1000000000,"format":1,"source":"tern","tern_version":"0.1.0","argv":["tern","/home/me/translate.py"],"pid":7,"t0":1000000000,"wall_t0_ns":1795600053408211602,"gc":{"nursery":4194304},"jit":{"threshold":1039}}
    {"ev":"phase_start","t":1100000000,"name":"annotate"}
    {"ev":"sample","t":1200000000,"rss":50000000,"heap":20000000,"loops_alive":0}
    {"ev":"loop_compiled","t":1300000000,"id":1,"bytes":4096}
    {"ev":"bridge_compiled","t":1350000000,"id":2,"bytes":512,"parent":1}
    {"ev":"gc_minor","t":1400000000,"heap_before":21000000,"heap_after":20500000,"duration_ns":2000000}
    {"ev":"phase_end","t":1500000000,"name":"annotate"}
    {"ev":"phase_start","t":1500000000,"name":"rtype"}
    {"ev":"loop_compiled","t":1600000000,"id":3,"bytes":8192}
    {"ev":"gc_major","t":1700000000,"heap_before":90000000,"heap_after":30000000,"duration_ns":50000000,"next_threshold":54600000}
    {"ev":"debug_start","t":1710000000,"name":"jit-optimize"}
    {"ev":"debug_stop","t":1730000000,"name":"jit-optimize"}
    {"ev":"loop_freed","t":1800000000,"id":1,"bytes":4096}
    {"ev":"bridge_freed","t":1800000000,"id":2,"bytes":512}
    {"ev":"sample","t":1900000000,"rss":120000000,"heap":35000000,"loops_alive":1}
    {"ev":"phase_end","t":2000000000,"name":"rtype"}
    {"ev":"footer","t":2100000000,"wall_ns":1100000000,"peak_rss":125000000,"exit_status":0}

    """

    func testGoodLogHasNoWarningsAndKeepsEveryEvent() {
        let log = LogReader.parse(text: Self.goodLog, path: "good.log")
        XCTAssertEqual(log.warnings, [])
        XCTAssertEqual(log.events.count, 17)
        XCTAssertEqual(log.header?.integer("pid"), 7)
        XCTAssertEqual(log.header?.fields["gc"]?["nursery"]?.integerValue, 4194304)
        XCTAssertEqual(log.footer?.integer("exit_status"), 0)
        XCTAssertEqual(log.source, "tern")
        XCTAssertEqual(log.commandLine, "tern /home/me/translate.py")
        XCTAssertEqual(log.unknownEventCounts, [:])
        // Nanosecond times past 2^53 stay exact.
        XCTAssertEqual(log.header?.integer("wall_t0_ns"), 1795600053408211602)
    }

    func testTruncatedLastLineIsSkippedWithAWarning() {
        let text = Self.goodLog.trimmingCharacters(in: .newlines)
            .split(separator: "\n").dropLast().joined(separator: "\n") + "\n{\"ev\":\"sample\",\"t\":19000"
        let log = LogReader.parse(text: text, path: "cut.log")
        XCTAssertEqual(log.events.count, 16)
        XCTAssertTrue(log.warnings.contains { $0.contains("line 17 is truncated") }, "\(log.warnings)")
        XCTAssertTrue(log.warnings.contains { $0.contains("no footer") }, "\(log.warnings)")
    }

    func testUnknownEventsAreKeptAndCounted() {
        let text = Self.goodLog + """
        {"ev":"jit_abort","t":1950000000,"reason":"trace too long"}
        {"ev":"jit_abort","t":1960000000,"reason":"trace too long"}
        {"ev":"cosmic_ray","t":1970000000}

        """
        let log = LogReader.parse(text: text, path: "future.log")
        XCTAssertEqual(log.unknownEventCounts, ["jit_abort": 2, "cosmic_ray": 1])
        XCTAssertEqual(log.events.count, 20)
        XCTAssertEqual(log.warnings.count, 1)
        XCTAssertTrue(log.warnings[0].contains("cosmic_ray ×1, jit_abort ×2"), log.warnings[0])
    }

    func testEmptyFileGivesOneWarningAndAnEmptySummary() {
        let log = LogReader.parse(text: "", path: "empty.log")
        XCTAssertEqual(log.events.count, 0)
        XCTAssertEqual(log.warnings, ["the log holds no events (empty file or nothing readable)"])
        let summary = RunSummary(log: log)
        XCTAssertEqual(summary.wallSeconds, 0)
        XCTAssertEqual(summary.label, "empty.log")
        XCTAssertNil(summary.peakRSS)
        // Rendering the page from nothing must not crash.
        let page = ReportPage.render(ReportInput(title: "t", runs: [summary], baseline: nil))
        XCTAssertTrue(page.contains("id=\"loops-chart\""))
        XCTAssertTrue(page.contains("id=\"memory-chart\""))
    }

    func testLogOfACrashedRunEndsAtItsLastEvent() {
        let lines = Self.goodLog.split(separator: "\n")
        // Cut before the end of "rtype" and the footer, as a killed process would leave it.
        let text = lines.prefix(15).joined(separator: "\n") + "\n"
        let log = LogReader.parse(text: text, path: "crash.log")
        XCTAssertNil(log.footer)
        XCTAssertEqual(log.warnings.count, 1)
        XCTAssertTrue(log.warnings[0].contains("no footer"))
        let summary = RunSummary(log: log)
        XCTAssertFalse(summary.hasFooter)
        XCTAssertEqual(summary.wallSeconds, 0.9, accuracy: 1e-9)
        XCTAssertEqual(summary.phases.map(\.name), ["annotate", "rtype"])
        XCTAssertEqual(summary.phases[1].isClosed, false)
        XCTAssertEqual(summary.phases[1].endSeconds, 0.9, accuracy: 1e-9)
        XCTAssertTrue(summary.warnings.contains { $0.contains("\"rtype\" never ended") })
    }

    func testInterleavedPhaseEventsAreSortedByTime() {
        // The program's own lines can land between samples written slightly later in time order.
        let text = """
        {"ev":"header","t":100,"source":"record","argv":["python3","phased.py"],"t0":100}
        {"ev":"sample","t":300,"rss":1000}
        {"ev":"phase_start","t":250,"name":"one"}
        {"ev":"sample","t":400,"rss":2000}
        {"ev":"phase_end","t":390,"name":"one"}
        {"ev":"phase_start","t":395,"name":"two"}
        {"ev":"footer","t":500,"wall_ns":400,"peak_rss":2000,"exit_status":0}
        {"ev":"phase_end","t":480,"name":"two"}

        """
        let log = LogReader.parse(text: text, path: "mixed.log")
        XCTAssertEqual(log.warnings, [])
        XCTAssertEqual(log.events.map(\.time), [100, 250, 300, 390, 395, 400, 480, 500])
        let summary = RunSummary(log: log)
        XCTAssertEqual(summary.phases.map(\.name), ["one", "two"])
        XCTAssertEqual(summary.phases[0].startSeconds, 150e-9, accuracy: 1e-15)
        XCTAssertEqual(summary.phases[1].endSeconds, 380e-9, accuracy: 1e-15)
    }

    func testBadLinesInTheMiddleAreSkippedAndNamed() {
        let text = """
        {"ev":"header","t":1,"t0":1}
        not json at all
        {"t":5}
        {"ev":"sample","t":"soon","rss":3}
        [1,2,3]
        {"ev":"footer","t":9,"wall_ns":8}

        """
        let log = LogReader.parse(text: text, path: "bad.log")
        XCTAssertEqual(log.events.map(\.name), ["header", "footer"])
        XCTAssertEqual(log.warnings.count, 4, "\(log.warnings)")
        XCTAssertTrue(log.warnings[0].hasPrefix("line 2: not valid JSON"))
        XCTAssertTrue(log.warnings[1].contains("no \"ev\" member"))
        XCTAssertTrue(log.warnings[2].contains("no integer \"t\""))
        XCTAssertTrue(log.warnings[3].contains("not a JSON object"))
    }

    func testAbsurdTimesAndSizesStillRender() {
        let text = """
        {"ev":"header","t":9000000000000000000,"t0":9000000000000000000}
        {"ev":"sample","t":-9000000000000000000,"rss":9000000000000000000,"loops_alive":-5}
        {"ev":"phase_start","t":1,"name":"<b>&"}
        {"ev":"gc_major","t":5,"heap_before":-1,"heap_after":1e300,"duration_ns":1.5}
        {"ev":"loop_freed","t":6,"id":1}
        {"ev":"loop_compiled","t":7,"id":2,"bytes":-9223372036854775808}
        {"ev":"bridge_freed","t":8,"id":3,"bytes":-9223372036854775808}

        """
        let summary = RunSummary(log: LogReader.parse(text: text, path: "absurd.log"))
        let page = ReportPage.render(ReportInput(title: "absurd", runs: [summary], baseline: summary))
        XCTAssertTrue(page.contains("&lt;b&gt;&amp;"))
        XCTAssertFalse(page.contains("<b>&"))
        XCTAssertFalse(summaryText(runs: [summary]).isEmpty)
    }

    func testMissingFileThrowsAOneLineMessage() {
        XCTAssertThrowsError(try LogReader.read(path: "/nonexistent/tern.log")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/tern.log: no such file")
        }
    }

    func testJSONParserHandlesEscapesNumbersAndRejectsGarbage() throws {
        let value = try JSONParser.parse(#"{"s":"a\"b\\c\u00e9\ud83d\ude00","n":-1.5e3,"i":-42,"l":[true,false,null]}"#)
        XCTAssertEqual(value["s"]?.stringValue, "a\"b\\cé😀")
        XCTAssertEqual(value["n"], .number(-1500))
        XCTAssertEqual(value["i"], .integer(-42))
        XCTAssertEqual(value["l"], .array([.bool(true), .bool(false), .null]))
        for bad in ["", "{", "{\"a\":}", "[1,]", "01x", "{\"a\":1} x", "\"unterminated", "tru"] {
            XCTAssertThrowsError(try JSONParser.parse(bad), bad)
        }
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        XCTAssertThrowsError(try JSONParser.parse(deep))
    }

    func testWriterOutputReadsBack() throws {
        let line = JSONWriter.eventLine("header", time: 5, [("argv", .array([.string("a \"q\"\n")])), ("gc", .object([:]))])
        XCTAssertEqual(line, "{\"ev\":\"header\",\"t\":5,\"argv\":[\"a \\\"q\\\"\\n\"],\"gc\":{}}\n")
        let log = LogReader.parse(text: line)
        XCTAssertEqual(log.commandLine, "a \"q\"\n")
    }
}
