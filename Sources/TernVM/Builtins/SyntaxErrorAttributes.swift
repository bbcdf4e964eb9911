// SyntaxError's location attributes (msg, filename, lineno, offset, text, end_lineno,
// end_offset, print_file_and_line), its constructor SyntaxError(msg, (filename, lineno,
// offset, text[, end_lineno, end_offset])) and its str(), "msg (file.py, line 3)".
// The errors Tern's own front end raises carry the same attributes (fillSyntaxError).

import TernSyntax

extension VM {
    static let syntaxErrorLocationNames = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]

    func installSyntaxErrorAttributes() {
        let syntaxError = exceptionTypes.syntaxError
        // In CPython these are members that read None until set; here None class attributes do the same.
        for name in ["msg"] + VM.syntaxErrorLocationNames + ["print_file_and_line"] {
            try! dictSet(TypeView(types[syntaxError].object).dict, intern(name), .none)
        }
        defineMethod(syntaxError, "__init__") { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            let count = arguments.positionalCount - 1
            ref[ExceptionLayout.args] = try vm.newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: count))
            if count >= 1 { try vm.setInstanceSlot(ref, vm.intern("msg"), arguments[1]) }
            guard count == 2 else { return .none }
            let info = try vm.withRoots(arguments[0]) { () throws(Raised) in try vm.tupleFrom(arguments[2]) }
            let fields = TupleView(info)
            guard fields.count >= 4 && fields.count <= 6 else {
                throw vm.raiseTypeError(fields.count < 4 ? "function takes at least 4 arguments (\(fields.count) given)"
                                                         : "function takes at most 6 arguments (\(fields.count) given)")
            }
            if fields.count == 5 { throw vm.raiseTypeError("end_offset must be provided when end_lineno is provided") }
            for (index, name) in VM.syntaxErrorLocationNames.enumerated() where index < fields.count {
                try vm.setInstanceSlot(ref, vm.intern(name), fields[index])
            }
            return .none
        }
        defineMethod(syntaxError, "__str__") { vm, arguments throws(Raised) in
            try vm.newStr(try vm.syntaxErrorString(arguments[0]))
        }
    }

    /// str() of a SyntaxError: the message, then the file's base name and the line when known.
    private func syntaxErrorString(_ exception: Value) throws(Raised) -> String {
        let message = try getAttribute(exception, intern("msg"))
        let filename = try getAttribute(exception, intern("filename"))
        let line = try getAttribute(exception, intern("lineno"))
        let text = try strString(message)
        let base = isStr(filename) ? String(swiftString(filename).split(separator: "/", omittingEmptySubsequences: false).last ?? "") : nil
        let lineNumber = isExactType(line, TypeID.int) ? try reprString(line) : nil
        switch (base, lineNumber) {
        case let (base?, number?): return "\(text) (\(base), line \(number))"
        case let (base?, nil): return "\(text) (\(base))"
        case let (nil, number?): return "\(text) (line \(number))"
        case (nil, nil): return text
        }
    }

    /// Gives a SyntaxError raised by Tern's lexer, parser or compiler CPython's attributes
    /// and its args, (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
    func fillSyntaxError(_ exception: Value, _ info: SyntaxErrorInfo) throws(Raised) {
        let ref = ObjectRef(exception)
        let endLine = info.endLine > 0 ? info.endLine : info.line
        let endColumn = info.endColumn > 0 ? info.endColumn : info.column
        let text: Value = info.sourceLine.isEmpty ? .none : try newStr(info.sourceLine + "\n")
        let message = try newStr(info.message)
        let location = [try newStr(info.filename), Value(int: Int64(info.line)), Value(int: Int64(info.column)), text,
                        Value(int: Int64(endLine)), Value(int: Int64(endColumn))]
        try setInstanceSlot(ref, intern("msg"), message)
        for (name, value) in zip(VM.syntaxErrorLocationNames, location) {
            try setInstanceSlot(ref, intern(name), value)
        }
        ref[ExceptionLayout.args] = try newTuple(message, try newTuple(location))
    }

    /// How a traceback ends for a SyntaxError, as CPython's print_exception draws it from
    /// the attributes: the file and line, the offending text with carets, then
    /// "Type: msg"; nil when the attributes cannot be read (the plain summary line then).
    func syntaxErrorLocation(_ exception: Value) -> String? {
        func attribute(_ name: String) -> Value? { try? getAttribute(exception, intern(name)) }
        guard let message = attribute("msg"), let filename = attribute("filename"), let line = attribute("lineno"),
              let text = attribute("text"), let offset = attribute("offset"), let endOffset = attribute("end_offset") else { return nil }
        var out = ""
        let number = smallIntValue(line)
        if let number {
            out += "  File \"\(isStr(filename) ? swiftString(filename) : "<string>")\", line \(number)\n"
        }
        if isStr(text) {
            let column = smallIntValue(offset).map { Int($0) } ?? 0
            var endColumn = smallIntValue(endOffset).map { Int($0) } ?? 0
            var lineText = swiftString(text)
            // The carets stop at the text's end, its newline included when it has one.
            if !lineText.hasSuffix("\n") { endColumn = min(endColumn, lineText.unicodeScalars.count + 1) }
            while lineText.hasSuffix("\n") { lineText.removeLast() }
            out += syntaxErrorSourceLines(SyntaxErrorInfo(message: "", filename: "", line: Int(number ?? 0), column: column,
                                                          sourceLine: lineText, endLine: Int(number ?? 0), endColumn: endColumn))
        }
        let name = exceptionTypeDisplayName(exception)
        let detail = isStr(message) ? swiftString(message) : ((try? strString(message)) ?? "")
        let suffix = number == nil && isStr(filename) ? " (\(swiftString(filename)))" : ""
        out += "\(name): \(detail.isEmpty && message.isNone ? "<no detail available>" : detail)\(suffix)\n"
        return out
    }
}
