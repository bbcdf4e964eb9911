// F-strings as Python 3.11 reads them: the tokenizer yields one string token and
// the parser splits its body into literal text and replacement fields, each
// expression being parsed as if it were written in parentheses.

struct FStringParser {
    let parser: Parser
    let token: Token
    /// The location of all the adjacent literals: CPython 3.11 gives it to every part.
    let wholeLocation: SourceLocation
    let parts: StringTokenParts
    let scalars: [UInt32]
    var offset: Int
    let end: Int

    init(parser: Parser, token: Token, parts: StringTokenParts, wholeLocation: SourceLocation) {
        self.parser = parser
        self.token = token
        self.wholeLocation = wholeLocation
        self.parts = parts
        self.scalars = parser.source.scalars
        self.offset = parts.bodyStart
        self.end = parts.bodyEnd
    }

    /// CPython places these errors at the token after the string literals.
    func error(_ message: String) -> SyntaxErrorInfo {
        parser.error(message, at: parser.current)
    }

    mutating func parse(into builder: inout JoinedStringBuilder) throws {
        try parseLiteralsAndFields(recursion: 0, into: &builder)
    }

    /// Literal text and replacement fields up to the end of the body (level 0)
    /// or up to the '}' closing a format spec (deeper levels).
    mutating func parseLiteralsAndFields(recursion: Int, into builder: inout JoinedStringBuilder) throws {
        var segmentStart = offset
        // In CPython 3.11 format-spec text carries the location of its own token only,
        // except text followed by a nested field, which gets the whole location.
        let location = recursion == 0 ? wholeLocation : parser.tokenLocation(token)
        func flushSegment(_ segmentEnd: Int, _ builder: inout JoinedStringBuilder, beforeField: Bool = false) throws {
            guard segmentEnd > segmentStart else { return }
            var text = String.UnicodeScalarView()
            try parser.decodeString(segmentStart, segmentEnd, isRaw: parts.isRaw, into: &text)
            builder.appendLiteral(text, location: beforeField ? wholeLocation : location)
        }
        while offset < end {
            let character = scalars[offset]
            if character == 92 && !parts.isRaw && offset + 1 < end {
                let following = scalars[offset + 1]
                if following == 78 && offset + 2 < end && scalars[offset + 2] == 123 {
                    offset += 3
                    while offset < end && scalars[offset] != 125 { offset += 1 }
                    offset += 1
                } else if following == 123 || following == 125 {
                    offset += 1
                } else {
                    offset += 2
                }
                continue
            }
            if character == 123 || character == 125 {
                if recursion == 0 && offset + 1 < end && scalars[offset + 1] == character {
                    try flushSegment(offset + 1, &builder)
                    offset += 2
                    segmentStart = offset
                    continue
                }
                if character == 125 && recursion == 0 {
                    throw error("f-string: single '}' is not allowed")
                }
                try flushSegment(offset, &builder, beforeField: character == 123)
                if character == 125 { return }
                try parseReplacementField(recursion: recursion, into: &builder)
                segmentStart = offset
                continue
            }
            offset += 1
        }
        try flushSegment(min(offset, end), &builder)
    }

