// Public entry points of the front end.

/// Parses `source` into a module. Throws `SyntaxErrorInfo` shaped like CPython 3.11's errors.
public func parse(source: String, filename: String, mode: SourceMode) throws -> Module {
    let text = SourceText(source, filename: filename)
    var lexer = Lexer(source: text)
    let (tokens, lexerError) = lexer.tokenizeDeferringErrors()
    let parser = Parser(source: text, tokens: tokens, unclosedBracket: lexer.unclosedBracket)
    parser.lexerError = lexerError
    return try parser.parseModule(mode: mode)
}

/// Whether an interactive input is unfinished, so a REPL should print "..." and read
/// more lines instead of running it or reporting an error. `source` is the lines typed
/// so far joined with "\n" (no newline after the last), as CPython's code.InteractiveConsole
/// builds it; an empty last line ends a compound statement.
/// In CPython (codeop): input is incomplete when the parser ran out of input.
public func isIncompleteInput(_ source: String) -> Bool {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let endsWithBlankLine = lines.count > 1 && lines.last!.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    let text = SourceText(source, filename: "<stdin>")
    var lexer = Lexer(source: text)
    let tokens: [Token]
    do {
        tokens = try lexer.tokenize()
    } catch let error as SyntaxErrorInfo {
        return error.message.hasPrefix("unterminated triple-quoted string literal")
            || error.message == "unexpected EOF while parsing"
    } catch { return false }
    if lexer.unclosedBracket != nil { return true }
    let parser = Parser(source: text, tokens: tokens, unclosedBracket: nil)
    do {
        let module = try parser.parseModule(mode: .single)
        guard !endsWithBlankLine, let first = module.body.first else { return false }
        switch first.kind {
        case .ifStmt, .whileLoop, .forLoop, .tryStmt, .tryStar, .with, .functionDef, .classDef, .match: return true
        default: return false
        }
    } catch {
        // The parser needed more tokens than the input holds.
        let lastNewline = tokens.lastIndex { $0.kind == .newline } ?? tokens.count - 1
        return !endsWithBlankLine && parser.furthestIndex > lastNewline
    }
}
