import Glibc

// Executable memory for JIT code. Pages are never writable and executable at
// once: a write flips the pages it touches to read-write, copies, and flips them
// back to read-execute. Other pieces on those pages cannot run meanwhile, which
// is safe because Python code runs on one thread (the telemetry sampler never
// runs JIT code) and that thread is in Swift during a write. While no machine code
// runs (`defersSealing`), the flip back waits for `seal()`, which the JIT calls
// before it enters machine code: the writes of a compile (the piece, the jump
// patched into its parent) and of a batch of frees then share their system calls,
// each of which costs microseconds (a phased program spent an eighth of its time in
// mprotect when every write flipped twice).
// Code larger than a chunk gets a mapping of its own; a chunk is unmapped as
// soon as its last piece is freed. Pages hold memory only once code is written
// to them: a chunk is mapped inaccessible, and pages that freeing leaves wholly
// empty are given back to the system and made inaccessible again, so the
// resident size follows the live code even when chunks stay mapped.

/// Maps, fills, patches and unmaps the memory JIT code runs from.
final class CodeMemory {
    /// The size of an ordinary chunk mapping.
    static let chunkSize = 64 * 1024
    /// int3: what unused and freed code memory holds, so a stale jump into it traps.
    static let poisonByte: UInt8 = 0xCC

    private let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    private var chunks: [CodeChunk] = []

    /// Code bytes of live pieces.
    private(set) var bytesInUse = 0
    /// Bytes of all current mappings.
    private(set) var bytesMapped = 0
    /// Bytes of the committed pages of those mappings (what code memory adds to the resident size).
    private(set) var bytesCommitted = 0
    /// Pieces installed since creation.
    private(set) var piecesInstalled = 0
    /// Pieces freed since creation.
    private(set) var piecesFreed = 0
    /// Current mappings.
    var chunkCount: Int { chunks.count }
    /// While true, pages written stay read-write until `seal()`; while false each write seals its pages.
    var defersSealing = false
    /// Chunks with pages written and not yet sealed.
    private var unsealed: [CodeChunk] = []

    init() {}

    deinit {
        for chunk in chunks { munmap(chunk.base, chunk.size) }
    }

    /// Copies `code` into executable memory; nil if the system refuses to map more.
    func install(_ code: [UInt8]) -> CodePiece? {
        var placement: (chunk: CodeChunk, offset: Int)? = nil
        for chunk in chunks {
            if let offset = chunk.allocate(code.count) {
                placement = (chunk, offset)
                break
            }
        }
        if placement == nil {
            let size = max(Self.chunkSize, roundToPages(CodeChunk.reservedLength(code.count)))
            guard let chunk = mapChunk(size: size), let offset = chunk.allocate(code.count) else { return nil }
            placement = (chunk, offset)
        }
        let (chunk, offset) = placement!
        let start = chunk.base + offset
        write(chunk, offset..<offset + code.count) {
            code.withUnsafeBytes { start.copyMemory(from: $0.baseAddress!, byteCount: code.count) }
        }
        bytesInUse += code.count
        piecesInstalled += 1
        return CodePiece(start: UnsafeRawPointer(start), size: code.count, chunk: chunk)
    }

    /// Releases a piece; its memory is poisoned, and its chunk unmapped if it was the last piece there.
    func free(_ piece: CodePiece) {
        let chunk = piece.chunk
        let (range, free) = chunk.release(piece.offsetInChunk)
        bytesInUse -= piece.size
        piecesFreed += 1
        if chunk.isEmpty {
            munmap(chunk.base, chunk.size)
            bytesMapped -= chunk.size
            bytesCommitted -= chunk.committedPageCount * pageSize
            chunks.removeAll { $0 === chunk }
            unsealed.removeAll { $0 === chunk }
            return
        }
        write(chunk, range) {
            (chunk.base + range.lowerBound).initializeMemory(as: UInt8.self, repeating: Self.poisonByte, count: range.count)
        }
        for run in CodeChunk.runs(chunk.decommit(inside: free)) {
            let address = chunk.base + run.lowerBound * pageSize
            madvise(address, run.count * pageSize, MADV_DONTNEED)
            protect(address, run.count * pageSize, PROT_NONE)
            bytesCommitted -= run.count * pageSize
        }
    }

