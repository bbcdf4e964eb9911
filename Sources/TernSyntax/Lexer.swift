// The tokenizer: turns source text into tokens, including INDENT/DEDENT and the
// NEWLINE that ends each logical line. Errors follow CPython 3.11's tokenizer:
// same messages and the same caret positions.

/// A scalar value that never occurs in source text; returned at end of input.
let endOfInputScalar: UInt32 = 0xFFFF_FFFF

/// Information about a bracket left open at the end of input; the parser decides
/// whether to report it (CPython reports it only when it explains the error).
struct UnclosedBracket {
    var character: Character
    var line: Int
    var column: Int
}

/// The tokenizer proper.
struct Lexer {
    let source: SourceText
    let scalars: [UInt32]
    var position = 0
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    var indentStack = [0]
    var alternateIndentStack = [0]
    var brackets: [(character: UInt32, line: Int, column: Int)] = []
    var unclosedBracket: UnclosedBracket? = nil
    /// Start offset of the token being scanned.
    var tokenStart = 0
    /// Scanning stops here: the end of the source, or of an f-string replacement field.
    var limit: Int
    /// Start of a comment just skipped on the current line, if any.
    var commentStart: Int? = nil
    /// True when tokenizing the expression inside an f-string's braces.
    var isFStringExpression = false

    init(source: SourceText) {
        self.source = source
        self.scalars = source.scalars
        self.limit = source.scalars.count
    }

    /// A lexer for the expression of an f-string replacement field in `start..<end`;
    /// it behaves as if inside brackets, so newlines are ignored.
    init(source: SourceText, fStringExpressionFrom start: Int, to end: Int) {
        self.init(source: source)
        limit = end
        position = start
        line = source.lineContaining(start)
        lineStart = source.lineStarts[line - 1]
        isFStringExpression = true
        brackets.append((40, line, start - lineStart))
    }

    /// Reads the next scalar (end-of-input sentinel past the end), as CPython's tok_nextc.
    @inline(__always) mutating func next() -> UInt32 {
        if position >= limit { position += 1; return endOfInputScalar }
        let value = scalars[position]
        position += 1
        return value
    }

    /// Steps back over the scalar just read, as CPython's tok_backup.
    @inline(__always) mutating func backup() { position -= 1 }

    @inline(__always) func peek(_ ahead: Int = 0) -> UInt32 {
        let index = position + ahead
        return index < limit ? scalars[index] : endOfInputScalar
    }

    /// An error located at the current reading position, as CPython's `syntaxerror`.
    func errorHere(_ message: String) -> SyntaxErrorInfo {
        source.error(message, line: line, offset: min(position, limit) - lineStart)
    }

    /// An error at a 0-based column of the current line (reported 1-based).
    func errorAt(column: Int, _ message: String, kind: String = "SyntaxError") -> SyntaxErrorInfo {
        source.error(message, line: line, offset: column + 1, kind: kind)
    }

    mutating func add(_ kind: TokenKind, from start: Int, startLine: Int, startLineStart: Int, identifier: Int32 = -1) {
        let endLine = line
        tokens.append(Token(kind: kind, start: start, end: position, line: startLine, column: start - startLineStart,
                            endLine: endLine, endColumn: position - lineStart, identifier: identifier))
    }

    /// Tokenizes the whole source; on a tokenizer error, returns the tokens before it
    /// followed by a `.lexerError` token, and the error. CPython lets some parser
    /// errors found before that point win (see Parser.parseModule).
    mutating func tokenizeDeferringErrors() -> ([Token], SyntaxErrorInfo?) {
        do {
            return (try tokenize(), nil)
        } catch let error as SyntaxErrorInfo {
            let marker = Token(kind: .lexerError, start: min(position, limit), end: min(position, limit), line: error.line,
                               column: max(0, error.column - 1), endLine: error.line, endColumn: max(0, error.column - 1))
            tokens.append(marker)
            tokens.append(marker)
            tokens[tokens.count - 1].kind = .endOfFile
            return (tokens, error)
        } catch {
            fatalError("the lexer throws only SyntaxErrorInfo")
        }
    }