    /// `{expression[=][!conversion][:format_spec]}` starting at the '{'.
    mutating func parseReplacementField(recursion: Int, into builder: inout JoinedStringBuilder) throws {
        if recursion >= 2 { throw error("f-string: expressions nested too deeply") }
        offset += 1
        let expressionStart = offset
        var quote: UInt32 = 0
        var quoteSize = 0
        var openBrackets: [UInt32] = []
        scan: while offset < end {
            let character = scalars[offset]
            if character == 92 { throw error("f-string expression part cannot include a backslash") }
            if quote != 0 {
                if character == quote {
                    if quoteSize == 3 {
                        if offset + 2 < end && scalars[offset + 1] == character && scalars[offset + 2] == character {
                            offset += 3
                            quote = 0
                            continue
                        }
                    } else {
                        quote = 0
                    }
                }
                offset += 1
                continue
            }
            switch character {
            case 39, 34:
                if offset + 2 < end && scalars[offset + 1] == character && scalars[offset + 2] == character {
                    quoteSize = 3
                    offset += 2
                } else {
                    quoteSize = 1
                }
                quote = character
            case 40, 91, 123:
                openBrackets.append(character)
            case 35:
                throw error("f-string expression part cannot include '#'")
            case _ where openBrackets.isEmpty && [33, 58, 125, 61, 62, 60].contains(character):
                if offset + 1 < end {
                    let following = scalars[offset + 1]
                    if following == 61 && character != 58 && character != 125 {
                        offset += 2
                        continue
                    }
                    if character == 62 || character == 60 {
                        offset += 1
                        continue
                    }
                }
                break scan
            case 41, 93, 125:
                guard let opening = openBrackets.popLast() else {
                    throw error("f-string: unmatched '\(Character(Unicode.Scalar(character)!))'")
                }
                let expected: UInt32 = opening == 40 ? 41 : opening == 91 ? 93 : 125
                if expected != character {
                    throw error("f-string: closing parenthesis '\(Character(Unicode.Scalar(character)!))' does not match opening parenthesis '\(Character(Unicode.Scalar(opening)!))'")
                }
            default:
                break
            }
            offset += 1
        }
        let expressionEnd = offset
        if quote != 0 { throw error("f-string: unterminated string") }
        if let opening = openBrackets.last {
            throw error("f-string: unmatched '\(Character(Unicode.Scalar(opening)!))'")
        }
        if offset >= end { throw error("f-string: expecting '}'") }
        let value = try compileExpression(expressionStart, expressionEnd)
        var debugText: String.UnicodeScalarView? = nil
        if scalars[offset] == 61 {
            offset += 1
            while offset < end && [32, 9, 10, 13, 12, 11].contains(scalars[offset]) { offset += 1 }
            if offset >= end { throw error("f-string: expecting '}'") }
            debugText = parser.source.text(expressionStart, offset).unicodeScalars
        }
        var conversion = -1
        if scalars[offset] == 33 {
            offset += 1
            if offset >= end { throw error("f-string: expecting '}'") }
            let character = scalars[offset]
            offset += 1
            guard character == 115 || character == 114 || character == 97 else {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Int(character)
        }
        if offset >= end { throw error("f-string: expecting '}'") }
        var formatSpec: Expr? = nil
        if scalars[offset] == 58 {
            offset += 1
            if offset >= end { throw error("f-string: expecting '}'") }
            var specBuilder = JoinedStringBuilder()
            try parseLiteralsAndFields(recursion: recursion + 1, into: &specBuilder)
            formatSpec = Expr(.joinedStr(specBuilder.finish(location: value.location)), parser.tokenLocation(token))
        }
        if offset >= end || scalars[offset] != 125 { throw error("f-string: expecting '}'") }
        offset += 1
        if debugText != nil && formatSpec == nil && conversion == -1 { conversion = 114 }
        if let text = debugText { builder.appendLiteral(text, location: wholeLocation) }
        builder.appendFormatted(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: formatSpec),
                                     wholeLocation))
    }

    /// Parses the expression text in `start..<end` as if it were parenthesized.
    func compileExpression(_ start: Int, _ end: Int) throws -> Expr {
        var allSpace = true
        for index in start..<end where ![32, 9, 10, 13, 12, 11].contains(scalars[index]) { allSpace = false; break }
        if allSpace {
            let next = scalars[end]
            if next == 33 || next == 58 || next == 61 {
                throw error("f-string: expression required before '\(Character(Unicode.Scalar(next)!))'")
            }
            throw error("f-string: empty expression not allowed")
        }
        let source = parser.source
        do {
            var lexer = Lexer(source: source, fStringExpressionFrom: start, to: end)
            var tokens = try lexer.tokenize()
            let endOfFile = tokens.removeLast()
            let startLine = source.lineContaining(start)
            let startColumn = start - source.lineStarts[startLine - 1]
            let open = Token(kind: .leftParen, start: start, end: start, line: startLine, column: startColumn - 1,
                             endLine: startLine, endColumn: startColumn)
            let close = Token(kind: .rightParen, start: end, end: end, line: endOfFile.line, column: endOfFile.column,
                              endLine: endOfFile.line, endColumn: endOfFile.column + 1)
            tokens.insert(open, at: 0)
            tokens.append(close)
            tokens.append(Token(kind: .endOfFile, start: end, end: end, line: close.line, column: close.endColumn,
                                endLine: close.line, endColumn: close.endColumn))
            let subParser = Parser(source: source, tokens: tokens, unclosedBracket: nil)
            let value = try subParser.parseAtom()
            if subParser.kind != .endOfFile { throw subParser.invalidSyntax() }
            return value
        } catch var failure as SyntaxErrorInfo {
            // In CPython 3.11 the error points into the parenthesized expression text.
            let startLine = source.lineContaining(start)
            let startColumn = start - source.lineStarts[startLine - 1]
            failure.message = "f-string: " + failure.message
            if failure.line == startLine { failure.column = failure.column - startColumn + 1 }
            failure.sourceLine = "(" + source.text(start, end) + ")"
            throw failure
        }
    }
}
