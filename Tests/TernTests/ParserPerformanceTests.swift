// A smoke test of parsing speed: ~10 000 lines of varied code. The target
// (well under 100 ms) applies to release builds; Tests/syntax/perf_smoke.sh
// measures that. Here, in a debug build, only a generous bound is checked.

import XCTest
@testable import TernSyntax

/// About 10 000 lines of ordinary Python, built by repeating a varied block.
func largePythonSource(lines: Int = 10_000) -> String {
    let block = """
    class Shape{n}(Base, metaclass=Meta):
        '''A docstring for shape {n}.'''
        def __init__(self, width: float, height: float = 1.0, *args, scale=2, **options) -> None:
            self.width, self.height = width, height
            self.items = [x * scale for x in range(10) if x % 2 == 0]
            self.lookup = {key: value for key, value in options.items()}

        @property
        def area(self):
            if self.width > 0 and not self.height < 0:
                return self.width * self.height ** 2 - (self.width // 3)
            elif self.width == 0:
                raise ValueError(f"bad width {self.width!r:>10} for {n}")
            else:
                return -1

        async def fetch(self, url):
            async with session.get(url) as response:
                data = await response.json()
            try:
                value = data["key"][1:3]
            except (KeyError, IndexError) as error:
                value = None
            finally:
                del data
            return lambda x, y=1: x + y + value

    total_{n} = sum(shape.area for shape in shapes if shape is not None)  # a comment

    """
    var result = ""
    let blockLines = block.split(separator: "\n", omittingEmptySubsequences: false).count
    var index = 0
    while index * blockLines < lines {
        result += block.replacingOccurrences(of: "{n}", with: String(index))
        index += 1
    }
    return result
}

extension String {
    /// Plain substring replacement (TernSyntax does not use Foundation).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

final class ParserPerformanceTests: XCTestCase {
    func testParsesTenThousandLinesQuickly() throws {
        let source = largePythonSource()
        let clock = ContinuousClock()
        var module: Module? = nil
        let elapsed = try clock.measure {
            module = try parse(source: source, filename: "<large>", mode: .exec)
        }
        XCTAssertGreaterThan(module?.body.count ?? 0, 500)
        print("parsed \(source.split(separator: "\n").count) lines in \(elapsed)")
        XCTAssertLessThan(elapsed, .seconds(5), "debug-build parse of 10k lines")
    }
}
