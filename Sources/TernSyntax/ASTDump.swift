// Renders a module exactly as CPython's `ast.dump(ast.parse(source))` does, so the parser
// can be tested differentially against CPython. The nodes and fields come from ASTTree.swift.

/// The module in CPython's `ast.dump` format.
public func dumpAST(_ module: Module) -> String {
    dumpAST(module, includePositions: false)
}

/// With `includePositions`, as `ast.dump(tree, include_attributes=True)`: columns in UTF-8
/// bytes of `source` as CPython counts them (without it, in code points).
public func dumpAST(_ module: Module, includePositions: Bool, source: String? = nil) -> String {
    var writer = DumpWriter()
    writer.includePositions = includePositions
    writer.byteColumns = source.map(ByteColumns.init)
    writer.write(.node(astTree(module, mode: .exec)))
    return writer.output
}

/// Accumulates the dump text; optional fields that are absent are left out, as ast.dump does.
struct DumpWriter {
    var output = ""
    var includePositions = false
    var byteColumns: ByteColumns?

    mutating func write(_ value: ASTValue) {
        switch value {
        case .node(let node):
            output += node.name + "("
            var separator = ""
            for field in node.fields {
                if case .absent = field.value { continue }
                output += separator + field.name + "="
                write(field.value)
                separator = ", "
            }
            if includePositions, let location = node.location {
                let column = byteColumns?.column(location.column, line: location.line) ?? location.column
                let endColumn = byteColumns?.column(location.endColumn, line: location.endLine) ?? location.endColumn
                output += separator + "lineno=\(location.line), col_offset=\(column), "
                    + "end_lineno=\(location.endLine), end_col_offset=\(endColumn)"
            }
            output += ")"
        case .list(let items):
            output += "["
            for (position, item) in items.enumerated() {
                if position > 0 { output += ", " }
                write(item)
            }
            output += "]"
        case .identifier(let name): output += pythonRepr(string: name)
        case .int(let value): output += String(value)
        case .constant(let constant): output += pythonRepr(constant: constant)
        case .absent: output += "None"
        }
    }
}
