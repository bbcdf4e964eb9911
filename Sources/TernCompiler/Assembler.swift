// Turns a unit's pending instructions into the final CodeObject fields:
// drops unreachable code and jumps to the next instruction (as CPython's
// optimizer does), computes stack depths, lays out words with inline-cache
// slots, resolves labels to absolute offsets, and builds the line table and
// the exception table.

extension CompilerUnit {
    /// Fills `code` from the instruction buffer. Call once, after the last emission.
    func assemble() throws {
        var current = instructions
        var labels = labelPositions
        var handlerInfos = handlers

        // Remove unreachable instructions, then jumps to the following instruction, until stable.
        var removedJump = true
        while removedJump {
            var keep = reachableInstructions(current, labelPositions: labels, handlers: handlerInfos)
            removedJump = false
            for index in current.indices where keep[index] {
                let instruction = current[index]
                guard instruction.hasTarget, instruction.opcode == .jumpForward else { continue }
                var next = index + 1
                while next < current.count, !keep[next] || current[next].isSetupMarker { next += 1 }
                var destination = labels[Int(instruction.targetID)]
                while destination < current.count, !keep[destination] || current[destination].isSetupMarker {
                    destination += 1
                }
                if destination == next {
                    keep[index] = false
                    removedJump = true
                }
            }
            // Another pass only when a jump went: dropping unreachable code changes no
            // flow, and the jumps it leaves pointing at the next instruction are found above.
            guard keep.contains(false) else { break }
            // Compacts in place; nextKept[i]: the new index of the first kept instruction at or after i.
            var nextKept = [Int](repeating: 0, count: current.count + 1)
            var kept = 0
            for index in current.indices {
                nextKept[index] = kept
                if keep[index] {
                    current[kept] = current[index]
                    kept += 1
                }
            }
            nextKept[current.count] = kept
            current.removeLast(current.count - kept)
            for index in labels.indices where labels[index] >= 0 { labels[index] = nextKept[labels[index]] }
            for index in handlerInfos.indices { handlerInfos[index].setupIndex = nextKept[handlerInfos[index].setupIndex] }
        }

        let (depths, maximum) = try computeDepths(current, labelPositions: labels, handlers: handlerInfos)

        // Renumber the loop headers that survived, densely in order; word offsets of every
        // pending instruction (setup markers take no word).
        var survivingLoops = 0
        let cachedFlags = Opcode.cachedFlags
        var offsets = [Int](repeating: 0, count: current.count + 1)
        var offset = 0
        for index in current.indices {
            offsets[index] = offset
            guard let opcode = current[index].opcode else { continue }
            if opcode == .loopHeader {
                current[index].argument = Int32(survivingLoops)
                survivingLoops += 1
            }
            offset += cachedFlags[Int(opcode.rawValue)] ? 2 : 1
        }
        offsets[current.count] = offset

        var lineTable = LineTableEncoder(capacity: current.count * 3)
        var lastEntry: LineTableEntry?
        var lastPosition: Int32 = -1
        // Protected ranges: consecutive instructions with one handler (-1: none) make one range.
        var exceptionTable: [ExceptionTableEntry] = []
        var rangeStart = 0, rangeHandler = -1
        func closeRange(at end: Int) throws {
            guard rangeHandler >= 0 else { return }
            let handler = handlerInfos[rangeHandler]
            let setupDepth = depths[handler.setupIndex]
            guard setupDepth >= 0 else {
                throw StackDepthError(description: "handler \(rangeHandler) of \(code.qualifiedName) has no setup depth")
            }
            exceptionTable.append(ExceptionTableEntry(
                start: rangeStart, end: end, target: offsets[labels[handler.label.id]],
                depth: setupDepth + handler.depthAdjustment, pushLasti: handler.pushLasti))
        }
        var cacheCount = 0
        let words = try [UInt32](unsafeUninitializedCapacity: offset) { words, initialized in
            var end = 0
            for (index, instruction) in current.enumerated() {
                guard var opcode = instruction.opcode else { continue }
                var argument = Int(instruction.argument)
                if instruction.hasTarget {
                    argument = offsets[labels[Int(instruction.targetID)]]
                    if opcode == .jumpForward || opcode == .jumpBackward {
                        opcode = argument <= offsets[index] ? .jumpBackward : .jumpForward
                    }
                }
                let start = end
                if instruction.position != lastPosition {
                    lastPosition = instruction.position
                    let position = positions[Int(instruction.position)], span = position.span
                    let entry = LineTableEntry(start: start, line: position.line, column: span.column,
                                               endLine: span.endLine, endColumn: span.endColumn)
                    if let last = lastEntry, last.line == entry.line, last.column == entry.column,
                       last.endLine == entry.endLine, last.endColumn == entry.endColumn {
                        // Same position as the previous instruction: the entry before covers it.
                    } else {
                        lineTable.append(entry)
                        lastEntry = entry
                    }
                }
                let handler = Int(instruction.handler)
                if handler != rangeHandler {
                    try closeRange(at: start)
                    rangeStart = start
                    rangeHandler = handler
                }
                words[end] = Opcode.encode(opcode, argument)
                end += 1
                if offsets[index + 1] - offsets[index] == 2 {  // cached (a jump's direction changes no size)
                    words[end] = UInt32(cacheCount)
                    end += 1
                    cacheCount += 1
                }
                initialized = end
            }
        }
        try closeRange(at: words.count)

        // Copies at their exact sizes: these live as long as the code, the appends left room to spare.
        code.code = words
        code.lineTableBytes = lineTable.bytes.exactCopy
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
        // Each instruction reached pushes at most three successors.
        withWorkStack(capacity: 3 * instructions.count + 1) { work in
            work.push(0)
            while let index = work.pop() {
                guard index < instructions.count, !reached[index] else { continue }
                reached[index] = true
                let instruction = instructions[index]
                guard let opcode = instruction.opcode else {
                    work.push(index + 1)
                    continue
                }
                let handler = Int(instruction.handler)
                if handler >= 0, !liveHandlers[handler] {
                    liveHandlers[handler] = true
                    work.push(labelPositions[handlers[handler].label.id])
                }
                if instruction.hasTarget { work.push(labelPositions[Int(instruction.targetID)]) }
                if !isTerminator(opcode) { work.push(index + 1) }
            }
        }
        for index in instructions.indices where instructions[index].isSetupMarker {
            if !liveHandlers[Int(instructions[index].argument)] { reached[index] = false }
        }
        return reached
    }
}

/// A stack of instruction indices of bounded size for the flow passes (an Array's
/// append checks uniqueness and capacity on every push).
struct WorkStack {
    private let storage: UnsafeMutableBufferPointer<Int>
    private var count = 0

    fileprivate init(_ storage: UnsafeMutableBufferPointer<Int>) { self.storage = storage }

    mutating func push(_ index: Int) {
        precondition(count < storage.count, "work stack overflow")
        storage[count] = index
        count += 1
    }

    mutating func pop() -> Int? {
        guard count > 0 else { return nil }
        count -= 1
        return storage[count]
    }
}

func withWorkStack<Result>(capacity: Int, _ body: (inout WorkStack) throws -> Result) rethrows -> Result {
    try withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { storage in
        var stack = WorkStack(storage)
        return try body(&stack)
    }
}

extension Array {
    /// A copy whose storage holds exactly its elements (Array(slice) may keep the original buffer).
    var exactCopy: [Element] { withUnsafeBufferPointer { Array($0) } }
}
