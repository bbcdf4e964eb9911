// Decompression of DEFLATE data (RFC 1951) in a zlib (RFC 1950) or gzip (RFC 1952)
// wrapper or none, resumable at any byte of input: the state lives in a block of memory
// (a bytes object of the Decompress object, or a temporary one for zlib.decompress) so
// that a stream can stop when input or output room runs out and go on at the next call.
// Each step (a header field, a block header, a code length, one literal or match) either
// completes with the bits at hand or leaves them for the next call.

/// The wrapper around the DEFLATE data, from wbits.
enum StreamFormat: UInt8 {
    case raw, zlib, gzip, automatic
}

/// Why a run of the inflater stopped.
enum InflateStatus: Equatable {
    case needInput, outputFull, streamEnd
    case needDictionary(UInt32)
    case failed(String)
}

enum InflateMode: UInt8 {
    case header, dictionaryID, gzipMethod, gzipRest, gzipExtraLength, gzipExtra, gzipName, gzipComment, gzipHeaderCRC
    case blockHeader, storedLengths, storedCopy, tableCounts, codeLengthCode, codeLengths, codes, matchCopy, pendingLiteral
    case checkValue, gzipLength, done, failed
}

/// The inflater's state between runs.
struct InflaterState {
    var mode = InflateMode.header
    var format = StreamFormat.zlib
    /// Window size as log2 (0: from the zlib header).
    var windowBits = 15
    var finalBlock = false
    var bits: UInt64 = 0
    var bitCount = 0
    var gzipFlags = 0
    /// Bytes left of a stored block, gzip extra field, or pending match.
    var remaining = 0
    var distance = 0
    var literalCount = 0, distanceCount = 0, codeLengthCount = 0
    var lengthIndex = 0
    var check: UInt32 = 1
    var headerCRC: UInt32 = 0
    var totalOut: UInt32 = 0
    var historyCount = 0
    var dictionaryID: UInt32 = 0
    var failure: UInt8 = 0
    /// Set when flush() saw the end of the stream: CPython releases the stream there, so copy() refuses.
    var released = false
}

/// Where decompressed bytes go: a growing buffer whose first `start` bytes are the history
/// (earlier output that matches may copy from), never longer than `limit`.
struct InflateOutput {
    var base: UnsafeMutablePointer<UInt8>
    var count: Int
    var capacity: Int
    let start: Int
    let limit: Int
    /// Bytes past `capacity` that copies may overwrite (they copy eight at a time).
    static let slack = 16

    init(history: UnsafePointer<UInt8>, historyCount: Int, expected: Int, limit: Int) {
        start = historyCount
        self.limit = limit == Int.max ? Int.max : historyCount + limit
        capacity = min(historyCount + max(expected, 1024), self.limit)
        base = .allocate(capacity: capacity + InflateOutput.slack)
        base.update(from: history, count: historyCount)
        count = historyCount
    }

    func deallocate() { base.deallocate() }
    var produced: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + start, count: count - start) }

    /// Makes room for `wanted` more bytes if the limit allows; returns the room there is.
    mutating func room(for wanted: Int) -> Int {
        if capacity - count < wanted && capacity < limit {
            var grown = capacity
            while grown - count < wanted && grown < limit { grown = grown > limit / 2 ? limit : grown * 2 }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + InflateOutput.slack)
            larger.update(from: base, count: count)
            base.deallocate()
            base = larger
            capacity = grown
        }
        return capacity - count
    }
}

/// Layout of an inflater's memory block.
enum InflaterMemory {
    static let windowSize = 1 << 15
    static let stateOffset = 0
    static let windowOffset = (MemoryLayout<InflaterState>.stride + 63) & ~63
    static let lengthsOffset = windowOffset + windowSize
    static let literalTableOffset = lengthsOffset + 320
    static let distanceTableOffset = literalTableOffset + DecodeTable.byteCount(.literals)
    static let codeLengthTableOffset = distanceTableOffset + DecodeTable.byteCount(.distances)
    static let byteCount = codeLengthTableOffset + DecodeTable.byteCount(.codeLengths)

