// Compression into DEFLATE data (RFC 1951), with a zlib or gzip wrapper or none. Input
// goes into a sliding window of twice 32K; repeated strings are found through chains of
// earlier positions with the same three-byte hash (greedy at levels 1-3, one step lazy
// above), and the literals and matches found are buffered until a block is written,
// as stored, fixed-code or dynamic-code, whichever is shortest. Like the inflater's, the
// state lives in one block of memory, so that a Compress object can go on across calls.

/// How hard each level 1-9 looks for matches.
struct DeflateLevel {
    /// A match this long already shortens the search of the next one (lazy levels).
    let goodLength: Int
    /// Lazy levels look for a better match only after one shorter than this; greedy levels
    /// hash every position of matches no longer than this.
    let lazyLength: Int
    /// A match this long ends the search.
    let niceLength: Int
    let maxChain: Int
    let lazy: Bool

    static let all: [DeflateLevel] = [
        DeflateLevel(goodLength: 0, lazyLength: 0, niceLength: 0, maxChain: 0, lazy: false),
        DeflateLevel(goodLength: 4, lazyLength: 4, niceLength: 16, maxChain: 4, lazy: false),
        DeflateLevel(goodLength: 4, lazyLength: 6, niceLength: 24, maxChain: 8, lazy: false),
        DeflateLevel(goodLength: 4, lazyLength: 8, niceLength: 32, maxChain: 24, lazy: false),
        DeflateLevel(goodLength: 4, lazyLength: 8, niceLength: 24, maxChain: 24, lazy: true),
        DeflateLevel(goodLength: 8, lazyLength: 16, niceLength: 48, maxChain: 48, lazy: true),
        DeflateLevel(goodLength: 8, lazyLength: 24, niceLength: 128, maxChain: 128, lazy: true),
        DeflateLevel(goodLength: 16, lazyLength: 48, niceLength: 160, maxChain: 320, lazy: true),
        DeflateLevel(goodLength: 32, lazyLength: 128, niceLength: 258, maxChain: 1024, lazy: true),
        DeflateLevel(goodLength: 32, lazyLength: 258, niceLength: 258, maxChain: 4096, lazy: true),
    ]
}

/// zlib's strategies (Z_DEFAULT_STRATEGY ... Z_FIXED).
enum DeflateStrategy: Int {
    case standard = 0, filtered, huffmanOnly, runLength, fixed
}

/// zlib's flush modes, as Compress.flush takes them.
enum FlushMode: Int {
    case none = 0, partial, sync, full, finish, block, trees
}

struct DeflaterState {
    var format = StreamFormat.zlib
    var level = 6
    var strategy = DeflateStrategy.standard
    var windowBits = 15
    var maxDistance = 0
    var strStart = 0
    var lookahead = 0
    /// Where the window bytes of the block being gathered start (negative once slid out).
    var blockStart = 0
    /// The lazy match waiting to be compared with the next position's.
    var matchAvailable = false
    var previousLength = 0
    var previousDistance = 0
    var symbolCount = 0
    var bits: UInt64 = 0
    var bitCount = 0
    var check: UInt32 = 1
    var totalIn: UInt32 = 0
    var headerWritten = false
    var finished = false
    var dictionaryID: UInt32? = nil
}

/// Layout of a deflater's memory block.
enum DeflaterMemory {
    static let windowSize = 1 << 15
    static let hashBits = 15
    static let symbolLimit = 1 << 14
    /// Bytes kept ahead of the current position, so that a longest match can be found.
    static let minLookahead = DeflateFormat.maxMatch + DeflateFormat.minMatch + 1
    static let windowOffset = (MemoryLayout<DeflaterState>.stride + 63) & ~63
    static let headOffset = windowOffset + 2 * windowSize + 512
    static let previousOffset = headOffset + 2 << hashBits
    static let symbolsOffset = previousOffset + 2 * windowSize
    static let literalFrequenciesOffset = symbolsOffset + 4 * symbolLimit
    static let distanceFrequenciesOffset = literalFrequenciesOffset + 4 * 288
    static let byteCount = distanceFrequenciesOffset + 4 * 32