    /// Makes every page written since the last seal read-execute again.
    func seal() {
        // Called at every entry into machine code: most find nothing written.
        if unsealed.isEmpty { return }
        for chunk in unsealed { seal(chunk) }
        unsealed.removeAll(keepingCapacity: true)
    }

    /// Overwrites installed code at `offset` inside `piece` with `bytes`.
    func patch(_ piece: CodePiece, at offset: Int, bytes: [UInt8]) {
        precondition(offset >= 0 && offset + bytes.count <= piece.size, "patch outside the piece")
        let start = piece.offsetInChunk + offset
        write(piece.chunk, start..<start + bytes.count) {
            bytes.withUnsafeBytes { (piece.chunk.base + start).copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        }
    }

    /// Re-aims the rel32 field at `offset` in `piece` at `target`; false (and no change) when out of ±2 GB reach.
    @discardableResult
    func patchRel32(_ piece: CodePiece, at offset: Int, target: UInt64) -> Bool {
        let fieldAddress = UInt(bitPattern: piece.start + offset)
        guard let displacement = X86Assembler.rel32(fieldAddress: fieldAddress, target: UInt(target)) else { return false }
        patch(piece, at: offset, bytes: withUnsafeBytes(of: displacement.littleEndian) { Array($0) })
        return true
    }

    /// Rewrites the 8-byte address at `offset` in `piece` (a jump(toAddress:) or call(address:) target).
    func patchAddress(_ piece: CodePiece, at offset: Int, target: UInt64) {
        patch(piece, at: offset, bytes: withUnsafeBytes(of: target.littleEndian) { Array($0) })
    }

    // MARK: Mappings and protection

    private func mapChunk(size: Int) -> CodeChunk? {
        guard let raw = mmap(nil, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              raw != MAP_FAILED else { return nil }
        let chunk = CodeChunk(base: raw, size: size, pageSize: pageSize)
        chunks.append(chunk)
        bytesMapped += size
        return chunk
    }

    /// Runs `body` with the pages under `range` of `chunk` read-write, then makes them read-execute
    /// again (now, or at the next seal() while sealing is deferred); pages written for the first time
    /// (or again after being given back) are poisoned first.
    private func write(_ chunk: CodeChunk, _ range: Range<Int>, _ body: () -> Void) {
        guard !range.isEmpty else { return }
        let pages = chunk.pages(under: range)
        for run in CodeChunk.runs(chunk.makeWritable(pages)) {
            protect(chunk.base + run.lowerBound * pageSize, run.count * pageSize, PROT_READ | PROT_WRITE)
        }
        for page in chunk.commit(pages) {
            (chunk.base + page * pageSize).initializeMemory(as: UInt8.self, repeating: Self.poisonByte, count: pageSize)
            bytesCommitted += pageSize
        }
        body()
        if !defersSealing {
            seal(chunk)
        } else if !unsealed.contains(where: { $0 === chunk }) {
            unsealed.append(chunk)
        }
    }

    private func seal(_ chunk: CodeChunk) {
        for run in CodeChunk.runs(chunk.takeWritablePages()) {
            protect(chunk.base + run.lowerBound * pageSize, run.count * pageSize, PROT_READ | PROT_EXEC)
        }
    }

    private func protect(_ address: UnsafeMutableRawPointer, _ length: Int, _ protection: Int32) {
        if mprotect(address, length, protection) != 0 {
            fatalError("mprotect of JIT code memory failed (errno \(errno))")
        }
    }

    private func roundToPages(_ size: Int) -> Int {
        (size + pageSize - 1) / pageSize * pageSize
    }
}
