import XCTest
@testable import TernVM

/// CodeMemory: placement, reuse, unmapping and patching of installed code.
final class X86CodeMemoryTests: XCTestCase {
    typealias Nullary = @convention(c) () -> Int64

    /// mov eax, value; ret — padded with int3 to `size` bytes.
    private func returning(_ value: Int64, size: Int = 6) -> [UInt8] {
        var assembler = X86Assembler()
        assembler.mov(.rax, immediate: value)
        assembler.ret()
        while assembler.offset < size { assembler.int3() }
        return assembler.finish()
    }

    private func run(_ piece: CodePiece) -> Int64 {
        unsafeBitCast(piece.start, to: Nullary.self)()
    }

    func testManyPiecesFillChunksAndEmptyChunksAreUnmapped() {
        let memory = CodeMemory()
        var pieces: [CodePiece] = []
        for index in 0..<3000 {
            pieces.append(memory.install(returning(Int64(index), size: 100))!)
        }
        // 100 bytes reserve 112: 585 pieces to a 64 KB chunk, so 3000 pieces take 6 chunks.
        XCTAssertEqual(memory.chunkCount, 6)
        XCTAssertEqual(memory.bytesMapped, 6 * CodeMemory.chunkSize)
        XCTAssertEqual(memory.bytesInUse, 3000 * 100)
        XCTAssertEqual(memory.piecesInstalled, 3000)
        XCTAssertEqual(run(pieces[0]), 0)
        XCTAssertEqual(run(pieces[2999]), 2999)

        // Free every piece but one in each of the first two chunks: those chunks stay.
        let keep = [pieces[0], pieces[585]]
        for (index, piece) in pieces.enumerated() where index != 0 && index != 585 {
            memory.free(piece)
        }
        XCTAssertEqual(memory.chunkCount, 2)
        XCTAssertEqual(memory.bytesMapped, 2 * CodeMemory.chunkSize)
        XCTAssertEqual(memory.bytesInUse, 200)
        XCTAssertEqual(memory.piecesFreed, 2998)
        XCTAssertEqual(run(keep[0]), 0)
        XCTAssertEqual(run(keep[1]), 585)

        for piece in keep { memory.free(piece) }
        XCTAssertEqual(memory.chunkCount, 0)
        XCTAssertEqual(memory.bytesMapped, 0)
        XCTAssertEqual(memory.bytesInUse, 0)
        XCTAssertEqual(memory.piecesFreed, 3000)
    }

    func testFreedSpaceIsReusedAndPoisoned() {
        let memory = CodeMemory()
        let first = memory.install(returning(1, size: 40))!
        let second = memory.install(returning(2, size: 40))!
        let third = memory.install(returning(3, size: 40))!
        XCTAssertEqual(second.start - first.start, 48)  // pieces are 16-byte aligned
        memory.free(second)
        XCTAssertEqual(second.start.load(fromByteOffset: 0, as: UInt8.self), CodeMemory.poisonByte)
        XCTAssertEqual(second.start.load(fromByteOffset: 39, as: UInt8.self), CodeMemory.poisonByte)

        // A smaller piece takes the hole; a bigger one goes past the third.
        let small = memory.install(returning(4, size: 20))!
        XCTAssertEqual(small.start, second.start)
        let big = memory.install(returning(5, size: 200))!
        XCTAssertEqual(big.start - third.start, 48)

        // Freeing neighbours merges holes: 48 + 48 bytes now fit 90.
        memory.free(first)
        memory.free(small)
        let merged = memory.install(returning(6, size: 90))!
        XCTAssertEqual(merged.start, first.start)
        XCTAssertEqual([third, big, merged].map(run), [3, 5, 6])
        XCTAssertEqual(memory.chunkCount, 1)
    }

    func testPagesHoldMemoryOnlyWhileCodeIsOnThem() {
        let memory = CodeMemory()
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        XCTAssertEqual(memory.install(returning(1, size: 100)).map(run), 1)
        XCTAssertEqual(memory.bytesCommitted, pageSize)   // a fresh chunk holds only the pages written
        // Pieces a page long each: 40 of them cover 10 pages.
        let pieces = (0..<40).map { memory.install(returning(Int64($0), size: pageSize / 4))! }
        XCTAssertEqual(memory.bytesCommitted, 11 * pageSize)
        // Freeing every piece but the last gives back every page wholly empty (not the first,
        // which the first piece still uses, nor the one the last piece is on).
        for piece in pieces.dropLast() { memory.free(piece) }
        XCTAssertLessThanOrEqual(memory.bytesCommitted, 3 * pageSize)
        XCTAssertEqual(memory.chunkCount, 1)
        // The space is reused: code written there again runs.
        let again = (0..<40).map { memory.install(returning(Int64(100 + $0), size: pageSize / 4))! }
        XCTAssertEqual(again.map(run), (0..<40).map { Int64(100 + $0) })
        XCTAssertEqual(run(pieces.last!), 39)
        XCTAssertLessThanOrEqual(memory.bytesCommitted, 13 * pageSize)
    }

