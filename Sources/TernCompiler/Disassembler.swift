// A human-readable listing of code objects, in the spirit of CPython's `dis`:
// line numbers, offsets, jump-target marks (>>), argument meanings, inline-cache
// slots and the exception table, recursing into nested code objects.

/// Disassembles `code` and every code object in its constants.
public func disassemble(_ code: CodeObject) -> String {
    var output = ""
    var pending = [code]
    var first = true
    while !pending.isEmpty {
        let current = pending.removeFirst()
        if !first { output += "\n" }
        first = false
        output += disassembleOne(current)
        for constant in current.constants {
            if case .code(let nested) = constant { pending.append(nested) }
        }
    }
    return output
}

/// The listing of one code object, without nested ones.
func disassembleOne(_ code: CodeObject) -> String {
    var lines: [String] = []
    lines.append("Disassembly of \(code.qualifiedName) (\(code.filename), line \(code.firstLine)):")
    var header = "  flags=\(flagNames(code.flags)) stack=\(code.stackSize) args=\(code.argCount)"
    header += " posonly=\(code.positionalOnlyCount) kwonly=\(code.keywordOnlyCount)"
    header += " loops=\(code.loopCount) caches=\(code.cacheCount)"
    lines.append(header)
    if !code.varNames.isEmpty { lines.append("  varnames: " + code.varNames.joined(separator: ", ")) }
    if !code.cellVars.isEmpty {
        let cells = zip(code.cellVars, code.cellParameter).map { $1 >= 0 ? "\($0)=arg\($1)" : $0 }
        lines.append("  cellvars: " + cells.joined(separator: ", "))
    }
    if !code.freeVars.isEmpty { lines.append("  freevars: " + code.freeVars.joined(separator: ", ")) }

    var targets = Set<Int>()
    var offset = 0
    while offset < code.code.count {
        let word = code.code[offset]
        guard let opcode = Opcode(rawValue: UInt8(word & 0xFF)) else { break }
        if isJump(opcode) { targets.insert(Int(word >> 8)) }
        offset += opcode.cached ? 2 : 1
    }
    for entry in code.exceptionTable { targets.insert(entry.target) }

    var lineEntry = 0
    let lineTable = code.lineTable
    offset = 0
    while offset < code.code.count {
        let word = code.code[offset]
        let argument = Int(word >> 8)
        guard let opcode = Opcode(rawValue: UInt8(word & 0xFF)) else {
            lines.append("  ?? bad opcode \(word & 0xFF) at \(offset)")
            break
        }
        var lineColumn = "    "
        // An entry starts at every change of position; dis shows only changes of line.
        if lineEntry < lineTable.count, lineTable[lineEntry].start == offset {
            if lineEntry == 0 || lineTable[lineEntry - 1].line != lineTable[lineEntry].line {
                lineColumn = pad(String(lineTable[lineEntry].line), 4)
                if !lines.isEmpty, offset > 0 { lines.append("") }
            }
            lineEntry += 1
        }
        let mark = targets.contains(offset) ? ">>" : "  "
        var text = lineColumn + "  " + mark + " " + pad(String(offset), 4) + " " + padRight(opcode.name, 22)
        text += pad(String(argument), 4)
        let meaning = argumentMeaning(code, opcode, argument)
        if !meaning.isEmpty { text += " (" + meaning + ")" }
        if opcode.cached, offset + 1 < code.code.count { text += " [cache \(code.code[offset + 1])]" }
        lines.append(text)
        offset += opcode.cached ? 2 : 1
    }
    if !code.exceptionTable.isEmpty {
        lines.append("ExceptionTable:")
        for entry in code.exceptionTable {
            lines.append("  \(entry.start) to \(entry.end) -> \(entry.target) [\(entry.depth)]" + (entry.pushLasti ? " lasti" : ""))
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

/// What an instruction's argument refers to, for the listing.
func argumentMeaning(_ code: CodeObject, _ opcode: Opcode, _ argument: Int) -> String {
    func name(_ list: [String]) -> String { argument < list.count ? list[argument] : "?" }
    switch opcode {
    case .loadConst, .kwNames:
        return argument < code.constants.count ? constantRepresentation(code.constants[argument]) : "?"
    case .loadFast, .loadFastAndSeal, .storeFast, .deleteFast:
        return name(code.varNames)
    case .loadDeref, .storeDeref, .deleteDeref, .loadClosure, .loadClassDeref:
        return name(code.cellVars + code.freeVars)
    case .loadGlobal, .storeGlobal, .deleteGlobal, .loadName, .storeName, .deleteName, .loadAttr,
         .storeAttr, .deleteAttr, .loadMethod, .importName, .importFrom:
        return name(code.names)
    case .binaryOp, .binaryOpIntoLocal:
        let symbols = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"]
        let base = argument & 15
        return base < symbols.count ? symbols[base] + (argument >= 16 ? "=" : "") : "?"
    case .compareOp:
        let symbols = ["==", "!=", "<", "<=", ">", ">="]
        return argument < symbols.count ? symbols[argument] : "?"
    case .isOp:
        return argument == 0 ? "is" : "is not"
    case .containsOp:
        return argument == 0 ? "in" : "not in"
    case .jumpForward, .jumpBackward, .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone,
         .popJumpIfNotNone, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send:
        return "to \(argument)"
    case .loopHeader:
        return "loop \(argument)"
    case .formatValue:
        let conversions = ["", "str", "repr", "ascii"]
        var parts: [String] = []
        if argument & 3 != 0 { parts.append(conversions[argument & 3]) }
        if argument & 4 != 0 { parts.append("with format") }
        return parts.joined(separator: ", ")
    case .makeFunction:
        let names = ["defaults", "kwdefaults", "annotations", "closure"]
        return names.enumerated().filter { argument & (1 << $0.offset) != 0 }.map { $0.element }.joined(separator: ", ")
    case .unpackEx:
        return "\(argument & 0xFF) before, \(argument >> 8) after"
    case .raiseVarargs:
        return ["reraise", "exception", "exception from cause"][min(argument, 2)]
    default:
        return ""
    }
}

/// Python-style repr of a constant.
public func constantRepresentation(_ constant: CodeConstant) -> String {
    switch constant {
    case .none: return "None"
    case .ellipsis: return "Ellipsis"
    case .bool(let value): return value ? "True" : "False"
    case .int(let value): return String(value)
    case .bigInt(let digits): return digits
    case .float(let value):
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return "\(value)"
    case .complex(let real, let imaginary):
        return real == 0 ? "\(imaginary)j" : "(\(real)+\(imaginary)j)"
    case .string(let value): return stringRepresentation(value)
    case .bytes(let value):
        var text = "b'"
        for byte in value {
            switch byte {
            case 0x5C: text += "\\\\"
            case 0x27: text += "\\'"
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x09: text += "\\t"
            case 0x20..<0x7F: text.append(Character(Unicode.Scalar(byte)))
            default: text += "\\x" + hexByte(byte)
            }
        }
        return text + "'"
    case .tuple(let items):
        if items.count == 1 { return "(" + constantRepresentation(items[0]) + ",)" }
        return "(" + items.map(constantRepresentation).joined(separator: ", ") + ")"
    case .code(let code):
        return "<code object \(code.name), line \(code.firstLine)>"
    }
}

/// Python-style repr of a str (single quotes unless the text holds one and no double quote).
func stringRepresentation(_ value: String) -> String {
    let quote: Character = value.contains("'") && !value.contains("\"") ? "\"" : "'"
    var text = String(quote)
    for scalar in value.unicodeScalars {
        switch scalar {
        case "\\": text += "\\\\"
        case "\n": text += "\\n"
        case "\r": text += "\\r"
        case "\t": text += "\\t"
        default:
            if Character(scalar) == quote {
                text += "\\" + String(quote)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                text += "\\x" + hexByte(UInt8(scalar.value))
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
    }
    text.append(quote)
    return text
}

func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
}

func flagNames(_ flags: CodeFlags) -> String {
    let table: [(CodeFlags, String)] = [
        (.optimized, "OPTIMIZED"), (.newLocals, "NEWLOCALS"), (.varArgs, "VARARGS"),
        (.varKeywords, "VARKEYWORDS"), (.nested, "NESTED"), (.generator, "GENERATOR"),
        (.coroutine, "COROUTINE"), (.asyncGenerator, "ASYNC_GENERATOR"),
    ]
    let names = table.filter { flags.contains($0.0) }.map { $0.1 }
    return names.isEmpty ? "0" : names.joined(separator: "|")
}

func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}

func padRight(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(1, width - text.count))
}
