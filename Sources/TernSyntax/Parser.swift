// The recursive-descent parser: token access, error reporting and the entry
// points for each SourceMode. Statements and expressions live in their own files.

/// Parser state: the token array, the read position and what error reporting needs.
final class Parser {
    let source: SourceText
    let tokens: [Token]
    var index = 0
    let unclosedBracket: UnclosedBracket?
    /// How many brackets enclose the current position (for "Perhaps you forgot a comma?").
    var bracketDepth = 0
    /// End of the last consumed token that is not NEWLINE, INDENT or DEDENT:
    /// where statements and expressions end.
    var lastEndLine = 1
    var lastEndColumn = 0
    /// Where the most recent `expression` began and the token index after it,
    /// for CPython's "Perhaps you forgot a comma?" hint.
    var lastExpressionLocation = SourceLocation(line: 0, column: 0)
    var lastExpressionEndIndex = -1
    var lastExpressionStartIndex = 0
    /// The tokenizer's error, if it stopped early (its position holds a `.lexerError` token).
    var lexerError: SyntaxErrorInfo? = nil
    /// True while parsing call arguments, where `name = value` is a keyword argument.
    var inCallArguments = false
    /// Nesting of recursive rules without brackets (`- - x`, `not not x`, `a ** b ** c`,
    /// `lambda: lambda: x`), bounded so deep input cannot exhaust the native stack.
    var recursionDepth = 0
    static let maximumRecursionDepth = 1000

    /// Enters one level of recursion; CPython fails such input with a MemoryError
    /// (its parser stack overflows), reported here with that kind and no message.
    func enterRecursion() throws {
        recursionDepth += 1
        if recursionDepth > Parser.maximumRecursionDepth {
            throw SyntaxErrorInfo(kind: "MemoryError", message: "", filename: source.filename, line: current.line,
                                  column: current.column + 1, sourceLine: source.lineText(current.line))
        }
    }

    /// The furthest token the parser has looked at, even speculatively.
    var furthestIndex = 0
    /// The furthest token read by look-aheads that only choose error messages.
    var furthestSpeculativeIndex = 0

    init(source: SourceText, tokens: [Token], unclosedBracket: UnclosedBracket?) {
        self.source = source
        self.tokens = tokens
        self.unclosedBracket = unclosedBracket
    }

    // MARK: Token access

    @inline(__always) var current: Token { tokens[index] }
    @inline(__always) var kind: TokenKind { tokens[index].kind }
    @inline(__always) var previous: Token { tokens[index - 1] }

    /// The identifier a `.name` or keyword token spells; empty for other tokens.
    func text(of token: Token) -> String {
        token.identifier < 0 ? "" : source.identifiers.text(token.identifier)
    }

    @inline(__always) func peekKind(_ ahead: Int = 1) -> TokenKind {
        let position = index + ahead
        return position < tokens.count ? tokens[position].kind : .endOfFile
    }

    @discardableResult @inline(__always)
    func advance() -> Token {
        let token = tokens[index]
        if token.kind.rawValue > TokenKind.endOfFile.rawValue || token.kind.rawValue < TokenKind.newline.rawValue {
            lastEndLine = token.endLine
            lastEndColumn = token.endColumn
        }
        if index < tokens.count - 1 { index += 1 }
        if index > furthestIndex { furthestIndex = index }
        return token
    }

    @discardableResult @inline(__always)
    func accept(_ expected: TokenKind) -> Bool {
        if tokens[index].kind == expected { advance(); return true }
        return false
    }

    /// Whether a comprehension clause (`for` or `async for`) starts here. CPython's
    /// parser fetches the token after `async` while checking, so that counts as read.
    func atComprehension() -> Bool {
        if kind == .kwFor { return true }
        guard kind == .kwAsync else { return false }
        furthestIndex = max(furthestIndex, index + 1)
        return peekKind() == .kwFor
    }

    /// Consumes a token of the given kind or fails with "invalid syntax" at the current token.
    @discardableResult
    func expect(_ expected: TokenKind) throws -> Token {
        if kind == expected { return advance() }
        throw invalidSyntax()
    }

    // MARK: Locations

