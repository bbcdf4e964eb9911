import XCTest
@testable import TernVM

/// Small functions assembled, installed in CodeMemory and called through the
/// System V convention (integer arguments rdi, rsi, rdx; doubles xmm0, xmm1).
final class X86ExecutionTests: XCTestCase {
    typealias Binary = @convention(c) (Int64, Int64) -> Int64
    typealias BinaryWithOut = @convention(c) (Int64, Int64, UnsafeMutablePointer<Int64>) -> Int64
    typealias DoubleBinary = @convention(c) (Double, Double) -> Double

    private let memory = CodeMemory()

    private func install(_ build: (inout X86Assembler) -> Void) -> CodePiece {
        var assembler = X86Assembler()
        build(&assembler)
        return memory.install(assembler.finish())!
    }

    private func function<F>(_ type: F.Type, _ build: (inout X86Assembler) -> Void) -> F {
        unsafeBitCast(install(build).start, to: type)
    }

    func testAddWithOverflowDetection() {
        // Returns 1 and leaves *out alone on overflow; else stores the sum and returns 0.
        let add = function(BinaryWithOut.self) { a in
            let overflow = a.newLabel()
            a.mov(.rax, .rdi)
            a.add(.rax, .rsi)
            a.jump(if: .overflow, to: overflow)
            a.store(base: .rdx, .rax)
            a.mov(.rax, immediate: 0)
            a.ret()
            a.bind(overflow)
            a.mov(.rax, immediate: 1)
            a.ret()
        }
        var out: Int64 = -5
        XCTAssertEqual(add(2, 40, &out), 0)
        XCTAssertEqual(out, 42)
        XCTAssertEqual(add(-7, 3, &out), 0)
        XCTAssertEqual(out, -4)
        XCTAssertEqual(add(Int64.max, 1, &out), 1)
        XCTAssertEqual(add(Int64.min, -1, &out), 1)
        XCTAssertEqual(out, -4)
        XCTAssertEqual(add(Int64.max, Int64.min, &out), 0)
        XCTAssertEqual(out, -1)
    }

    func testMultiplyOverflowAndNegate() {
        // Returns -(a * b), or 0 when the product or its negation overflows.
        let negatedProduct = function(Binary.self) { a in
            let overflow = a.newLabel()
            a.mov(.rax, .rdi)
            a.imul(.rax, .rsi)
            a.jump(if: .overflow, to: overflow)
            a.neg(.rax)
            a.jump(if: .overflow, to: overflow)
            a.ret()
            a.bind(overflow)
            a.xor(.rax, .rax)
            a.ret()
        }
        XCTAssertEqual(negatedProduct(6, 7), -42)
        XCTAssertEqual(negatedProduct(-3, 5), 15)
        XCTAssertEqual(negatedProduct(1 << 32, 1 << 31), 0)
        XCTAssertEqual(negatedProduct(Int64.min, 1), 0)
        XCTAssertEqual(negatedProduct(Int64.max, -1), Int64.max)
    }

    func testCountedLoopWithBackwardLabel() {
        // sum of 1...n, counting rcx down to zero.
        let sum = function(Binary.self) { a in
            let loop = a.newLabel(), done = a.newLabel()
            a.mov(.rax, immediate: 0)
            a.mov(.rcx, .rdi)
            a.test(.rcx, .rcx)
            a.jump(if: .lessOrEqual, to: done)
            a.bind(loop)
            a.add(.rax, .rcx)
            a.sub(.rcx, immediate: 1)
            a.jump(if: .notEqual, to: loop)
            a.bind(done)
            a.ret()
        }
        XCTAssertEqual(sum(0, 0), 0)
        XCTAssertEqual(sum(-3, 0), 0)
        XCTAssertEqual(sum(1, 0), 1)
        XCTAssertEqual(sum(100, 0), 5050)
        XCTAssertEqual(sum(100_000, 0), 5_000_050_000)
    }