    static func start(_ memory: UnsafeMutableRawPointer, format: StreamFormat, level: Int, windowBits: Int,
                      strategy: DeflateStrategy) {
        memory.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
        var state = DeflaterState()
        state.format = format
        state.level = level
        state.strategy = strategy
        state.windowBits = windowBits
        state.maxDistance = (1 << windowBits) - minLookahead
        state.check = format == .gzip ? 0 : 1
        memory.bindMemory(to: DeflaterState.self, capacity: 1).initialize(to: state)
    }

    static func state(_ memory: UnsafeMutableRawPointer) -> UnsafeMutablePointer<DeflaterState> {
        memory.assumingMemoryBound(to: DeflaterState.self)
    }
}

/// Where compressed bytes go: a growing buffer.
struct DeflateOutput {
    var base: UnsafeMutablePointer<UInt8>
    var count = 0
    var capacity: Int

    init(expected: Int) {
        capacity = max(expected, 64)
        base = .allocate(capacity: capacity)
    }

    func deallocate() { base.deallocate() }
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    mutating func reserve(_ wanted: Int) {
        guard capacity - count < wanted else { return }
        let grown = max(capacity * 2, count + wanted)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = grown
    }
}

struct Deflater {
    let memory: UnsafeMutableRawPointer
    var state: DeflaterState
    var output: DeflateOutput
    let window: UnsafeMutablePointer<UInt8>
    let head: UnsafeMutablePointer<UInt16>
    let previous: UnsafeMutablePointer<UInt16>
    let symbols: UnsafeMutablePointer<UInt32>
    let literalFrequencies: UnsafeMutablePointer<UInt32>
    let distanceFrequencies: UnsafeMutablePointer<UInt32>
    let level: DeflateLevel

    init(_ memory: UnsafeMutableRawPointer, _ output: DeflateOutput) {
        self.memory = memory
        state = DeflaterMemory.state(memory).pointee
        self.output = output
        window = (memory + DeflaterMemory.windowOffset).assumingMemoryBound(to: UInt8.self)
        head = (memory + DeflaterMemory.headOffset).assumingMemoryBound(to: UInt16.self)
        previous = (memory + DeflaterMemory.previousOffset).assumingMemoryBound(to: UInt16.self)
        symbols = (memory + DeflaterMemory.symbolsOffset).assumingMemoryBound(to: UInt32.self)
        literalFrequencies = (memory + DeflaterMemory.literalFrequenciesOffset).assumingMemoryBound(to: UInt32.self)
        distanceFrequencies = (memory + DeflaterMemory.distanceFrequenciesOffset).assumingMemoryBound(to: UInt32.self)
        level = DeflateLevel.all[state.level]
    }

    /// Compresses `input` into `output`, then flushes as `mode` says.
    static func run(_ memory: UnsafeMutableRawPointer, _ input: UnsafeBufferPointer<UInt8>, _ mode: FlushMode,
                    _ output: inout DeflateOutput) {
        var deflater = Deflater(memory, output)
        deflater.writeHeader()
        deflater.absorb(input)
        deflater.flush(mode)
        deflater.flushBits(align: false)
        DeflaterMemory.state(memory).pointee = deflater.state
        output = deflater.output
    }

    /// Makes `dictionary` the data that the first matches may refer to.
    static func setDictionary(_ memory: UnsafeMutableRawPointer, _ dictionary: UnsafeBufferPointer<UInt8>) {
        var deflater = Deflater(memory, DeflateOutput(expected: 0))
        defer { deflater.output.deallocate() }
        if deflater.state.format == .zlib { deflater.state.dictionaryID = Adler32.update(1, dictionary) }
        let kept = min(dictionary.count, deflater.state.maxDistance)
        if kept > 0 { deflater.window.update(from: dictionary.baseAddress! + dictionary.count - kept, count: kept) }
        if kept >= DeflateFormat.minMatch {
            for position in 0...(kept - DeflateFormat.minMatch) { deflater.insert(position) }
        }
        deflater.state.strStart = kept
        deflater.state.blockStart = kept
        DeflaterMemory.state(memory).pointee = deflater.state
    }