    /// The location spanning from `start` to the end of the last consumed token.
    @inline(__always) func location(from start: Token) -> SourceLocation {
        SourceLocation(line: start.line, column: start.column, endLine: lastEndLine, endColumn: lastEndColumn)
    }

    @inline(__always) func location(from start: SourceLocation) -> SourceLocation {
        SourceLocation(line: start.line, column: start.column, endLine: lastEndLine, endColumn: lastEndColumn)
    }

    @inline(__always) func location(from start: SourceLocation, to end: SourceLocation) -> SourceLocation {
        SourceLocation(line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn)
    }

    @inline(__always) func tokenLocation(_ token: Token) -> SourceLocation {
        SourceLocation(line: token.line, column: token.column, endLine: token.endLine, endColumn: token.endColumn)
    }

    // MARK: Errors

    func error(_ message: String, line: Int, column: Int, kind: String = "SyntaxError") -> SyntaxErrorInfo {
        source.error(message, line: line, offset: column + 1, kind: kind)
    }

    func error(_ message: String, at token: Token) -> SyntaxErrorInfo {
        error(message, line: token.line, column: token.column).spanning(tokenLocation(token))
    }

    func error(_ message: String, at location: SourceLocation) -> SyntaxErrorInfo {
        error(message, line: location.line, column: location.column).spanning(location)
    }

