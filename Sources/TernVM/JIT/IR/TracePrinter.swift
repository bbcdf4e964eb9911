// Trace IR as text, one operation per line, for TERN_JIT_LOG, docs/jit.md and tests:
//   v3 = intAdd v1, v2 :int  -> s1
// (`-> sN`: the operation leaves through snapshot N; snapshots are listed last).

extension IRInstruction {
    var text: String {
        var parts: [String] = []
        for operand in [a, b, c] where !operand.isNone { parts.append(operand.description) }
        switch opcode {
        case .constant:
            switch type {
            case .int: parts.append(String(immediate))
            case .float: parts.append(String(Double(bitPattern: UInt64(bitPattern: immediate))))
            default: parts.append("0x" + String(UInt64(bitPattern: immediate), radix: 16))
            }
        case .intCompare, .floatCompare:
            parts.append(CompareCondition(rawValue: immediate)?.symbol ?? "?")
        case .loadSlot, .storeSlot:
            parts.append("slot \(immediate)")
        case .loadWord, .loadWord32, .loadValue, .storeWord, .loadIndexed, .storeIndexed, .loadContext:
            parts.append("+\(immediate)")
        case .guardObject:
            parts.append("type \(immediate)")
        case .callHelper:
            parts.insert(TraceHelper(rawValue: immediate)?.name ?? "?", at: 0)
        case .guardEqual, .guardNotEqual:
            parts.append("0x" + String(UInt64(bitPattern: immediate), radix: 16))
        default:
            break
        }
        var line = "\(opcode)"
        if !parts.isEmpty { line += " " + parts.joined(separator: ", ") }
        if type != .none { line += " :\(type)" }
        if snapshot >= 0 { line += "  -> s\(snapshot)" }
        return line
    }
}

extension Trace {
    var text: String {
        var out = ""
        for (index, instruction) in instructions.enumerated() {
            var text = instruction.text
            if instruction.opcode == .jumpToStart && !loopCarried.isEmpty {
                text += " " + loopCarried.map { "\($0.input)=\($0.next)" }.joined(separator: " ")
            }
            if IRRef(index) == bodyStart { out += "     -- the loop body: --\n" }
            out += instruction.type == .none ? "     \(text)\n" : "v\(index) = \(text)\n"
        }
        for (index, snapshot) in snapshots.enumerated() {
            var entries = snapshot.entries.map { "slot \($0.slot)=\($0.value)" }.joined(separator: " ")
            for (number, virtual) in snapshot.virtuals.enumerated() {
                let items = virtual.items.map { " [" + $0.map(\.description).joined(separator: ", ") + "]" } ?? ""
                entries += " V\(number)=type \(virtual.typeID) shape 0x\(String(virtual.shape, radix: 16))\(items)"
            }
            let calls = snapshot.frames.map { " in \($0.isConstructor ? "__init__" : "call") at pc \($0.callPC) (base \($0.base))" }.joined()
            out += "s\(index): pc \(snapshot.pc) depth \(snapshot.stackDepth)\(calls)\(entries.isEmpty ? "" : " " + entries)\n"
        }
        return out
    }
}
