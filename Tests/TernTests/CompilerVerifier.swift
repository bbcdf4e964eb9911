@testable import TernCompiler

// An independent checker of compiled code objects: it re-derives everything
// from the final words and tables (not from the compiler's own bookkeeping)
// and reports every broken invariant the VM relies on.

/// Problems found in `code` and every nested code object (empty when all is well).
func verifyCode(_ code: CodeObject) -> [String] {
    var problems: [String] = []
    verifyOne(code, &problems)
    for constant in code.constants {
        if case .code(let nested) = constant { problems += verifyCode(nested) }
    }
    return problems
}

private func verifyOne(_ code: CodeObject, _ problems: inout [String]) {
    func report(_ message: String) { problems.append("\(code.qualifiedName): \(message)") }
    let words = code.code
    if words.isEmpty { report("empty code"); return }

    // Decode instruction boundaries, cache slots, loop headers.
    var starts: [Int] = []
    var isStart = [Bool](repeating: false, count: words.count + 1)
    var offset = 0
    var nextCache = 0
    var loopHeaders: [Int: Int] = [:]
    while offset < words.count {
        guard let opcode = Opcode(rawValue: UInt8(words[offset] & 0xFF)) else {
            report("bad opcode at \(offset)"); return
        }
        starts.append(offset)
        isStart[offset] = true
        let argument = Int(words[offset] >> 8)
        if opcode.cached {
            if offset + 1 >= words.count { report("cache word missing at \(offset)"); return }
            if Int(words[offset + 1]) != nextCache { report("cache index at \(offset) is \(words[offset + 1]), expected \(nextCache)") }
            nextCache += 1
        }
        if opcode == .loopHeader {
            if loopHeaders[argument] != nil { report("loop \(argument) has two headers") }
            loopHeaders[argument] = offset
        }
        switch opcode {
        case .loadConst, .kwNames:
            if argument >= code.constants.count { report("constant index out of range at \(offset)") }
        case .loadFast, .storeFast, .deleteFast:
            if argument >= code.varNames.count { report("local index out of range at \(offset)") }
        case .loadDeref, .storeDeref, .deleteDeref, .loadClosure, .loadClassDeref:
            if argument >= code.cellVars.count + code.freeVars.count { report("cell index out of range at \(offset)") }
        case .loadGlobal, .storeGlobal, .deleteGlobal, .loadName, .storeName, .deleteName, .loadAttr,
             .storeAttr, .deleteAttr, .loadMethod, .importName, .importFrom:
            if argument >= code.names.count { report("name index out of range at \(offset)") }
        default: break
        }
        offset += opcode.cached ? 2 : 1
    }
    isStart[words.count] = false
    if nextCache != code.cacheCount { report("cacheCount \(code.cacheCount) but \(nextCache) cache words") }
    if Set(loopHeaders.keys) != Set(0..<code.loopCount) { report("loop headers \(loopHeaders.keys.sorted()) vs loopCount \(code.loopCount)") }

    // Jumps.
    for start in starts {
        let opcode = Opcode(rawValue: UInt8(words[start] & 0xFF))!
        guard isJump(opcode) else { continue }
        let target = Int(words[start] >> 8)
        if target >= words.count || !isStart[target] { report("jump at \(start) to \(target) is not an instruction"); continue }
        let targetOpcode = Opcode(rawValue: UInt8(words[target] & 0xFF))!
        if opcode == .jumpBackward {
            if target > start { report("JUMP_BACKWARD at \(start) goes forward") }
            if targetOpcode != .loopHeader && targetOpcode != .send {
                report("JUMP_BACKWARD at \(start) targets \(targetOpcode.name), not a LOOP_HEADER")
            }
        } else if target <= start {
            report("\(opcode.name) at \(start) jumps backward")
        }
    }

    // Exception table: sorted, disjoint, on boundaries.
    var previousEnd = 0
    for entry in code.exceptionTable {
        if entry.start >= entry.end { report("empty exception range \(entry.start)..<\(entry.end)") }
        if entry.start < previousEnd { report("exception ranges overlap or are unsorted at \(entry.start)") }
        if !isStart[entry.start] || (entry.end < words.count && !isStart[entry.end]) || entry.end > words.count {
            report("exception range \(entry.start)..<\(entry.end) not on instruction boundaries")
        }
        if entry.target >= words.count || !isStart[entry.target] { report("handler \(entry.target) is not an instruction") }
        previousEnd = entry.end
    }

    // Line table.
    var previousStart = -1
    for entry in code.lineTable {
        if entry.start <= previousStart || !isStart[entry.start] { report("bad line table entry at \(entry.start)") }
        previousStart = entry.start
    }
    if code.cellParameter.count != code.cellVars.count { report("cellParameter size differs from cellVars") }

    // Stack depth along every path, exception edges included.
    func handler(at position: Int) -> ExceptionTableEntry? {
        code.exceptionTable.first { $0.start <= position && position < $0.end }
    }
    var depths = [Int?](repeating: nil, count: words.count + 1)
    var work: [Int] = [0]
    depths[0] = 0
    func reach(_ target: Int, _ depth: Int, from: Int) {
        if depth < 0 { report("negative stack depth reaching \(target) from \(from)"); return }
        if depth > code.stackSize { report("stack depth \(depth) > stackSize \(code.stackSize) at \(target)") }
        if target >= words.count { report("falls off the end after \(from)"); return }
        if let known = depths[target] {
            if known != depth { report("stack depth \(known) vs \(depth) at \(target) (from \(from))") }
            return
        }
        depths[target] = depth
        work.append(target)
    }
    var visited = 0
    while let position = work.popLast(), visited < 100_000 {
        visited += 1
        let depth = depths[position]!
        let opcode = Opcode(rawValue: UInt8(words[position] & 0xFF))!
        let argument = Int(words[position] >> 8)
        if let entry = handler(at: position) {
            if entry.depth > depth { report("handler depth \(entry.depth) above stack depth \(depth) at \(position)") }
            reach(entry.target, entry.depth + (entry.pushLasti ? 1 : 0) + 1, from: position)
        }
        if isJump(opcode) {
            reach(argument, depth + stackEffect(opcode, argument, jump: true), from: position)
        }
        if !isTerminator(opcode) {
            reach(position + (opcode.cached ? 2 : 1), depth + stackEffect(opcode, argument, jump: false), from: position)
        }
    }
    let deepest = depths.compactMap { $0 }.max() ?? 0
    if deepest != code.stackSize { report("stackSize \(code.stackSize) but the deepest reachable stack is \(deepest)") }
    if let last = starts.last, depths[last] != nil,
       !isTerminator(Opcode(rawValue: UInt8(words[last] & 0xFF))!) {
        report("last instruction does not end the code")
    }
}