    /// An error marking from the start of `first` to the end of `last` (CPython's
    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE).
    func error(_ message: String, from first: SourceLocation, to last: SourceLocation) -> SyntaxErrorInfo {
        error(message, at: SourceLocation(line: first.line, column: first.column,
                                          endLine: last.endLine, endColumn: last.endColumn))
    }

    /// CPython's generic error for the token where parsing stopped, including
    /// the special cases for indentation tokens and end of input.
    func invalidSyntax(at token: Token? = nil) -> SyntaxErrorInfo {
        if token == nil, tokens[index].kind != .lexerError, tokens[index].kind != .indent, let hint = missingCommaError() {
            return hint
        }
        // CPython places a generic error at the last token its parser fetched.
        let token = token ?? tokens[max(index, furthestIndex)]
        switch token.kind {
        case .lexerError:
            if let lexerError = lexerError { return lexerError }
            return error("invalid syntax", at: token)
        case .indent:
            return source.error("unexpected indent", line: token.line, offset: token.column, kind: "IndentationError")
        case .dedent:
            // A DEDENT inside the file has no column in CPython (offset 0); one at the end of
            // input is placed after the last line.
            let offset = token.start < source.scalars.count ? 0 : token.column + 1
            return source.error("unexpected unindent", line: token.line, offset: offset, kind: "IndentationError")
        case .endOfFile:
            if let unclosed = unclosedBracket {
                return error("'\(unclosed.character)' was never closed", line: unclosed.line, column: unclosed.column)
            }
            // CPython's end marker has no column: the offset is 0.
            return source.error("invalid syntax", line: token.line, offset: 0)
        default:
            return error("invalid syntax", at: token)
        }
    }

    /// Runs a look-ahead used only to choose an error message, then restores the parser
    /// state. CPython's second (error-finding) pass reads these tokens too; that counts
    /// for "was never closed" but not for where a generic error is placed.
    func speculate<T>(_ body: () throws -> T) -> T? {
        let saved = (index, lastEndLine, lastEndColumn, bracketDepth, lastExpressionLocation, lastExpressionEndIndex,
                     furthestIndex)
        let result = try? body()
        furthestSpeculativeIndex = max(furthestSpeculativeIndex, furthestIndex)
        (index, lastEndLine, lastEndColumn, bracketDepth, lastExpressionLocation, lastExpressionEndIndex,
         furthestIndex) = saved
        return result
    }

    /// CPython's "Perhaps you forgot a comma?": inside brackets, an expression directly
    /// followed by another complete expression (but not `name "string"` or `print x`).
    func missingCommaError() -> SyntaxErrorInfo? {
        guard lastExpressionEndIndex == index, startsExpression(kind) else { return nil }
        let firstLocation = lastExpressionLocation
        // CPython 3.11 skips the hint when the first expression starts with a soft keyword,
        // and its check matches any name that is a prefix of one ("c", "ma", "_").
        let firstToken = tokens[lastExpressionStartIndex]
        if firstToken.kind == .name, ["match", "case", "_"].contains(where: { $0.hasPrefix(text(of: firstToken)) }) {
            return nil
        }
        if kind == .string, let previousName = tokens[index - 1].kind == .name ? tokens[index - 1] : nil,
           previousName.line == firstLocation.line && previousName.column == firstLocation.column {
            return nil
        }
        if tokens[index - 1].kind == .name, ["print", "exec"].contains(text(of: tokens[index - 1])),
           tokens[index - 1].column == firstLocation.column && tokens[index - 1].line == firstLocation.line {
            return nil
        }
        // CPython parses the second expression even outside brackets, then gives the hint only inside.
        guard let second = speculate({ try parseExpressionWithoutDiagnostics() }), bracketDepth > 0 else { return nil }
        return error("invalid syntax. Perhaps you forgot a comma?", from: firstLocation, to: second.location)
    }

    /// Tokenizer errors CPython raises only when the parser asks for the failing token
    /// (its tokenizer merely flags them), so an earlier parser error wins over them.
    func isReportedOnlyWhenReached(_ error: SyntaxErrorInfo) -> Bool {
        error.kind != "SyntaxError" || error.message == "unexpected character after line continuation character"
            || error.message == "unexpected EOF while parsing"
    }

    /// CPython reports an unclosed bracket instead of a parser error when the parser
    /// had read past the bracket's line.
    func preferUnclosedBracket(_ error: SyntaxErrorInfo) -> SyntaxErrorInfo {
        guard let unclosed = unclosedBracket else { return error }
        let furthest = tokens[max(furthestIndex, index, furthestSpeculativeIndex)]
        // The end of input counts as a line of its own, as in CPython's tokenizer.
        let atEnd = furthest.start >= source.scalars.count
        if furthest.line > unclosed.line || atEnd {
            return self.error("'\(unclosed.character)' was never closed", line: unclosed.line, column: unclosed.column)
        }
        return error
    }

    // MARK: Entry points

    func parseModule(mode: SourceMode) throws -> Module {
        do {
            switch mode {
            case .exec:
                var body: [Stmt] = []
                while kind != .endOfFile {
                    if kind == .newline { advance(); continue }
                    try parseStatement(into: &body)
                }
                return Module(body: body)
            case .single:
                while kind == .newline { advance() }
                var body: [Stmt] = []
                if kind == .endOfFile { return Module(body: body) }
                let isCompound = (![TokenKind.name, .number, .string].contains(kind) && kind.isCompoundStatementStart)
                    || atMatchStatement()
                try parseStatement(into: &body)
                let statementEnd = previous
                while kind == .newline { advance() }
                if kind != .endOfFile {
                    // In CPython a compound statement must be followed by the end of input; after
                    // simple statements the check for more input has its own message.
                    if isCompound { throw invalidSyntax() }
                    throw error("multiple statements found while compiling a single statement", at: statementEnd)
                }
                return Module(body: body)
            case .eval:
                while kind == .newline { advance() }
                let start = current
                let value = try parseStarExpressions()
                while kind == .newline { advance() }
                if kind != .endOfFile { throw invalidSyntax() }
                return Module(body: [Stmt(.expr(value), location(from: start))])
            }
        } catch let error as SyntaxErrorInfo {
            // The parser stopped where the tokenizer failed: that is the error.
            if let lexerError = lexerError, tokens[max(index, furthestIndex)].kind == .lexerError {
                throw lexerError
            }
            // In CPython a tokenizer error anywhere in the file replaces a parser error,
            // except "unexpected indent"/"unexpected unindent", reported as soon as found.
            // Indentation, tab and line-continuation errors are not raised that way: only when
            // the parser reaches them.
            if let lexerError = lexerError, !isReportedOnlyWhenReached(lexerError),
               !(error.kind == "IndentationError" && error.message.hasPrefix("unexpected ")) {
                throw lexerError
            }
            throw preferUnclosedBracket(error)
        }
    }
}
