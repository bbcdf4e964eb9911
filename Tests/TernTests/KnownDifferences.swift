import XCTest

// Known failures of a test that covers many inputs, checked both ways as
// Tests/corpus/pending.txt is: a failure not in the list fails the test, and so
// does a listed input that no longer fails (remove it), so the list only shrinks.

struct KnownDifferences {
    /// Input name → why it is expected to fail.
    let reasons: [String: String]

    init(_ reasons: [String: String]) { self.reasons = reasons }

    /// `failures` maps each failing input to what went wrong; `checked` is every
    /// input that ran (a listed input that did not run is not judged).
    func check(failures: [String: String], checked: Set<String>,
               file: StaticString = #filePath, line: UInt = #line) {
        for (name, problem) in failures.sorted(by: { $0.key < $1.key }) where reasons[name] == nil {
            XCTFail("\(name): \(problem)", file: file, line: line)
        }
        for name in reasons.keys.sorted() where checked.contains(name) && failures[name] == nil {
            XCTFail("\(name) now passes: remove it from the known differences", file: file, line: line)
        }
    }
}