    // MARK: Bits

    @inline(__always) mutating func put(_ value: Int, _ count: Int) {
        state.bits |= UInt64(truncatingIfNeeded: value) << UInt64(state.bitCount)
        state.bitCount += count
        if state.bitCount >= 32 {
            UnsafeMutableRawPointer(output.base + output.count).storeBytes(of: UInt32(truncatingIfNeeded: state.bits).littleEndian,
                                                                         toByteOffset: 0, as: UInt32.self)
            output.count += 4
            state.bits >>= 32
            state.bitCount -= 32
        }
    }

    /// Writes out the whole bytes of pending bits; with `align`, pads to a byte boundary first.
    mutating func flushBits(align: Bool) {
        output.reserve(8)
        if align { state.bitCount = (state.bitCount + 7) & ~7 }
        while state.bitCount >= 8 {
            output.base[output.count] = UInt8(truncatingIfNeeded: state.bits)
            output.count += 1
            state.bits >>= 8
            state.bitCount -= 8
        }
    }

    mutating func putBytes(_ bytes: [UInt8]) {
        output.reserve(bytes.count + 8)
        for byte in bytes { put(Int(byte), 8) }
    }

    mutating func writeHeader() {
        guard !state.headerWritten else { return }
        state.headerWritten = true
        switch state.format {
        case .zlib:
            let levelFlags = state.level < 2 ? 0 : state.level < 6 ? 1 : state.level == 6 ? 2 : 3
            let methodByte = (state.windowBits - 8) << 4 | 8
            var flags = levelFlags << 6 | (state.dictionaryID == nil ? 0 : 0x20)
            flags += 31 - (methodByte << 8 | flags) % 31
            putBytes([UInt8(methodByte), UInt8(flags)])
            if let id = state.dictionaryID { putBytes(withUnsafeBytes(of: id.bigEndian) { Array($0) }) }
        case .gzip:
            let extraFlags: UInt8 = state.level == 9 ? 2 : state.level == 1 || state.strategy.rawValue >= 2 ? 4 : 0
            putBytes([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, extraFlags, 3])
        default:
            break
        }
    }

    // MARK: Input

    mutating func absorb(_ input: UnsafeBufferPointer<UInt8>) {
        guard var next = input.baseAddress, !input.isEmpty else { return }
        state.check = state.format == .gzip ? BinasciiCodecs.crc32(input, start: state.check)
            : state.format == .zlib ? Adler32.update(state.check, input) : 0
        state.totalIn &+= UInt32(truncatingIfNeeded: input.count)
        var left = input.count
        while left > 0 {
            if state.strStart >= 2 * DeflaterMemory.windowSize - DeflaterMemory.minLookahead { slide() }
            let room = 2 * DeflaterMemory.windowSize - state.strStart - state.lookahead
            let count = min(room, left)
            (window + state.strStart + state.lookahead).update(from: next, count: count)
            state.lookahead += count
            next += count
            left -= count
            compress(flushing: false)
        }
    }

    /// Moves the upper half of the window down, and the positions that refer to it.
    mutating func slide() {
        let size = DeflaterMemory.windowSize
        window.update(from: window + size, count: size)
        state.strStart -= size
        state.blockStart -= size
        for index in 0..<(1 << DeflaterMemory.hashBits) { head[index] = head[index] >= size ? head[index] - UInt16(size) : 0 }
        for index in 0..<size { previous[index] = previous[index] >= size ? previous[index] - UInt16(size) : 0 }
    }

    // MARK: Matching

    @inline(__always) func hash(_ position: Int) -> Int {
        let word = UnsafeRawPointer(window + position).loadUnaligned(as: UInt32.self) & 0xFF_FFFF
        return Int((word &* 0x9E37_79B1) >> UInt32(32 - DeflaterMemory.hashBits))
    }