    static func start(_ memory: UnsafeMutableRawPointer, format: StreamFormat, windowBits: Int) {
        var state = InflaterState()
        state.format = format
        state.windowBits = windowBits
        state.mode = format == .raw ? .blockHeader : .header
        state.check = format == .gzip ? 0 : 1
        memory.bindMemory(to: InflaterState.self, capacity: 1).initialize(to: state)
    }

    static func state(_ memory: UnsafeMutableRawPointer) -> UnsafeMutablePointer<InflaterState> {
        memory.assumingMemoryBound(to: InflaterState.self)
    }

    static func history(_ memory: UnsafeMutableRawPointer) -> UnsafeMutablePointer<UInt8> {
        (memory + windowOffset).assumingMemoryBound(to: UInt8.self)
    }

    /// Makes `dictionary` (its last 32K) the history that matches may copy from.
    static func setHistory(_ memory: UnsafeMutableRawPointer, _ dictionary: UnsafeBufferPointer<UInt8>) {
        let kept = min(dictionary.count, windowSize)
        if kept > 0 {
            (history(memory) + windowSize - kept).update(from: dictionary.baseAddress! + dictionary.count - kept, count: kept)
        }
        state(memory).pointee.historyCount = kept
    }
}

/// The messages of zlib's inflate, which CPython shows in its errors.
enum InflateMessage {
    static let incorrectHeader = "incorrect header check"
    static let unknownMethod = "unknown compression method"
    static let invalidWindow = "invalid window size"
    static let unknownFlags = "unknown header flags set"
    static let headerCRC = "header crc mismatch"
    static let blockType = "invalid block type"
    static let storedLengths = "invalid stored block lengths"
    static let tooManySymbols = "too many length or distance symbols"
    static let codeLengthsSet = "invalid code lengths set"
    static let repeatLength = "invalid bit length repeat"
    static let missingEnd = "invalid code -- missing end-of-block"
    static let literalsSet = "invalid literal/lengths set"
    static let distancesSet = "invalid distances set"
    static let literalCode = "invalid literal/length code"
    static let distanceCode = "invalid distance code"
    static let tooFarBack = "invalid distance too far back"
    static let dataCheck = "incorrect data check"
    static let lengthCheck = "incorrect length check"
    static let all = [incorrectHeader, unknownMethod, invalidWindow, unknownFlags, headerCRC, blockType, storedLengths,
                      tooManySymbols, codeLengthsSet, repeatLength, missingEnd, literalsSet, distancesSet, literalCode,
                      distanceCode, tooFarBack, dataCheck, lengthCheck]
}

let gzipMagic: [UInt8] = [0x1F, 0x8B]

struct Inflater {
    let memory: UnsafeMutableRawPointer
    var state: InflaterState
    var next: UnsafePointer<UInt8>
    let end: UnsafePointer<UInt8>
    let inputStart: UnsafePointer<UInt8>
    var output: InflateOutput
    /// Output up to here is in `state.check`.
    var checked: Int

    /// Runs the inflater of `memory` over `input` into `output` (which starts with the
    /// history: see `InflateOutput`). Returns why it stopped, how much input it used and,
    /// at the end of the stream, the bytes it had read beyond it from earlier input.
    static func run(_ memory: UnsafeMutableRawPointer, _ input: UnsafeBufferPointer<UInt8>,
                    _ output: inout InflateOutput) -> (status: InflateStatus, consumed: Int, carried: [UInt8]) {
        let empty: [UInt8] = [0]
        return empty.withUnsafeBufferPointer { placeholder in
            let base = input.baseAddress ?? placeholder.baseAddress!
            var inflater = Inflater(memory: memory, state: InflaterMemory.state(memory).pointee, next: base,
                                    end: base + input.count, inputStart: base, output: output, checked: output.count)
            let status = inflater.resume()
            inflater.updateCheck()
            var carried: [UInt8] = []
            if status != .needInput {
                // Whole bytes read ahead go back to the input (zlib's accounting, which
                // unconsumed_tail and unused_data show).
                if status == .streamEnd { inflater.dropBits(inflater.state.bitCount & 7) }
                var spare = inflater.state.bitCount >> 3
                if status == .streamEnd {
                    let beyond = spare - (inflater.next - base)
                    if beyond > 0 {
                        for index in 0..<beyond { carried.append(UInt8(truncatingIfNeeded: inflater.state.bits >> (8 * index))) }
                    }
                }
                spare = min(spare, inflater.next - base)
                inflater.next -= spare
                inflater.state.bitCount -= 8 * spare
                inflater.state.bits &= inflater.state.bitCount == 0 ? 0 : ~UInt64(0) >> (64 - inflater.state.bitCount)
                if status == .streamEnd { inflater.state.bits = 0; inflater.state.bitCount = 0 }
            }
            let kept = min(inflater.output.count, InflaterMemory.windowSize)
            InflaterMemory.history(memory).advanced(by: InflaterMemory.windowSize - kept)
                .update(from: inflater.output.base + inflater.output.count - kept, count: kept)
            inflater.state.historyCount = kept
            InflaterMemory.state(memory).pointee = inflater.state
            output = inflater.output
            return (status, inflater.next - base, carried)
        }
    }

