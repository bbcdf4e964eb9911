// Public entry points of the front end.

/// Parses `source` into a module. Throws `SyntaxErrorInfo` shaped like CPython 3.11's errors.
public func parse(source: String, filename: String, mode: SourceMode) throws -> Module {
    let text = SourceText(source, filename: filename)
    var lexer = Lexer(source: text)
    let tokens = try lexer.tokenize()
    let parser = Parser(source: text, tokens: tokens, unclosedBracket: lexer.unclosedBracket)
    return try parser.parseModule(mode: mode)
}

/// Whether an interactive input is unfinished, so a REPL should print "..." and
/// read more lines instead of reporting an error or running it.
/// In CPython (codeop): input is incomplete when the error is "ran out of input",
/// or when a compound statement has not yet been ended by a blank line.
public func isIncompleteInput(_ source: String) -> Bool {
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
    let endsWithBlankLine = source.hasSuffix("\n\n") || source.hasSuffix("\n\r\n")
        || source.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.allSatisfy { $0 == " " || $0 == "\t" } && source.contains("\n") && source.hasSuffix("\n\(String($0))") && !$0.isEmpty } == true
    do {
        let module = try parser.parseModule(mode: .single)
        if endsWithBlankLine { return false }
        // A compound statement continues until a blank line.
        if let first = tokens.first, [.kwIf, .kwWhile, .kwFor, .kwTry, .kwWith, .kwDef, .kwClass, .at, .kwAsync].contains(first.kind) {
            return !module.body.isEmpty
        }
        return false
    } catch let error as SyntaxErrorInfo {
        if endsWithBlankLine { return false }
        if error.message.hasPrefix("expected an indented block") {
            return tokens.last.map { error.line >= $0.line } ?? false
        }
        return false
    } catch { return false }
}