    /// Enters `position` in its hash chain and returns the previous position there (0: none).
    @inline(__always) func insert(_ position: Int) -> Int {
        let key = hash(position)
        let candidate = Int(head[key])
        previous[position & (DeflaterMemory.windowSize - 1)] = UInt16(candidate)
        head[key] = UInt16(position)
        return candidate
    }

    /// The longest match at strStart along the chain from `candidate`, longer than `atLeast`.
    func longestMatch(_ candidate: Int, atLeast: Int) -> (length: Int, distance: Int) {
        var candidate = candidate
        let limit = max(state.strStart - state.maxDistance, 0)
        let maxLength = min(DeflateFormat.maxMatch, state.lookahead)
        var bestLength = atLeast, bestDistance = 0
        var chain = atLeast >= level.goodLength ? level.maxChain >> 2 : level.maxChain
        let scan = window + state.strStart
        while candidate > limit && chain > 0 {
            let match = window + candidate
            if bestLength < maxLength && match[bestLength] == scan[bestLength] && match[0] == scan[0] {
                var length = 0
                while length < maxLength {
                    let difference = UnsafeRawPointer(scan + length).loadUnaligned(as: UInt64.self)
                        ^ UnsafeRawPointer(match + length).loadUnaligned(as: UInt64.self)
                    if difference != 0 {
                        length += UInt64(littleEndian: difference).trailingZeroBitCount >> 3
                        break
                    }
                    length += 8
                }
                length = min(length, maxLength)
                if length > bestLength {
                    bestLength = length
                    bestDistance = state.strStart - candidate
                    if length >= level.niceLength || length == maxLength { break }
                }
            }
            candidate = Int(previous[candidate & (DeflaterMemory.windowSize - 1)])
            chain -= 1
        }
        return bestDistance == 0 ? (0, 0) : (bestLength, bestDistance)
    }

    /// A match at strStart as the strategy allows it (length 0: none).
    mutating func findMatch(atLeast: Int) -> (length: Int, distance: Int) {
        guard state.lookahead >= DeflateFormat.minMatch else { return (0, 0) }
        switch state.strategy {
        case .huffmanOnly:
            return (0, 0)
        case .runLength:
            guard state.strStart > 0 else { return (0, 0) }
            let scan = window + state.strStart
            let maxLength = min(DeflateFormat.maxMatch, state.lookahead)
            var length = 0
            while length < maxLength && scan[length] == scan[-1] { length += 1 }
            return length >= DeflateFormat.minMatch ? (length, 1) : (0, 0)
        default:
            let candidate = insert(state.strStart)
            guard candidate > 0 else { return (0, 0) }
            var match = longestMatch(candidate, atLeast: atLeast)
            // Short matches far back cost about as much as their literals; filtered data
            // (small values with some noise) compresses better without short matches at all.
            if match.length == DeflateFormat.minMatch && match.distance > 4096 { match = (0, 0) }
            if state.strategy == .filtered && match.length <= 5 { match = (0, 0) }
            return match
        }
    }

    /// Hashes the positions after strStart up to `stop`, while three bytes are there to hash.
    @inline(__always) func insertRange(_ start: Int, _ stop: Int) {
        guard state.strategy != .huffmanOnly && state.strategy != .runLength else { return }
        let last = min(stop, state.strStart + state.lookahead - DeflateFormat.minMatch + 1)
        var position = start
        while position < last {
            _ = insert(position)
            position += 1
        }
    }

    @inline(__always) mutating func recordLiteral(_ byte: UInt8) {
        symbols[state.symbolCount] = UInt32(byte)
        state.symbolCount += 1
        literalFrequencies[Int(byte)] += 1
    }

    @inline(__always) mutating func recordMatch(_ length: Int, _ distance: Int) {
        symbols[state.symbolCount] = UInt32(distance) << 16 | UInt32(length - DeflateFormat.minMatch) << 8 | 1 << 31
        state.symbolCount += 1
        literalFrequencies[Int(DeflateFormat.lengthSymbol[length])] += 1
        distanceFrequencies[Deflater.distanceSymbol(distance)] += 1
    }

