import TernCompiler
import TernSyntax

// The line of `~` and `^` that CPython 3.11 prints under a traceback entry's
// source line to show which part of it failed (Python/traceback.c,
// display_source_line_with_margin and extract_anchors_from_line; the same rules
// as Lib/traceback.py's format_frame_summary). Input: the source line and the
// span of the failing instruction that the compiler keeps in the line table.

enum TracebackMarkers {
    /// CPython's IS_WHITESPACE in traceback.c.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{0C}"
    }

    /// The marker line ("    ~~^~~") for `position` on `sourceLine` (the whole line
    /// without its newline, indentation included), or nil when CPython prints none:
    /// no span known, or the failing part is the whole line.
    static func markerLine(sourceLine: String, line: Int, position: LineTableEntry) -> String? {
        guard position.line == line, position.column >= 0, position.endLine >= line, position.endColumn >= 0 else {
            return nil
        }
        let characters = Array(sourceLine.unicodeScalars)
        var indentation = 0
        while indentation < characters.count && isWhitespace(characters[indentation]) { indentation += 1 }
        let start = position.column
        var end = position.endColumn
        var anchors: (leftEnd: Int, rightStart: Int)? = nil
        if position.endLine == line {
            guard start <= end, end <= characters.count else { return nil }
            if let found = segmentAnchors(Array(characters[start..<end])) {
                anchors = (found.leftEnd + start, found.rightStart + start)
            }
        } else {
            // A span over several lines is marked up to the line's last non-blank character.
            var last = characters.count - 1
            while last >= 0 && isWhitespace(characters[last]) { last -= 1 }
            end = last + 1
        }
        guard start >= indentation, start <= end else { return nil }
        // No markers when the primary part would cover the whole (dedented) line.
        if end - start == characters.count - indentation && anchors == nil { return nil }
        var marker = "    "
        for index in indentation..<end {
            if index < start {
                marker += " "
            } else if let (leftEnd, rightStart) = anchors {
                marker += leftEnd <= index && index < rightStart ? "^" : "~"
            } else {
                marker += "^"
            }
        }
        return marker
    }

    /// Where the `^` part starts and ends inside a failing expression's text:
    /// the operator of a binary operation, the `[...]` of a subscript; nil otherwise
    /// (the whole expression gets `^`). The text is parsed on its own, as CPython does.
    private static func segmentAnchors(_ segment: [Unicode.Scalar]) -> (leftEnd: Int, rightStart: Int)? {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: segment)
        guard let module = try? parse(source: String(text), filename: "<traceback>", mode: .exec),
              module.body.count == 1, case .expr(let expression) = module.body[0].kind else { return nil }
        switch expression.kind {
        case .binOp(let left, _, let right):
            // The first non-blank character after the left operand; `)` closing the
            // left operand is passed over. Two-character operators get two `^`.
            var found: (Int, Int)? = nil
            var index = left.location.endColumn
            while index < right.location.column && index < segment.count {
                defer { index += 1 }
                if isWhitespace(segment[index]) { continue }
                var rightEnd = index + 1
                if index + 1 < right.location.column && !isWhitespace(segment[index + 1]) { rightEnd += 1 }
                found = (index, rightEnd)
                if index + 1 < right.location.column && segment[index] == ")" { continue }
                break
            }
            return found
        case .subscript(let value, let slice, _):
            var leftEnd = value.location.endColumn
            var rightStart = slice.location.endColumn + 1
            while leftEnd < segment.count && segment[leftEnd] != "[" { leftEnd += 1 }
            while rightStart < segment.count && segment[rightStart] != "]" { rightStart += 1 }
            if rightStart < segment.count { rightStart += 1 }
            return (leftEnd, rightStart)
        default:
            return nil
        }
    }
}
