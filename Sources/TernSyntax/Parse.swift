// Entry point of the front end. (Placeholder until the parser lands.)

/// Parses `source` into a module. Throws `SyntaxErrorInfo`.
public func parse(source: String, filename: String, mode: SourceMode) throws -> Module {
    throw SyntaxErrorInfo(message: "parser not yet implemented", filename: filename, line: 1, column: 1, sourceLine: "")
}