    // MARK: Bits

    /// Makes `count` (at most 56) bits available, or returns false when the input runs out.
    @inline(__always) mutating func need(_ count: Int) -> Bool {
        while state.bitCount < count {
            if next == end { return false }
            state.bits |= UInt64(next.pointee) << state.bitCount
            next += 1
            state.bitCount += 8
        }
        return true
    }

    /// Fills the bit buffer as far as the input allows (at least 56 bits when it can).
    @inline(__always) mutating func refill() {
        if end - next >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(next).loadUnaligned(as: UInt64.self))
            state.bits |= word << state.bitCount
            let taken = (63 - state.bitCount) >> 3
            next += taken
            state.bitCount += 8 * taken
            state.bits &= ~0 >> (64 - state.bitCount)
        } else {
            _ = need(56)
        }
    }

    @inline(__always) func peek(_ count: Int) -> Int { Int(truncatingIfNeeded: state.bits & ((1 << UInt64(count)) - 1)) }

    @inline(__always) mutating func dropBits(_ count: Int) {
        state.bits >>= UInt64(count)
        state.bitCount -= count
    }

    mutating func take(_ count: Int) -> Int {
        let value = peek(count)
        dropBits(count)
        return value
    }

    mutating func updateCheck() {
        guard output.count > checked, state.format != .raw else { return }
        let fresh = UnsafeBufferPointer(start: output.base + checked, count: output.count - checked)
        state.check = state.format == .gzip ? BinasciiCodecs.crc32(fresh, start: state.check) : Adler32.update(state.check, fresh)
        state.totalOut &+= UInt32(truncatingIfNeeded: fresh.count)
        checked = output.count
    }

    mutating func fail(_ message: String) -> InflateStatus {
        state.mode = .failed
        state.failure = UInt8(InflateMessage.all.firstIndex(of: message)!)
        return .failed(message)
    }

    /// Header bytes count toward the gzip header's CRC when it has one.
    mutating func takeHeaderBytes(_ count: Int) -> Int {
        let value = take(8 * count)
        if state.gzipFlags & 2 != 0 {
            withUnsafeBytes(of: UInt64(value).littleEndian) { raw in
                state.headerCRC = BinasciiCodecs.crc32(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]),
                                                       start: state.headerCRC)
            }
        }
        return value
    }

    // MARK: The steps

    mutating func resume() -> InflateStatus {
        while true {
            switch state.mode {
            case .header:
                guard need(16) else { return .needInput }
                if state.format != .zlib && peek(16) == 0x8B1F {
                    state.format = .gzip
                    state.check = 0
                    _ = take(16)
                    state.mode = .gzipMethod
                    continue
                }
                if state.format == .gzip { return fail(InflateMessage.incorrectHeader) }
                state.format = .zlib
                let header = peek(16)
                if ((header & 0xFF) << 8 | header >> 8) % 31 != 0 { return fail(InflateMessage.incorrectHeader) }
                if header & 15 != 8 { return fail(InflateMessage.unknownMethod) }
                let windowBits = (header >> 4 & 15) + 8
                if state.windowBits == 0 { state.windowBits = windowBits }
                if windowBits > 15 || windowBits > state.windowBits { return fail(InflateMessage.invalidWindow) }
                _ = take(16)
                state.mode = header & 0x2000 != 0 ? .dictionaryID : .blockHeader
            case .dictionaryID:
                guard need(32) else { return .needInput }
                state.dictionaryID = UInt32(take(32)).byteSwapped
                state.mode = .blockHeader
                return .needDictionary(state.dictionaryID)
            case .gzipMethod:
                guard need(16) else { return .needInput }
                if peek(8) != 8 { return fail(InflateMessage.unknownMethod) }
                if peek(16) >> 8 & 0xE0 != 0 { return fail(InflateMessage.unknownFlags) }
                state.gzipFlags = peek(16) >> 8
                state.headerCRC = gzipMagic.withUnsafeBufferPointer { BinasciiCodecs.crc32($0, start: 0) }
                _ = takeHeaderBytes(2)
                state.mode = .gzipRest
            case .gzipRest:
                guard need(48) else { return .needInput }
                _ = takeHeaderBytes(6)
                state.mode = .gzipExtraLength
            case .gzipExtraLength:
                if state.gzipFlags & 4 != 0 {
                    guard need(16) else { return .needInput }
                    state.remaining = takeHeaderBytes(2)
                    state.mode = .gzipExtra
                } else {
                    state.mode = .gzipName
                }
            case .gzipExtra:
                while state.remaining > 0 {
                    guard need(8) else { return .needInput }
                    _ = takeHeaderBytes(1)
                    state.remaining -= 1
                }
                state.mode = .gzipName
            case .gzipName, .gzipComment:
                let flag = state.mode == .gzipName ? 8 : 16
                if state.gzipFlags & flag != 0 {
                    while true {
                        guard need(8) else { return .needInput }
                        if takeHeaderBytes(1) == 0 { break }
                    }
                }
                state.mode = state.mode == .gzipName ? .gzipComment : .gzipHeaderCRC
            case .gzipHeaderCRC:
                if state.gzipFlags & 2 != 0 {
                    guard need(16) else { return .needInput }
                    if take(16) != Int(state.headerCRC & 0xFFFF) { return fail(InflateMessage.headerCRC) }
                }
                state.mode = .blockHeader
            case .blockHeader:
                if state.finalBlock {
                    dropBits(state.bitCount & 7)
                    state.mode = state.format == .raw ? .done : .checkValue
                    continue
                }
                guard need(3) else { return .needInput }
                state.finalBlock = take(1) == 1
                switch take(2) {
                case 0:
                    state.mode = .storedLengths
                case 1:
                    let lengths = (memory + InflaterMemory.lengthsOffset).assumingMemoryBound(to: UInt8.self)
                    lengths.update(from: DeflateFormat.fixedLiteralLengths, count: 288)
                    (lengths + 288).update(from: DeflateFormat.fixedDistanceLengths, count: 32)
                    _ = literalTable.build(lengths, count: 288)
                    _ = distanceTable.build(lengths + 288, count: 32)
                    state.mode = .codes
                case 2:
                    state.mode = .tableCounts
                default:
                    return fail(InflateMessage.blockType)
                }
            case .storedLengths:
                dropBits(state.bitCount & 7)
                guard need(32) else { return .needInput }
                let lengths = take(32)
                if lengths & 0xFFFF != (lengths >> 16) ^ 0xFFFF { return fail(InflateMessage.storedLengths) }
                state.remaining = lengths & 0xFFFF
                state.mode = .storedCopy
            case .storedCopy:
                if let status = copyStored() { return status }
                state.mode = .blockHeader
            case .tableCounts:
                guard need(14) else { return .needInput }
                state.literalCount = take(5) + 257
                state.distanceCount = take(5) + 1
                state.codeLengthCount = take(4) + 4
                if state.literalCount > 286 || state.distanceCount > 30 { return fail(InflateMessage.tooManySymbols) }
                state.lengthIndex = 0
                state.mode = .codeLengthCode
            case .codeLengthCode:
                let lengths = (memory + InflaterMemory.lengthsOffset).assumingMemoryBound(to: UInt8.self)
                while state.lengthIndex < state.codeLengthCount {
                    guard need(3) else { return .needInput }
                    lengths[DeflateFormat.codeLengthOrder[state.lengthIndex]] = UInt8(take(3))
                    state.lengthIndex += 1
                }
                for index in state.codeLengthCount..<19 { lengths[DeflateFormat.codeLengthOrder[index]] = 0 }
                if !codeLengthTable.build(lengths, count: 19) { return fail(InflateMessage.codeLengthsSet) }
                state.lengthIndex = 0
                state.mode = .codeLengths
            case .codeLengths:
                if let status = readCodeLengths() { return status }
                state.mode = .codes
            case .codes, .matchCopy, .pendingLiteral:
                if let status = decodeSymbols() { return status }
                state.mode = .blockHeader
            case .checkValue:
                guard need(32) else { return .needInput }
                updateCheck()
                let value = UInt32(take(32))
                if state.format == .zlib {
                    if value.byteSwapped != state.check { return fail(InflateMessage.dataCheck) }
                    state.mode = .done
                } else {
                    if value != state.check { return fail(InflateMessage.dataCheck) }
                    state.mode = .gzipLength
                }
            case .gzipLength:
                guard need(32) else { return .needInput }
                if UInt32(take(32)) != state.totalOut { return fail(InflateMessage.lengthCheck) }
                state.mode = .done
            case .done:
                return .streamEnd
            case .failed:
                return .failed(InflateMessage.all[Int(state.failure)])
            }
        }
    }

    var literalTable: DecodeTable { DecodeTable(memory + InflaterMemory.literalTableOffset, .literals) }
    var distanceTable: DecodeTable { DecodeTable(memory + InflaterMemory.distanceTableOffset, .distances) }
    var codeLengthTable: DecodeTable { DecodeTable(memory + InflaterMemory.codeLengthTableOffset, .codeLengths) }

    /// Copies what is left of a stored block; nil when it is all copied.
    mutating func copyStored() -> InflateStatus? {
        while state.remaining > 0 && state.bitCount >= 8 {
            if output.room(for: 1) == 0 { return .outputFull }
            output.base[output.count] = UInt8(take(8))
            output.count += 1
            state.remaining -= 1
        }
        while state.remaining > 0 {
            if next == end { return .needInput }
            let room = output.room(for: min(state.remaining, end - next))
            if room == 0 { return .outputFull }
            let count = min(state.remaining, end - next, room)
            (output.base + output.count).update(from: next, count: count)
            output.count += count
            next += count
            state.remaining -= count
        }
        return nil
    }

    /// Reads the literal/length and distance code lengths and builds their tables.
    mutating func readCodeLengths() -> InflateStatus? {
        let lengths = (memory + InflaterMemory.lengthsOffset).assumingMemoryBound(to: UInt8.self)
        let table = codeLengthTable
        let total = state.literalCount + state.distanceCount
        while state.lengthIndex < total {
            _ = need(14)
            var entry = table.fast[peek(7)]
            if entry == 0 { entry = table.decodeSlowly(state.bits, available: state.bitCount) }
            let codeLength = DecodeEntry.length(entry)
            if entry == 0 || codeLength > state.bitCount { return .needInput }
            let symbol = DecodeEntry.value(entry)
            if symbol < 16 {
                dropBits(codeLength)
                lengths[state.lengthIndex] = UInt8(symbol)
                state.lengthIndex += 1
                continue
            }
            let extraBits = symbol == 16 ? 2 : symbol == 17 ? 3 : 7
            if codeLength + extraBits > state.bitCount { return .needInput }
            dropBits(codeLength)
            let count = take(extraBits) + (symbol == 18 ? 11 : 3)
            var value: UInt8 = 0
            if symbol == 16 {
                if state.lengthIndex == 0 { return fail(InflateMessage.repeatLength) }
                value = lengths[state.lengthIndex - 1]
            }
            if state.lengthIndex + count > total { return fail(InflateMessage.repeatLength) }
            for _ in 0..<count {
                lengths[state.lengthIndex] = value
                state.lengthIndex += 1
            }
        }
        if lengths[DeflateFormat.endOfBlock] == 0 { return fail(InflateMessage.missingEnd) }
        if !literalTable.build(lengths, count: state.literalCount) { return fail(InflateMessage.literalsSet) }
        if !distanceTable.build(lengths + state.literalCount, count: state.distanceCount) { return fail(InflateMessage.distancesSet) }
        return nil
    }

    /// Copies `length` bytes from `distance` back, as far as the output allows; false if it filled up.
    @inline(__always) mutating func copyMatch(_ length: Int, _ distance: Int) -> Bool {
        var length = length
        let room = output.room(for: length)
        var complete = true
        if room < length {
            state.remaining = length - room
            state.distance = distance
            length = room
            complete = false
        }
        var target = output.base + output.count
        var source = target - distance
        let stop = target + length
        if distance >= 8 {
            while target < stop {
                UnsafeMutableRawPointer(target).storeBytes(of: UnsafeRawPointer(source).loadUnaligned(as: UInt64.self), as: UInt64.self)
                target += 8
                source += 8
            }
        } else {
            while target < stop {
                target.pointee = source.pointee
                target += 1
                source += 1
            }
        }
        output.count += length
        return complete
    }

    /// Decodes literals and matches to the end of the block; nil when it is reached.
    mutating func decodeSymbols() -> InflateStatus? {
        if state.mode == .matchCopy {
            if !copyMatch(state.remaining, state.distance) { return .outputFull }
            state.mode = .codes
        } else if state.mode == .pendingLiteral {
            if output.room(for: 1) == 0 { return .outputFull }
            output.base[output.count] = UInt8(state.remaining)
            output.count += 1
            state.mode = .codes
        }
        let literals = literalTable, distances = distanceTable
        let literalMask = (1 << CodeKind.literals.fastBits) - 1, distanceMask = (1 << CodeKind.distances.fastBits) - 1
        while true {
            refill()
            var entry = literals.fast[Int(truncatingIfNeeded: state.bits) & literalMask]
            if entry == 0 { entry = literals.decodeSlowly(state.bits, available: state.bitCount) }
            var used = DecodeEntry.length(entry)
            if entry == 0 || used > state.bitCount { return .needInput }
            switch DecodeEntry.kind(entry) {
            case DecodeEntry.literal:
                dropBits(used)
                if output.count == output.capacity && output.room(for: 1) == 0 {
                    // Decoded but not yet written, as zlib leaves it (its input accounting shows).
                    state.remaining = DecodeEntry.value(entry)
                    state.mode = .pendingLiteral
                    return .outputFull
                }
                output.base[output.count] = UInt8(truncatingIfNeeded: DecodeEntry.value(entry))
                output.count += 1
                continue
            case DecodeEntry.endOfBlock:
                dropBits(used)
                return nil
            case DecodeEntry.invalid:
                return fail(InflateMessage.literalCode)
            default:
                break
            }
            var extra = DecodeEntry.extra(entry)
            if used + extra > state.bitCount { return .needInput }
            let length = DecodeEntry.value(entry) + Int(truncatingIfNeeded: state.bits >> UInt64(used)) & ((1 << extra) - 1)
            used += extra
            let rest = state.bits >> UInt64(used)
            var distanceEntry = distances.fast[Int(truncatingIfNeeded: rest) & distanceMask]
            if distanceEntry == 0 { distanceEntry = distances.decodeSlowly(rest, available: state.bitCount - used) }
            let distanceUsed = DecodeEntry.length(distanceEntry)
            if distanceEntry == 0 || used + distanceUsed > state.bitCount { return .needInput }
            if DecodeEntry.kind(distanceEntry) == DecodeEntry.invalid { return fail(InflateMessage.distanceCode) }
            used += distanceUsed
            extra = DecodeEntry.extra(distanceEntry)
            if used + extra > state.bitCount { return .needInput }
            let distance = DecodeEntry.value(distanceEntry) + Int(truncatingIfNeeded: state.bits >> UInt64(used)) & ((1 << extra) - 1)
            if distance > output.count { return fail(InflateMessage.tooFarBack) }
            dropBits(used + extra)
            if !copyMatch(length, distance) {
                state.mode = .matchCopy
                return .outputFull
            }
        }
    }
}