    /// Tokenizes the whole source.
    mutating func tokenize() throws -> [Token] {
        tokens.reserveCapacity((limit - position) / 3 + 16)
        var atLineStart = true
        while true {
            if atLineStart && !isFStringExpression {
                if try handleIndentation() { continue }
                atLineStart = false
            }
            // Skip spaces, tabs and form feeds between tokens.
            var character = peek()
            while character == 32 || character == 9 || character == 12 { position += 1; character = peek() }
            tokenStart = position
            if character == 35 { // '#'
                // In CPython the NEWLINE that follows a comment starts where the comment does.
                commentStart = position
                while peek() != 10 && peek() != endOfInputScalar { position += 1 }
                continue
            }
            if character == endOfInputScalar {
                if isFStringExpression {
                    tokens.append(Token(kind: .endOfFile, start: position, end: position, line: line,
                                        column: position - lineStart, endLine: line, endColumn: position - lineStart))
                    return tokens
                }
                finishInput()
                return tokens
            }
            if character == 10 {
                position += 1
                if brackets.isEmpty {
                    let newlineStart = commentStart ?? tokenStart
                    tokens.append(Token(kind: .newline, start: newlineStart, end: position, line: line,
                                        column: newlineStart - lineStart, endLine: line,
                                        endColumn: tokenStart - lineStart + 1))
                    atLineStart = true
                }
                commentStart = nil
                line += 1
                lineStart = position
                continue
            }
            if character == 92 { // backslash continuation
                position += 1
                let following = next()
                if following == 10 {
                    line += 1
                    lineStart = position
                    if peek() == endOfInputScalar {
                        throw source.error("unexpected EOF while parsing", line: line - 1, offset: position - 1 - source.lineStarts[line - 2] + 1)
                    }
                    continue
                }
                if following == endOfInputScalar {
                    throw source.error("unexpected EOF while parsing", line: line, offset: position - lineStart)
                }
                throw errorHere("unexpected character after line continuation character")
            }
            try scanToken(character)
        }
    }

    /// At the start of a logical line: measures indentation, skips blank lines and
    /// emits INDENT/DEDENT. Returns true when the line was blank (already consumed).
    mutating func handleIndentation() throws -> Bool {
        var column = 0, alternateColumn = 0
        let start = position
        while true {
            let character = peek()
            if character == 32 { column += 1; alternateColumn += 1 }
            else if character == 9 { column = (column / 8 + 1) * 8; alternateColumn += 1 }
            else if character == 12 { column = 0; alternateColumn = 0 }
            else { break }
            position += 1
        }
        let character = peek()
        if character == 35 || character == 10 || character == endOfInputScalar {
            // Blank or comment-only lines do not affect indentation.
            if character == 35 { while peek() != 10 && peek() != endOfInputScalar { position += 1 } }
            if peek() == 10 {
                position += 1
                line += 1
                lineStart = position
                return true
            }
            return false
        }
        if character == 92 && peek(1) == 10 { return false }
        let indentChars = position - start
        let top = indentStack.last!
        if column == top {
            if alternateColumn != alternateIndentStack.last! { throw tabError() }
        } else if column > top {
            if alternateColumn <= alternateIndentStack.last! { throw tabError() }
            indentStack.append(column)
            alternateIndentStack.append(alternateColumn)
            tokens.append(Token(kind: .indent, start: start, end: position, line: line, column: indentChars,
                                endLine: line, endColumn: indentChars))
        } else {
            // As CPython's tokenizer: a mismatch is reported before any DEDENT is produced.
            if !indentStack.contains(column) {
                throw source.error("unindent does not match any outer indentation level", line: line,
                                   offset: source.lineText(line).unicodeScalars.count + 1, kind: "IndentationError")
            }
            while indentStack.count > 1 && column < indentStack.last! {
                indentStack.removeLast()
                alternateIndentStack.removeLast()
                tokens.append(Token(kind: .dedent, start: position, end: position, line: line, column: indentChars,
                                    endLine: line, endColumn: indentChars))
            }
            if column != indentStack.last! {
                // In CPython the caret is placed after the whole line.
                throw source.error("unindent does not match any outer indentation level", line: line,
                                   offset: source.lineText(line).unicodeScalars.count + 1, kind: "IndentationError")
            }
            if alternateColumn != alternateIndentStack.last! { throw tabError() }
        }
        return false
    }

    func tabError() -> SyntaxErrorInfo {
        source.error("inconsistent use of tabs and spaces in indentation", line: line, offset: 1, kind: "TabError")
    }

