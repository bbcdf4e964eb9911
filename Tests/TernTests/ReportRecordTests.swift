import XCTest
@testable import TernReport

/// `tern record` on real child processes: samples, the child's own events, exit status.
final class ReportRecordTests: XCTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "tern-record-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func testRecordsSamplesChildPhasesAndForwardsTheExitStatus() throws {
        let logPath = directory + "/run.log"
        // The child appends its own phase events to $TERN_LOG while the recorder samples.
        let script = """
        printf '{"ev":"phase_start","t":%s,"name":"sleepy"}\\n' "$(python3 -c 'import time; print(time.monotonic_ns())')" >> "$TERN_LOG"
        sleep 0.15
        printf '{"ev":"phase_end","t":%s,"name":"sleepy"}\\n' "$(python3 -c 'import time; print(time.monotonic_ns())')" >> "$TERN_LOG"
        exit 3
        """
        let code = runRecordCommand(arguments: ["-o", logPath, "--", "sh", "-c", script])
        XCTAssertEqual(code, 3)
        let log = try LogReader.read(path: logPath)
        XCTAssertEqual(log.warnings, [])
        XCTAssertEqual(log.source, "record")
        XCTAssertEqual(log.footer?.integer("exit_status"), 3)
        let summary = RunSummary(log: log)
        XCTAssertEqual(summary.phases.map(\.name), ["sleepy"])
        // The phases were timed by another process on the same monotonic clock: they fall inside the run.
        XCTAssertGreaterThan(summary.phases[0].startSeconds, 0)
        XCTAssertLessThan(summary.phases[0].endSeconds, summary.wallSeconds)
        // The phase holds the 0.15 s sleep (plus the start of the python3 that timed its end).
        XCTAssertGreaterThanOrEqual(summary.phases[0].endSeconds - summary.phases[0].startSeconds, 0.15)
        // Samples every 10 ms: at least a handful over a run of more than 150 ms.
        XCTAssertGreaterThan(summary.rss.count, 8)
        XCTAssertGreaterThan(summary.peakRSS ?? 0, 100_000)
    }

    func testSumsTheResidentMemoryOfChildProcesses() throws {
        let logPath = directory + "/tree.log"
        // The shell itself is small; the python3 child holds ~80 MB for a moment.
        let script = "python3 -c 'import time; data = bytearray(80_000_000); time.sleep(0.3)'"
        XCTAssertEqual(runRecordCommand(arguments: ["-o", logPath, "--", "sh", "-c", script + "; true"]), 0)
        let log = try LogReader.read(path: logPath)
        let processCounts = log.events.filter { $0.name == "sample" }.compactMap { $0.integer("processes") }
        // At least the shell and python3 (a pyenv shim may add a few short-lived processes).
        XCTAssertGreaterThanOrEqual(processCounts.max() ?? 0, 2)
        XCTAssertGreaterThan(RunSummary(log: log).rss.map(\.value).max() ?? 0, 80_000_000)
    }

    func testACommandThatCannotRunGivesExitCode127() {
        let logPath = directory + "/none.log"
        XCTAssertEqual(runRecordCommand(arguments: ["-o", logPath, "--", "/nonexistent/program"]), 127)
        XCTAssertFalse(FileManager.default.fileExists(atPath: logPath))
    }

    func testAKilledChildIsReportedAsASignal() throws {
        let logPath = directory + "/killed.log"
        XCTAssertEqual(runRecordCommand(arguments: ["-o", logPath, "--", "sh", "-c", "kill -KILL $$"]), 137)
        let log = try LogReader.read(path: logPath)
        XCTAssertEqual(log.footer?.integer("signal"), 9)
        XCTAssertEqual(log.footer?.integer("exit_status"), 137)
    }
}
