import TernCompiler
import TernSyntax

// compile(source, filename, mode, PyCF_ONLY_AST): the parser's tree as objects of the
// `_ast` classes (lib/_ast.py). The tree (TernSyntax's ASTTree.swift) becomes nested
// tuples — (class name, field values in `_fields` order, then the four positions) — and
// lib/_ast.py makes the nodes from them. Building the tuples only allocates, so no
// collection happens before they are handed over rooted.

extension VM {
    static let onlyASTFlag = 1024

    /// The `_ast` tree of `source` (columns in UTF-8 bytes, as in CPython).
    func astObject(source: String, filename: String, mode: SourceMode) throws(Raised) -> Value {
        let module = try parseSource(source, filename: filename, mode: mode)
        let converter = ASTTupleConverter(vm: self, columns: ByteColumns(source: source))
        let tuples = try converter.value(.node(astTree(module, mode: mode)))
        return try callLibraryFunction("_ast", "_tree_from_tuples", tuples)
    }
}

private struct ASTTupleConverter {
    let vm: VM
    let columns: ByteColumns

    func value(_ value: ASTValue) throws(Raised) -> Value {
        switch value {
        case .node(let node):
            var items: [Value] = [vm.intern(node.name)]
            for field in node.fields { items.append(try self.value(field.value)) }
            if let location = node.location {
                items.append(Value(int: Int64(location.line)))
                items.append(Value(int: Int64(columns.column(location.column, line: location.line))))
                items.append(Value(int: Int64(location.endLine)))
                items.append(Value(int: Int64(columns.column(location.endColumn, line: location.endLine))))
            }
            return try vm.newTuple(items)
        case .list(let elements):
            var items: [Value] = []
            items.reserveCapacity(elements.count)
            for element in elements { items.append(try self.value(element)) }
            return try vm.newList(items)
        case .identifier(let name): return vm.intern(name)
        case .int(let number): return Value(int: Int64(number))
        case .constant(let constant): return try vm.constantValue(literalConstant(constant) ?? .none)
        case .absent: return .none
        }
    }
}