    func testIndexedLoadsSumAnArray() {
        // sum of base[0..<count] with callee-saved registers saved and restored.
        let sumArray = function((@convention(c) (UnsafePointer<Int64>, Int64) -> Int64).self) { a in
            let loop = a.newLabel(), done = a.newLabel()
            a.push(.r12)
            a.push(.r13)
            a.mov(.r12, .rdi)
            a.mov(.rax, immediate: 0)
            a.mov(.r13, immediate: 0)
            a.bind(loop)
            a.cmp(.r13, .rsi)
            a.jump(if: .greaterOrEqual, to: done)
            a.load(.rcx, base: .r12, index: .r13, scale: .eight)
            a.add(.rax, .rcx)
            a.lea(.r13, base: .r13, displacement: 1)
            a.jmp(loop)
            a.bind(done)
            a.pop(.r13)
            a.pop(.r12)
            a.ret()
        }
        let values: [Int64] = [3, -1, 4, 1, -5, 9, 2, 6]
        XCTAssertEqual(values.withUnsafeBufferPointer { sumArray($0.baseAddress!, Int64($0.count)) }, 19)
        XCTAssertEqual(values.withUnsafeBufferPointer { sumArray($0.baseAddress!, 0) }, 0)
    }

    func testSignedDivisionWithCqoAndIdiv() {
        // Returns a / b truncated toward zero and stores a % b (the C remainder) in *out.
        let divide = function(BinaryWithOut.self) { a in
            a.mov(.r8, .rdx)  // cqo overwrites rdx
            a.mov(.rax, .rdi)
            a.cqo()
            a.idiv(.rsi)
            a.store(base: .r8, .rdx)
            a.ret()
        }
        var remainder: Int64 = 0
        for (x, y) in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (Int64.min, 3), (Int64.max, -1)] as [(Int64, Int64)] {
            XCTAssertEqual(divide(x, y, &remainder), x / y, "\(x) / \(y)")
            XCTAssertEqual(remainder, x % y, "\(x) % \(y)")
        }
    }

    func testComparisonsWithSetccAndCmov() {
        // (a < b) as 0 or 1; setcc writes only the low byte, so movzx clears the -1 above it.
        let lessThan = function(Binary.self) { a in
            a.mov(.rax, immediate: -1)
            a.cmp(.rdi, .rsi)
            a.setcc(.less, .rax)
            a.movzxByte(.rax, .rax)
            a.ret()
        }
        let maximum = function(Binary.self) { a in
            a.mov(.rax, .rdi)
            a.cmp(.rdi, .rsi)
            a.cmov(.less, .rax, .rsi)
            a.ret()
        }
        XCTAssertEqual(lessThan(1, 2), 1)
        XCTAssertEqual(lessThan(2, 1), 0)
        XCTAssertEqual(lessThan(-1, 0), 1)
        XCTAssertEqual(lessThan(5, 5), 0)
        XCTAssertEqual(maximum(3, 9), 9)
        XCTAssertEqual(maximum(-3, -9), -3)
        XCTAssertEqual(maximum(Int64.min, Int64.max), Int64.max)
    }

    func testShifts() {
        // ((a << 4) >> b arithmetic) ^ (a >>> 60 logical)
        let shifted = function(Binary.self) { a in
            a.mov(.rax, .rdi)
            a.shl(.rax, immediate: 4)
            a.mov(.rcx, .rsi)
            a.sarByCL(.rax)
            a.mov(.rdx, .rdi)
            a.shr(.rdx, immediate: 60)
            a.xor(.rax, .rdx)
            a.ret()
        }
        for (x, y) in [(1, 0), (-1, 3), (0x0F00_0000_0000_0001, 2), (Int64.min, 63)] as [(Int64, Int64)] {
            XCTAssertEqual(shifted(x, y), ((x << 4) >> y) ^ Int64(bitPattern: UInt64(bitPattern: x) >> 60))
        }
    }

    func testDoubleArithmeticThroughMovq() {
        // Doubles passed and returned as their bit patterns in integer registers.
        let fused = function(Binary.self) { a in
            a.movq(.xmm0, .rdi)
            a.movq(.xmm9, .rsi)
            a.movapd(.xmm1, .xmm0)
            a.addsd(.xmm0, .xmm9)    // a + b
            a.subsd(.xmm1, .xmm9)    // a - b
            a.mulsd(.xmm0, .xmm1)    // (a + b) * (a - b)
            a.divsd(.xmm0, .xmm9)    // ... / b
            a.movq(.rax, .xmm0)
            a.ret()
        }
        func call(_ x: Double, _ y: Double) -> Double {
            Double(bitPattern: UInt64(bitPattern: fused(Int64(bitPattern: x.bitPattern), Int64(bitPattern: y.bitPattern))))
        }
        XCTAssertEqual(call(5, 3), (8.0 * 2.0) / 3.0)
        XCTAssertEqual(call(1.5, -0.25), (1.25 * 1.75) / -0.25)
        XCTAssertEqual(call(1, 0), .infinity)
    }

    func testDoubleConventionSqrtAndConversions() {
        let hypotenuse = function(DoubleBinary.self) { a in
            a.mulsd(.xmm0, .xmm0)
            a.mulsd(.xmm1, .xmm1)
            a.addsd(.xmm0, .xmm1)
            a.sqrtsd(.xmm0, .xmm0)
            a.ret()
        }
        XCTAssertEqual(hypotenuse(3, 4), 5)
        XCTAssertEqual(hypotenuse(-5, 12), 13)

        // Int64(Double(a) / Double(b)) truncated; xorpd zeroes xmm0 to break its dependency.
        let truncatedQuotient = function(Binary.self) { a in
            a.xorpd(.xmm0, .xmm0)
            a.cvtsi2sd(.xmm0, .rdi)
            a.cvtsi2sd(.xmm15, .rsi)
            a.divsd(.xmm0, .xmm15)
            a.cvttsd2si(.rax, .xmm0)
            a.ret()
        }
        XCTAssertEqual(truncatedQuotient(7, 2), 3)
        XCTAssertEqual(truncatedQuotient(-7, 2), -3)
        XCTAssertEqual(truncatedQuotient(1, 0), Int64.min)  // infinity is out of range
    }

    func testUcomisdOrdersAndSeesNaN() {
        // 1 when a < b, an ordered compare (NaN gives 0): b > a is CF=0 and ZF=0, which NaN fails.
        let less = function((@convention(c) (Double, Double) -> Int64).self) { a in
            a.mov(.rax, immediate: 0)
            a.ucomisd(.xmm1, .xmm0)
            a.setcc(.above, .rax)
            a.ret()
        }
        // 1 when unordered.
        let unordered = function((@convention(c) (Double, Double) -> Int64).self) { a in
            a.mov(.rax, immediate: 0)
            a.ucomisd(.xmm0, .xmm1)
            a.setcc(.parity, .rax)
            a.ret()
        }
        XCTAssertEqual(less(1, 2), 1)
        XCTAssertEqual(less(2, 1), 0)
        XCTAssertEqual(less(2, 2), 0)
        XCTAssertEqual(less(.nan, 2), 0)
        XCTAssertEqual(less(1, .nan), 0)
        XCTAssertEqual(unordered(1, .nan), 1)
        XCTAssertEqual(unordered(1, 2), 0)
    }

    func testCallThroughRegisterToSwift() {
        let triple: @convention(c) (Int64) -> Int64 = { $0 * 3 }
        let tripleAddress = UInt64(UInt(bitPattern: unsafeBitCast(triple, to: UnsafeRawPointer.self)))
        // a + triple(b) + triple(b); rbx keeps a across the calls, and pushing it aligns the stack to 16.
        let combined = function(Binary.self) { a in
            a.push(.rbx)
            a.push(.r14)
            a.sub(.rsp, immediate: 8)
            a.mov(.rbx, .rdi)
            a.mov(.r14, .rsi)
            a.mov(.rdi, .rsi)
            a.call(address: tripleAddress)
            a.add(.rbx, .rax)
            a.mov(.rdi, .r14)
            a.mov(.rax, immediate: Int64(bitPattern: tripleAddress))
            a.call(.rax)
            a.add(.rax, .rbx)
            a.add(.rsp, immediate: 8)
            a.pop(.r14)
            a.pop(.rbx)
            a.ret()
        }
        XCTAssertEqual(combined(1, 2), 13)
        XCTAssertEqual(combined(-10, 5), 20)
    }

    func testCallThroughATableOfEntryPoints() {
        let addOne: @convention(c) (Int64) -> Int64 = { $0 + 1 }
        // table[0] is an "enabled" word, table[1] an entry point: -1 when disabled, else table[1](x).
        let viaTable = function((@convention(c) (UnsafePointer<UInt64>, Int64) -> Int64).self) { a in
            let disabled = a.newLabel()
            a.cmp(base: .rdi, immediate: 0)
            a.jump(if: .equal, to: disabled)
            a.push(.rbx)  // aligns the stack for the call
            a.mov(.rbx, .rdi)
            a.mov(.rdi, .rsi)
            a.call(base: .rbx, displacement: 8)
            a.pop(.rbx)
            a.ret()
            a.bind(disabled)
            a.mov(.rax, immediate: -1)
            a.ret()
        }
        let entry = UInt64(UInt(bitPattern: unsafeBitCast(addOne, to: UnsafeRawPointer.self)))
        XCTAssertEqual([1, entry].withUnsafeBufferPointer { viaTable($0.baseAddress!, 41) }, 42)
        XCTAssertEqual([0, entry].withUnsafeBufferPointer { viaTable($0.baseAddress!, 41) }, -1)
    }

    func testStackSlotsThroughRspAndRbp() {
        // A frame with rbp: spill through [rsp+…] and read back through [rbp-…].
        let roundTrip = function(Binary.self) { a in
            a.push(.rbp)
            a.mov(.rbp, .rsp)
            a.sub(.rsp, immediate: 16)
            a.store(base: .rsp, .rdi)
            a.store(base: .rsp, displacement: 8, immediate32: -2)
            a.load(.rax, base: .rbp, displacement: -16)
            a.add(.rax, base: .rbp, displacement: -8)
            a.sub(.rax, base: .rsp, displacement: 8)
            a.cmp(.rax, base: .rsp)
            a.setcc(.equal, .rsi)     // rsi's low byte: 1 (the sum equals a again)
            a.movzxByte(.rsi, .rsi)
            a.add(.rax, .rsi)
            a.mov(.rsp, .rbp)
            a.pop(.rbp)
            a.ret()
        }
        XCTAssertEqual(roundTrip(41, 0), 42)
        XCTAssertEqual(roundTrip(-1, 0x100), 0)
    }

    func testExitStubTailPatchedToJumpIntoABridge() {
        // An exit stub ends with `movabs rax, exit number; jmp epilogue` (X86Backend); a bridge's
        // installation overwrites that tail with an absolute jump into the bridge, which must fit.
        let bridge = install { a in
            a.mov(.rax, immediate: 42)
            a.ret()
        }
        var stubOffset = 0
        let loop = install { a in
            let epilogue = a.newLabel()
            a.mov(.rcx, .rdi)
            stubOffset = a.offset
            a.movabs(.rax, 7)
            a.jmp(epilogue)
            a.int3()
            a.bind(epilogue)
            a.ret()
        }
        let run = unsafeBitCast(loop.start, to: Binary.self)
        XCTAssertEqual(run(1, 2), 7)
        var jump = X86Assembler()
        jump.jump(toAddress: UInt64(UInt(bitPattern: bridge.start)))
        let patch = jump.finish()
        XCTAssertLessThanOrEqual(patch.count, 15, "the stub's tail is a 10-byte movabs and a 5-byte jmp")
        memory.patch(loop, at: stubOffset, bytes: patch)
        XCTAssertEqual(run(1, 2), 42)
    }
}