    @inline(__always) static func distanceSymbol(_ distance: Int) -> Int {
        distance <= 256 ? Int(DeflateFormat.distanceSymbolSmall[distance - 1]) : Int(DeflateFormat.distanceSymbolLarge[(distance - 1) >> 7])
    }

    /// Turns the window's lookahead into symbols, keeping `minLookahead` bytes unless `flushing`.
    mutating func compress(flushing: Bool) {
        let keep = flushing ? 0 : DeflaterMemory.minLookahead - 1
        while state.lookahead > keep {
            if state.symbolCount >= DeflaterMemory.symbolLimit - 2 { writeBlock(final: false) }
            if state.level == 0 {
                recordLiteral(window[state.strStart])
                state.strStart += 1
                state.lookahead -= 1
            } else if level.lazy && state.strategy != .huffmanOnly && state.strategy != .runLength {
                lazyStep()
            } else {
                greedyStep()
            }
        }
        if flushing && state.matchAvailable {
            recordLiteral(window[state.strStart - 1])
            state.matchAvailable = false
        }
    }

    mutating func greedyStep() {
        let match = findMatch(atLeast: DeflateFormat.minMatch - 1)
        if match.length >= DeflateFormat.minMatch {
            recordMatch(match.length, match.distance)
            if match.length <= level.lazyLength { insertRange(state.strStart + 1, state.strStart + match.length) }
            state.strStart += match.length
            state.lookahead -= match.length
        } else {
            recordLiteral(window[state.strStart])
            state.strStart += 1
            state.lookahead -= 1
        }
    }

    /// One position of lazy matching: a match found at the previous position is taken only
    /// if this position's is no longer.
    mutating func lazyStep() {
        var match = (length: 0, distance: 0)
        if state.previousLength < level.lazyLength {
            match = findMatch(atLeast: max(state.previousLength, DeflateFormat.minMatch - 1))
        } else if state.lookahead >= DeflateFormat.minMatch {
            _ = insert(state.strStart)
        }
        if state.previousLength >= DeflateFormat.minMatch && match.length <= state.previousLength {
            let length = state.previousLength
            recordMatch(length, state.previousDistance)
            // The match started one position back; this position is hashed already.
            let stop = state.strStart - 1 + length
            insertRange(state.strStart + 1, stop)
            state.lookahead -= stop - state.strStart
            state.strStart = stop
            state.matchAvailable = false
            state.previousLength = 0
            return
        }
        if state.matchAvailable { recordLiteral(window[state.strStart - 1]) }
        state.matchAvailable = true
        state.previousLength = match.length
        state.previousDistance = match.distance
        state.strStart += 1
        state.lookahead -= 1
    }

    // MARK: Blocks

    mutating func flush(_ mode: FlushMode) {
        guard mode != .none else { return }
        compress(flushing: true)
        writeBlock(final: mode == .finish)
        switch mode {
        case .finish:
            flushBits(align: true)
            switch state.format {
            case .zlib: putBytes(withUnsafeBytes(of: state.check.bigEndian) { Array($0) })
            case .gzip: putBytes(withUnsafeBytes(of: state.check.littleEndian) { Array($0) } + withUnsafeBytes(of: state.totalIn.littleEndian) { Array($0) })
            default: break
            }
            flushBits(align: true)
            state.finished = true
        case .sync, .full:
            output.reserve(16)
            put(0, 3)
            flushBits(align: true)
            putBytes([0, 0, 0xFF, 0xFF])
            flushBits(align: true)
            if mode == .full { head.initialize(repeating: 0, count: 1 << DeflaterMemory.hashBits) }
        case .partial:
            output.reserve(16)
            put(2, 3)
            put(0, 7)
            flushBits(align: false)
        default:
            flushBits(align: false)
        }
    }