    func testLargePieceGetsItsOwnMapping() {
        let memory = CodeMemory()
        let small = memory.install(returning(1))!
        let large = memory.install(returning(7, size: 100_000))!
        XCTAssertEqual(memory.chunkCount, 2)
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let largeMapping = (100_000 + pageSize - 1) / pageSize * pageSize
        XCTAssertEqual(memory.bytesMapped, CodeMemory.chunkSize + largeMapping)
        XCTAssertEqual(run(large), 7)
        memory.free(large)
        XCTAssertEqual(memory.chunkCount, 1)
        XCTAssertEqual(memory.bytesMapped, CodeMemory.chunkSize)
        XCTAssertEqual(run(small), 1)
    }

    func testPatchingARel32JumpChangesBehaviour() {
        // jmp first; first: return 1; second: return 2 — then the jmp is re-aimed at second.
        var assembler = X86Assembler()
        let first = assembler.newLabel(), second = assembler.newLabel()
        let field = assembler.jmp(first)
        assembler.bind(first)
        assembler.mov(.rax, immediate: 1)
        assembler.ret()
        assembler.bind(second)
        assembler.mov(.rax, immediate: 2)
        assembler.ret()
        let memory = CodeMemory()
        let piece = memory.install(assembler.finish())!
        XCTAssertEqual(run(piece), 1)

        let secondAddress = piece.address + UInt64(assembler.offset(of: second)!)
        XCTAssertTrue(memory.patchRel32(piece, at: field, target: secondAddress))
        XCTAssertEqual(run(piece), 2)

        // Across pieces: a guard-style jcc in one piece re-aimed at another piece (a bridge).
        var guardAssembler = X86Assembler()
        let exit = guardAssembler.newLabel()
        guardAssembler.cmp(.rax, .rax)
        let guardField = guardAssembler.jump(if: .equal, to: exit)
        guardAssembler.mov(.rax, immediate: 10)
        guardAssembler.ret()
        guardAssembler.bind(exit)
        guardAssembler.mov(.rax, immediate: 20)
        guardAssembler.ret()
        let guarded = memory.install(guardAssembler.finish())!
        let bridge = memory.install(returning(30))!
        XCTAssertEqual(run(guarded), 20)
        XCTAssertTrue(memory.patchRel32(guarded, at: guardField, target: bridge.address))
        XCTAssertEqual(run(guarded), 30)
        XCTAssertEqual(run(piece), 2)  // the write to a shared page left it executable
    }

    func testPatchingAnAbsoluteJump() {
        let memory = CodeMemory()
        let one = memory.install(returning(1))!
        let two = memory.install(returning(2))!
        var assembler = X86Assembler()
        let field = assembler.jump(toAddress: one.address)
        let trampoline = memory.install(assembler.finish())!
        XCTAssertEqual(run(trampoline), 1)
        memory.patchAddress(trampoline, at: field, target: two.address)
        XCTAssertEqual(run(trampoline), 2)
    }

    /// The protection /proc/self/maps gives the page holding `address` ("r-xp", "rw-p", ...).
    private func protection(at address: UnsafeRawPointer) -> String? {
        // Read line by line: /proc files report a size of 0, so whole-file reads come back empty.
        let target = UInt(bitPattern: address)
        guard let file = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>? = nil, capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0 {
            let fields = String(cString: line!).split(separator: " ")
            let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
            if bounds.count == 2 && bounds[0] <= target && target < bounds[1] { return String(fields[1]) }
        }
        return nil
    }

    func testDeferredSealingKeepsPagesWritableUntilSealed() {
        let memory = CodeMemory()
        memory.defersSealing = true
        let first = memory.install(returning(1))!
        let second = memory.install(returning(2))!
        // Written and not sealed: writable, never executable (running it now would fault).
        XCTAssertEqual(protection(at: first.start), "rw-p")
        memory.patch(second, at: 1, bytes: [3, 0, 0, 0])  // mov eax, imm32: the immediate becomes 3
        memory.seal()
        XCTAssertEqual(protection(at: first.start), "r-xp")
        XCTAssertEqual([first, second].map(run), [1, 3])
        // Freeing defers too; the poison is in place before the seal, and the page is executable after it.
        memory.free(first)
        XCTAssertEqual(first.start.load(as: UInt8.self), CodeMemory.poisonByte)
        memory.seal()
        XCTAssertEqual(protection(at: second.start), "r-xp")
        XCTAssertEqual(run(second), 3)
        // Sealing eagerly again: each write is sealed before it returns.
        memory.defersSealing = false
        let third = memory.install(returning(4))!
        XCTAssertEqual(protection(at: third.start), "r-xp")
        XCTAssertEqual(run(third), 4)
    }

    func testPatchRel32RefusesTargetsOutOfReach() {
        let memory = CodeMemory()
        var assembler = X86Assembler()
        let label = assembler.newLabel()
        let field = assembler.jmp(label)
        assembler.bind(label)
        assembler.mov(.rax, immediate: 1)
        assembler.ret()
        let piece = memory.install(assembler.finish())!
        XCTAssertFalse(memory.patchRel32(piece, at: field, target: piece.address &+ (1 << 40)))
        XCTAssertEqual(run(piece), 1)
    }
}