    /// Emits the final NEWLINE, DEDENTs and the end marker, as CPython places them.
    mutating func finishInput() {
        if let open = brackets.last {
            unclosedBracket = UnclosedBracket(character: Character(Unicode.Scalar(open.character)!), line: open.line, column: open.column)
        }
        let lastLine = max(1, source.lastLineNumber)
        let lastLineLength = source.lineText(lastLine).unicodeScalars.count
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
            tokens.append(Token(kind: .newline, start: position, end: position, line: line, column: position - lineStart,
                                endLine: line, endColumn: position - lineStart + 1))
        }
        for _ in 1..<indentStack.count {
            tokens.append(Token(kind: .dedent, start: position, end: position, line: lastLine, column: lastLineLength,
                                endLine: lastLine, endColumn: lastLineLength))
        }
        tokens.append(Token(kind: .endOfFile, start: position, end: position, line: lastLine, column: lastLineLength,
                            endLine: lastLine, endColumn: lastLineLength))
    }

    /// Scans one token starting with `character` (not whitespace, newline or comment).
    mutating func scanToken(_ character: UInt32) throws {
        let start = position
        let startLine = line, startLineStart = lineStart
        if isIdentifierStart(character) {
            position += 1
            var isASCII = character < 128
            while true {
                let following = peek()
                guard isIdentifierContinue(following) else { break }
                if following >= 128 { isASCII = false }
                position += 1
            }
            let quote = peek()
            if (quote == 34 || quote == 39) && isStringPrefix(start, position) {
                try scanString(from: start)
                return
            }
            if !isASCII { try verifyIdentifier(start, position) }
            let end = position
            let (kind, identifier) = scalars.withUnsafeBufferPointer {
                source.identifiers.identifier($0, start, end) { source.text(start, end) }
            }
            add(kind, from: start, startLine: startLine, startLineStart: startLineStart, identifier: identifier)
            return
        }
        if isDigit(character) || (character == 46 && isDigit(peek(1))) {
            try scanNumber()
            add(.number, from: start, startLine: startLine, startLineStart: startLineStart)
            return
        }
        if character == 34 || character == 39 {
            try scanString(from: start)
            return
        }
        try scanOperator(character)
    }

    /// Whether `start..<end` spells a string prefix CPython accepts.
    func isStringPrefix(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length <= 2 else { return false }
        var seenR = false, seenB = false, seenU = false, seenF = false
        for index in start..<end {
            switch scalars[index] | 0x20 {
            case 114: if seenR { return false }; seenR = true
            case 98: if seenB { return false }; seenB = true
            case 117: if seenU { return false }; seenU = true
            case 102: if seenF { return false }; seenF = true
            default: return false
            }
        }
        if seenU && length > 1 { return false }
        if seenB && seenF { return false }
        return true
    }

    /// Rejects identifiers holding characters that cannot appear in names.
    func verifyIdentifier(_ start: Int, _ end: Int) throws {
        for index in start..<end {
            let value = scalars[index]
            if value < 128 { continue }
            guard let scalar = Unicode.Scalar(value) else { continue }
            let valid = index == start ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue
            if !valid {
                let column = index - lineStart
                if isPrintable(scalar) {
                    throw errorAt(column: column, "invalid character '\(Character(scalar))' (U+\(hexCode(value)))")
                }
                throw errorAt(column: column, "invalid non-printable character U+\(hexCode(value))")
            }
        }
    }

    /// Scans an operator or delimiter; unknown characters become CPython's errors.
    mutating func scanOperator(_ character: UInt32) throws {
        let start = position
        let startLine = line, startLineStart = lineStart
        let second = peek(1), third = peek(2)
        var kind: TokenKind
        var length = 1
        switch character {
        case 40: kind = .leftParen
        case 41: kind = .rightParen
        case 91: kind = .leftBracket
        case 93: kind = .rightBracket
        case 123: kind = .leftBrace
        case 125: kind = .rightBrace
        case 58: if second == 61 { kind = .colonEqual; length = 2 } else { kind = .colon }
        case 44: kind = .comma
        case 59: kind = .semicolon
        case 46: if second == 46 && third == 46 { kind = .ellipsis; length = 3 } else { kind = .dot }
        case 43: if second == 61 { kind = .plusEqual; length = 2 } else { kind = .plus }
        case 45:
            if second == 61 { kind = .minusEqual; length = 2 }
            else if second == 62 { kind = .arrow; length = 2 }
            else { kind = .minus }
        case 42:
            if second == 42 { if third == 61 { kind = .doubleStarEqual; length = 3 } else { kind = .doubleStar; length = 2 } }
            else if second == 61 { kind = .starEqual; length = 2 }
            else { kind = .star }
        case 47:
            if second == 47 { if third == 61 { kind = .doubleSlashEqual; length = 3 } else { kind = .doubleSlash; length = 2 } }
            else if second == 61 { kind = .slashEqual; length = 2 }
            else { kind = .slash }
        case 37: if second == 61 { kind = .percentEqual; length = 2 } else { kind = .percent }
        case 64: if second == 61 { kind = .atEqual; length = 2 } else { kind = .at }
        case 124: if second == 61 { kind = .verticalBarEqual; length = 2 } else { kind = .verticalBar }
        case 38: if second == 61 { kind = .ampersandEqual; length = 2 } else { kind = .ampersand }
        case 94: if second == 61 { kind = .circumflexEqual; length = 2 } else { kind = .circumflex }
        case 126: kind = .tilde
        case 60:
            if second == 60 { if third == 61 { kind = .leftShiftEqual; length = 3 } else { kind = .leftShift; length = 2 } }
            else if second == 61 { kind = .lessEqual; length = 2 }
            else { kind = .less }
        case 62:
            if second == 62 { if third == 61 { kind = .rightShiftEqual; length = 3 } else { kind = .rightShift; length = 2 } }
            else if second == 61 { kind = .greaterEqual; length = 2 }
            else { kind = .greater }
        case 61: if second == 61 { kind = .equalEqual; length = 2 } else { kind = .equal }
        case 33: if second == 61 { kind = .notEqual; length = 2 } else { kind = .exclamation }
        case 36, 63, 96: kind = .exclamation // '$', '?', '`': CPython lets the parser reject them.
        default:
            let column = position - lineStart
            if let scalar = Unicode.Scalar(character), isPrintable(scalar) {
                throw errorAt(column: column, "invalid character '\(Character(scalar))' (U+\(hexCode(character)))")
            }
            throw errorAt(column: column, "invalid non-printable character U+\(hexCode(character))")
        }
        position += length
        switch kind {
        case .leftParen, .leftBracket, .leftBrace:
            // In CPython: the tokenizer's MAXLEVEL.
            if brackets.count >= 200 { throw errorAt(column: start - lineStart, "too many nested parentheses") }
            brackets.append((character, line, start - lineStart))
        case .rightParen, .rightBracket, .rightBrace:
            guard let open = brackets.popLast() else {
                throw errorAt(column: start - lineStart, "unmatched '\(Character(Unicode.Scalar(character)!))'")
            }
            let expected: UInt32 = open.character == 40 ? 41 : open.character == 91 ? 93 : 125
            if expected != character {
                let closing = Character(Unicode.Scalar(character)!), opening = Character(Unicode.Scalar(open.character)!)
                if open.line == line {
                    throw errorAt(column: start - lineStart, "closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'")
                }
                throw errorAt(column: start - lineStart,
                              "closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)' on line \(open.line)")
            }
        default: break
        }
        add(kind, from: start, startLine: startLine, startLineStart: startLineStart)
    }

    /// Scans a string literal whose prefix starts at `start`; `position` is at the quote.
    mutating func scanString(from start: Int) throws {
        let startLine = line, startLineStart = lineStart
        let quote = next()
        var quoteSize = 1
        var endQuoteSize = 0
        var character = next()
        if character == quote {
            character = next()
            if character == quote { quoteSize = 3 } else { endQuoteSize = 1 }
        }
        if character != quote { backup() }
        while endQuoteSize != quoteSize {
            character = next()
            if character == endOfInputScalar || (quoteSize == 1 && character == 10) {
                let detected = character == endOfInputScalar ? source.lastLineNumber : line
                let message = quoteSize == 3
                    ? "unterminated triple-quoted string literal (detected at line \(detected))"
                    : "unterminated string literal (detected at line \(detected))"
                throw source.error(message, line: startLine, offset: start - startLineStart + 1)
            }
            if character == 10 { line += 1; lineStart = position }
            if character == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if character == 92 {
                    let escaped = next()
                    if escaped == 10 { line += 1; lineStart = position }
                    if escaped == endOfInputScalar { backup() }
                }
            }
        }
        add(.string, from: start, startLine: startLine, startLineStart: startLineStart)
    }
}

@inline(__always) func isDigit(_ value: UInt32) -> Bool { value >= 48 && value <= 57 }

@inline(__always) func isIdentifierStart(_ value: UInt32) -> Bool {
    (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || value == 95 || (value >= 128 && value != endOfInputScalar)
}

@inline(__always) func isIdentifierContinue(_ value: UInt32) -> Bool {
    isIdentifierStart(value) || isDigit(value)
}