    /// Writes the gathered symbols as one block (nothing when there are none, unless `final`).
    mutating func writeBlock(final: Bool) {
        let blockEnd = state.strStart - (state.matchAvailable ? 1 : 0)
        let storedLength = blockEnd - state.blockStart
        if state.symbolCount == 0 && !final {
            state.blockStart = blockEnd
            return
        }
        literalFrequencies[DeflateFormat.endOfBlock] = 1
        let literalLengths = HuffmanEncoding.lengths(literalFrequencies, count: 286, maxBits: 15)
        let distanceLengths = HuffmanEncoding.lengths(distanceFrequencies, count: 30, maxBits: 15)
        let header = DynamicHeader(literalLengths, distanceLengths)
        let dynamicBits = header.bitCount + symbolBits(literalLengths, distanceLengths)
        let fixedBits = 3 + symbolBits(DeflateFormat.fixedLiteralLengths, DeflateFormat.fixedDistanceLengths)
        let storedAvailable = state.blockStart >= 0
        let storedBits = storedAvailable ? (storedLength + 4) * 8 + 5 * 8 * (storedLength / 65535) : Int.max
        output.reserve(state.symbolCount * 7 + storedLength + 1024)
        if state.level == 0 || (storedBits <= fixedBits && storedBits <= dynamicBits) {
            writeStored(storedLength, final: final)
        } else if state.strategy == .fixed || fixedBits <= dynamicBits {
            put(final ? 3 : 2, 3)
            writeSymbols(HuffmanEncoding.codes(DeflateFormat.fixedLiteralLengths), DeflateFormat.fixedLiteralLengths,
                         HuffmanEncoding.codes(DeflateFormat.fixedDistanceLengths), DeflateFormat.fixedDistanceLengths)
        } else {
            put(final ? 5 : 4, 3)
            header.write(&self)
            writeSymbols(HuffmanEncoding.codes(literalLengths), literalLengths, HuffmanEncoding.codes(distanceLengths), distanceLengths)
        }
        state.symbolCount = 0
        literalFrequencies.initialize(repeating: 0, count: 288)
        distanceFrequencies.initialize(repeating: 0, count: 32)
        state.blockStart = blockEnd
    }

    /// The bits the gathered symbols take with these code lengths.
    func symbolBits(_ literalLengths: [UInt8], _ distanceLengths: [UInt8]) -> Int {
        var total = 0
        for symbol in 0..<286 where literalFrequencies[symbol] > 0 {
            let extra = symbol > 256 ? Int(DeflateFormat.lengthExtra[symbol - 257]) : 0
            total += Int(literalFrequencies[symbol]) * (Int(literalLengths[symbol]) + extra)
        }
        for symbol in 0..<30 where distanceFrequencies[symbol] > 0 {
            total += Int(distanceFrequencies[symbol]) * (Int(distanceLengths[symbol]) + Int(DeflateFormat.distanceExtra[symbol]))
        }
        return total
    }

    mutating func writeStored(_ length: Int, final: Bool) {
        var offset = 0
        repeat {
            let count = min(length - offset, 65535)
            let last = final && offset + count == length
            put(last ? 1 : 0, 3)
            flushBits(align: true)
            output.reserve(count + 8)
            putBytes([UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8(~count >> 8 & 0xFF)])
            flushBits(align: true)
            (output.base + output.count).update(from: window + state.blockStart + offset, count: count)
            output.count += count
            offset += count
        } while offset < length
    }

