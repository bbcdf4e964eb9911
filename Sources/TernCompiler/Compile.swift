import TernSyntax

// Entry point of the compiler. (Placeholder until the compiler lands.)

/// Compiles a parsed module. Throws `SyntaxErrorInfo` for errors found after parsing
/// (scope errors such as `nonlocal` at module level, `return` outside a function).
public func compile(_ module: Module, filename: String, mode: SourceMode) throws -> CodeObject {
    throw SyntaxErrorInfo(message: "compiler not yet implemented", filename: filename, line: 1, column: 1, sourceLine: "")
}
