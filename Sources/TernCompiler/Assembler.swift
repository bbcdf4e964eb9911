// Turns a unit's pending instructions into the final CodeObject fields:
// drops unreachable code and jumps to the next instruction (as CPython's
// optimizer does), computes stack depths, lays out words with inline-cache
// slots, resolves labels to absolute offsets, and builds the line table and
// the exception table.

extension CompilerUnit {
    /// Fills `code` from the instruction buffer. Call once, after the last emission.
    func assemble() throws {
        var current = instructions
        var positions = labelPositions
        var handlerInfos = handlers

        // Remove unreachable instructions, then jumps to the following instruction, until stable.
        while true {
            var keep = reachableInstructions(current, labelPositions: positions, handlers: handlerInfos)
            var removedJump = false
            for index in current.indices where keep[index] {
                let instruction = current[index]
                guard instruction.opcode == .jumpForward, let target = instruction.target else { continue }
                var next = index + 1
                while next < current.count, !keep[next] || current[next].opcode == nil { next += 1 }
                var destination = positions[target.id]
                while destination < current.count, !keep[destination] || current[destination].opcode == nil {
                    destination += 1
                }
                if destination == next {
                    keep[index] = false
                    removedJump = true
                }
            }
            if !removedJump, !keep.contains(false) { break }
            // nextKept[i]: the new index of the first kept instruction at or after i.
            var nextKept = [Int](repeating: 0, count: current.count + 1)
            var newCount = keep.filter { $0 }.count
            nextKept[current.count] = newCount
            for index in stride(from: current.count - 1, through: 0, by: -1) {
                if keep[index] { newCount -= 1 }
                nextKept[index] = newCount
            }
            positions = positions.map { $0 < 0 ? $0 : nextKept[$0] }
            for index in handlerInfos.indices { handlerInfos[index].setupIndex = nextKept[handlerInfos[index].setupIndex] }
            current = current.indices.filter { keep[$0] }.map { current[$0] }
        }

        let (depths, maximum) = try computeDepths(current, labelPositions: positions, handlers: handlerInfos)

        // Renumber the loop headers that survived, densely in order.
        var survivingLoops = 0
        for index in current.indices where current[index].opcode == .loopHeader {
            current[index].argument = survivingLoops
            survivingLoops += 1
        }

        // Word offsets of every pending instruction (pseudo instructions take no word).
        var offsets = [Int](repeating: 0, count: current.count + 1)
        var offset = 0
        for (index, instruction) in current.enumerated() {
            offsets[index] = offset
            if let opcode = instruction.opcode { offset += opcode.cached ? 2 : 1 }
        }
        offsets[current.count] = offset

        var words: [UInt32] = []
        words.reserveCapacity(offset)
        var lineTable: [LineTableEntry] = []
        lineTable.reserveCapacity(current.count)
        var rawRanges: [(start: Int, end: Int, handler: Int)] = []
        var cacheCount = 0
        for (index, instruction) in current.enumerated() {
            guard var opcode = instruction.opcode else { continue }
            var argument = instruction.argument
            if let target = instruction.target {
                argument = offsets[positions[target.id]]
                if opcode == .jumpForward || opcode == .jumpBackward {
                    opcode = argument <= offsets[index] ? .jumpBackward : .jumpForward
                }
            }
            let start = words.count
            let span = instruction.span
            let entry = LineTableEntry(start: start, line: instruction.line, column: span.column,
                                       endLine: span.endLine, endColumn: span.endColumn)
            if let last = lineTable.last, last.line == entry.line, last.column == entry.column,
               last.endLine == entry.endLine, last.endColumn == entry.endColumn {
                // Same position as the previous instruction: the entry before covers it.
            } else {
                lineTable.append(entry)
            }
            words.append(Opcode.encode(opcode, argument))
            if opcode.cached {
                words.append(UInt32(cacheCount))
                cacheCount += 1
            }
            if let last = rawRanges.last, last.handler == instruction.handler, last.end == start {
                rawRanges[rawRanges.count - 1].end = words.count
            } else {
                rawRanges.append((start, words.count, instruction.handler))
            }
        }

        var exceptionTable: [ExceptionTableEntry] = []
        for range in rawRanges where range.handler >= 0 {
            let handler = handlerInfos[range.handler]
            guard let setupDepth = depths[handler.setupIndex] else {
                throw StackDepthError(description: "handler \(range.handler) of \(code.qualifiedName) has no setup depth")
            }
            exceptionTable.append(ExceptionTableEntry(
                start: range.start, end: range.end, target: offsets[positions[handler.label.id]],
                depth: setupDepth + handler.depthAdjustment, pushLasti: handler.pushLasti))
        }

        // Copies at their exact sizes: these live as long as the code, the appends left room to spare.
        code.code = words.exactCopy
        code.lineTable = lineTable
        code.exceptionTable = exceptionTable.exactCopy
        code.cacheCount = cacheCount
        code.loopCount = survivingLoops
        code.stackSize = maximum
        code.constants = constants.exactCopy
        code.names = names.names.exactCopy
        code.varNames = varNames.names.exactCopy
        code.cellVars = scope.cellVariables
        code.freeVars = scope.freeVariables
        code.cellParameter = scope.cellVariables.map { name in
            scope.parameters.contains(name) ? (varNames.position(of: name) ?? -1) : -1
        }
    }

    /// Which pending instructions can run: flow from the entry along fall-through and
    /// jumps, plus the handlers of protected instructions that can run. A handler none
    /// of whose protected instructions can run is dead, and so is its setup marker.
    func reachableInstructions(_ instructions: [PendingInstruction], labelPositions: [Int],
                               handlers: [HandlerInfo]) -> [Bool] {
        var reached = [Bool](repeating: false, count: instructions.count)
        var liveHandlers = [Bool](repeating: false, count: handlers.count)
        var work = [0]
        while let index = work.popLast() {
            guard index < instructions.count, !reached[index] else { continue }
            reached[index] = true
            let instruction = instructions[index]
            guard let opcode = instruction.opcode else {
                work.append(index + 1)
                continue
            }
            if instruction.handler >= 0, !liveHandlers[instruction.handler] {
                liveHandlers[instruction.handler] = true
                work.append(labelPositions[handlers[instruction.handler].label.id])
            }
            if let target = instruction.target { work.append(labelPositions[target.id]) }
            if !isTerminator(opcode) { work.append(index + 1) }
        }
        for index in instructions.indices where instructions[index].opcode == nil {
            if !liveHandlers[instructions[index].argument] { reached[index] = false }
        }
        return reached
    }
}

extension Array {
    /// A copy whose storage holds exactly its elements (Array(slice) may keep the original buffer).
    var exactCopy: [Element] { withUnsafeBufferPointer { Array($0) } }
}