    mutating func writeSymbols(_ literalCodes: [UInt16], _ literalLengths: [UInt8], _ distanceCodes: [UInt16], _ distanceLengths: [UInt8]) {
        for index in 0..<state.symbolCount {
            let symbol = symbols[index]
            if symbol >> 31 == 0 {
                put(Int(literalCodes[Int(symbol)]), Int(literalLengths[Int(symbol)]))
                continue
            }
            let length = Int(symbol >> 8 & 0xFF) + DeflateFormat.minMatch
            let distance = Int(symbol & 0x7FFF_0000) >> 16
            let lengthSymbol = Int(DeflateFormat.lengthSymbol[length])
            put(Int(literalCodes[lengthSymbol]), Int(literalLengths[lengthSymbol]))
            let lengthIndex = lengthSymbol - 257
            if DeflateFormat.lengthExtra[lengthIndex] > 0 {
                put(length - Int(DeflateFormat.lengthBase[lengthIndex]), Int(DeflateFormat.lengthExtra[lengthIndex]))
            }
            let distanceSymbol = Deflater.distanceSymbol(distance)
            put(Int(distanceCodes[distanceSymbol]), Int(distanceLengths[distanceSymbol]))
            if DeflateFormat.distanceExtra[distanceSymbol] > 0 {
                put(distance - Int(DeflateFormat.distanceBase[distanceSymbol]), Int(DeflateFormat.distanceExtra[distanceSymbol]))
            }
        }
        put(Int(literalCodes[DeflateFormat.endOfBlock]), Int(literalLengths[DeflateFormat.endOfBlock]))
    }
}

/// A dynamic block's header: the code lengths, run-length coded with the code-length code.
struct DynamicHeader {
    let literalCount: Int
    let distanceCount: Int
    /// (symbol 0-18, its extra bits' value) pairs.
    var runs: [(Int, Int)] = []
    var codeLengthLengths: [UInt8] = []
    var codeLengthCount = 19

    init(_ literalLengths: [UInt8], _ distanceLengths: [UInt8]) {
        literalCount = max(257, (literalLengths.lastIndex { $0 != 0 } ?? 0) + 1)
        distanceCount = max(1, (distanceLengths.lastIndex { $0 != 0 } ?? 0) + 1)
        let lengths = Array(literalLengths[0..<literalCount]) + Array(distanceLengths[0..<distanceCount])
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            var run = 1
            while index + run < lengths.count && lengths[index + run] == length { run += 1 }
            index += run
            if length == 0 {
                while run >= 11 { let taken = min(run, 138); runs.append((18, taken - 11)); run -= taken }
                if run >= 3 { runs.append((17, run - 3)); run = 0 }
            } else {
                runs.append((Int(length), 0))
                run -= 1
                while run >= 3 { let taken = min(run, 6); runs.append((16, taken - 3)); run -= taken }
            }
            for _ in 0..<run { runs.append((Int(length), 0)) }
        }
        var frequencies = [UInt32](repeating: 0, count: 19)
        for (symbol, _) in runs { frequencies[symbol] += 1 }
        codeLengthLengths = frequencies.withUnsafeBufferPointer { HuffmanEncoding.lengths($0.baseAddress!, count: 19, maxBits: 7) }
        while codeLengthCount > 4 && codeLengthLengths[DeflateFormat.codeLengthOrder[codeLengthCount - 1]] == 0 { codeLengthCount -= 1 }
    }

    static func extraBits(_ symbol: Int) -> Int { symbol == 16 ? 2 : symbol == 17 ? 3 : symbol == 18 ? 7 : 0 }

    var bitCount: Int {
        var total = 3 + 14 + 3 * codeLengthCount
        for (symbol, _) in runs { total += Int(codeLengthLengths[symbol]) + DynamicHeader.extraBits(symbol) }
        return total
    }

    func write(_ deflater: inout Deflater) {
        deflater.put(literalCount - 257, 5)
        deflater.put(distanceCount - 1, 5)
        deflater.put(codeLengthCount - 4, 4)
        for index in 0..<codeLengthCount { deflater.put(Int(codeLengthLengths[DeflateFormat.codeLengthOrder[index]]), 3) }
        let codes = HuffmanEncoding.codes(codeLengthLengths)
        for (symbol, extra) in runs {
            deflater.put(Int(codes[symbol]), Int(codeLengthLengths[symbol]))
            let extraBits = DynamicHeader.extraBits(symbol)
            if extraBits > 0 { deflater.put(extra, extraBits) }
        }
    }
}
