// Unsigned arithmetic on little-endian arrays of 64-bit limbs: the kernels
// every signed BigInt operation is built from.

/// Namespace for operations on magnitudes (`[UInt64]`, least significant limb first).
enum Magnitude {
    /// A magnitude in place: an array's storage or a big int object's limbs.
    typealias Limbs = UnsafeBufferPointer<UInt64>

    /// Products of operands with at least this many limbs each use Karatsuba.
    static let karatsubaThreshold = 40

    /// Drops most-significant zero limbs so equal values have equal arrays.
    static func normalize(_ limbs: inout [UInt64]) {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    /// -1, 0 or 1 comparing two normalized magnitudes.
    static func compare(_ left: [UInt64], _ right: [UInt64]) -> Int {
        left.withUnsafeBufferPointer { l in right.withUnsafeBufferPointer { r in compare(l, r) } }
    }

    static func compare(_ left: Limbs, _ right: Limbs) -> Int {
        if left.count != right.count { return left.count < right.count ? -1 : 1 }
        var index = left.count - 1
        while index >= 0 {
            if left[index] != right[index] { return left[index] < right[index] ? -1 : 1 }
            index -= 1
        }
        return 0
    }

    /// The sign and magnitude of `left + right` for signed operands given as sign
    /// and magnitude: the one mechanism behind `+` and `-` of big ints. Writes at
    /// most `max(left.count, right.count) + 1` limbs to `out`.
    static func signedSum(_ leftNegative: Bool, _ left: Limbs, _ rightNegative: Bool, _ right: Limbs,
                          into out: UnsafeMutablePointer<UInt64>) -> (isNegative: Bool, count: Int) {
        if leftNegative == rightNegative { return (leftNegative, add(left, right, into: out)) }
        // Opposite signs: subtract the smaller magnitude from the larger.
        if compare(left, right) >= 0 { return (leftNegative, subtract(left, right, into: out)) }
        return (rightNegative, subtract(right, left, into: out))
    }

    static func signedSum(_ leftNegative: Bool, _ left: Limbs,
                          _ rightNegative: Bool, _ right: Limbs) -> (isNegative: Bool, limbs: [UInt64]) {
        var isNegative = false
        let limbs = build(capacity: max(left.count, right.count) + 1) { out in
            let sum = signedSum(leftNegative, left, rightNegative, right, into: out)
            isNegative = sum.isNegative
            return sum.count
        }
        return (isNegative, limbs)
    }

    /// A magnitude of at most `capacity` limbs written by `body`, which
    /// returns how many it wrote. (`Array(unsafeUninitializedCapacity:)` would
    /// save the zero fill, but Swift does not specialize it: it looks up generic
    /// metadata on every call, which costs more.)
    @inline(__always)
    static func build(capacity: Int, _ body: (UnsafeMutablePointer<UInt64>) -> Int) -> [UInt64] {
        if capacity == 0 { return [] }
        var limbs = [UInt64](repeating: 0, count: capacity)
        let count = limbs.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        while limbs.count > count { limbs.removeLast() }
        return limbs
    }

    static func copy(_ limbs: Limbs) -> [UInt64] {
        build(capacity: limbs.count) { out in
            out.update(from: limbs.baseAddress!, count: limbs.count)
            return limbs.count
        }
    }

    /// Writes `left + right` (at most `max(counts) + 1` limbs) and returns its count.
    static func add(_ left: Limbs, _ right: Limbs, into out: UnsafeMutablePointer<UInt64>) -> Int {
        let (l, s) = left.count >= right.count ? (left, right) : (right, left)
        var carry: UInt64 = 0
        for index in 0..<s.count {
            let sum = UInt128(l[index]) &+ UInt128(s[index]) &+ UInt128(carry)
            out[index] = UInt64(truncatingIfNeeded: sum)
            carry = UInt64(truncatingIfNeeded: sum >> 64)
        }
        for index in s.count..<l.count {
            let (sum, overflow) = l[index].addingReportingOverflow(carry)
            out[index] = sum
            carry = overflow ? 1 : 0
        }
        out[l.count] = carry
        return carry != 0 ? l.count + 1 : l.count
    }

    /// Writes `l - r` (at most `l.count` limbs; requires `l >= r`) and returns its count.
    static func subtract(_ l: Limbs, _ r: Limbs, into out: UnsafeMutablePointer<UInt64>) -> Int {
        var borrow: UInt64 = 0
        for index in 0..<r.count {
            let difference = UInt128(l[index]) &- UInt128(r[index]) &- UInt128(borrow)
            out[index] = UInt64(truncatingIfNeeded: difference)
            borrow = UInt64(truncatingIfNeeded: difference >> 64) & 1
        }
        for index in r.count..<l.count {
            let (difference, overflow) = l[index].subtractingReportingOverflow(borrow)
            out[index] = difference
            borrow = overflow ? 1 : 0
        }
        precondition(borrow == 0, "Magnitude.subtract: left < right")
        return significantCount(out, l.count)
    }

    /// Bits in a normalized magnitude, 0 for zero.
    static func bitLength(_ limbs: Limbs) -> Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    /// The count of limbs below the most significant nonzero one, plus one.
    @inline(__always)
    static func significantCount(_ limbs: UnsafePointer<UInt64>, _ count: Int) -> Int {
        var count = count
        while count > 0 && limbs[count - 1] == 0 { count -= 1 }
        return count
    }

    static func multiply(_ left: [UInt64], _ right: [UInt64]) -> [UInt64] {
        left.withUnsafeBufferPointer { l in right.withUnsafeBufferPointer { r in multiply(l, r) } }
    }

    static func multiply(_ left: Limbs, _ right: Limbs) -> [UInt64] {
        build(capacity: left.count + right.count) { out in
            multiply(left, right, into: out)
            return significantCount(out, left.count + right.count)
        }
    }

    /// Writes all `left.count + right.count` limbs of `left * right` (the top ones
    /// possibly zero) and returns the normalized count.
    @discardableResult
    static func multiply(_ left: Limbs, _ right: Limbs, into out: UnsafeMutablePointer<UInt64>) -> Int {
        let total = left.count + right.count
        if left.isEmpty || right.isEmpty {
            out.initialize(repeating: 0, count: total)
            return 0
        }
        if min(left.count, right.count) >= karatsubaThreshold {
            karatsuba(left, right, into: out)
        } else {
            _ = schoolbook(left, right, into: out)
        }
        return significantCount(out, total)
    }

    /// The quadratic product, best for small operands.
    static func schoolbook(_ left: Limbs, _ right: Limbs, into out: UnsafeMutablePointer<UInt64>) -> Int {
        // The outer loop runs over the shorter operand: a big int times a one-limb
        // int is one pass.
        let (l, s) = left.count >= right.count ? (left, right) : (right, left)
        if s.count == 1 {
            out[l.count] = multiply(l, by: s[0], into: out)
            return significantCount(out, l.count + 1)
        }
        out.initialize(repeating: 0, count: l.count)
        for i in 0..<s.count {
            let multiplier = s[i]
            var carry: UInt64 = 0
            if multiplier != 0 {
                let row = out + i
                for j in 0..<l.count {
                    // At most (2^64 - 1)^2 + 2 (2^64 - 1) = 2^128 - 1: no overflow.
                    let sum = UInt128(multiplier) &* UInt128(l[j]) &+ UInt128(row[j]) &+ UInt128(carry)
                    row[j] = UInt64(truncatingIfNeeded: sum)
                    carry = UInt64(truncatingIfNeeded: sum >> 64)
                }
            }
            out[i + l.count] = carry
        }
        return significantCount(out, l.count + s.count)
    }

    /// Writes `limbs * multiplier` to `out` and returns the carry out of the top limb.
    @inline(__always)
    static func multiply(_ limbs: Limbs, by multiplier: UInt64, into out: UnsafeMutablePointer<UInt64>) -> UInt64 {
        var carry: UInt64 = 0
        for index in 0..<limbs.count {
            let sum = UInt128(multiplier) &* UInt128(limbs[index]) &+ UInt128(carry)
            out[index] = UInt64(truncatingIfNeeded: sum)
            carry = UInt64(truncatingIfNeeded: sum >> 64)
        }
        return carry
    }

    /// Karatsuba: three half-size products instead of four, computed in `out`
    /// (all `left.count + right.count` limbs written) and two scratch buffers.
    static func karatsuba(_ left: Limbs, _ right: Limbs, into out: UnsafeMutablePointer<UInt64>) {
        let (long, short) = left.count >= right.count ? (left, right) : (right, left)
        let half = long.count / 2
        if short.count <= half {
            // Very unbalanced: multiply `short` by slices of `long` as long as itself.
            multiplyInSlices(long, by: short, into: out)
            return
        }
        let longLow = slice(long, 0, half), longHigh = slice(long, half, long.count)
        let shortLow = slice(short, 0, half), shortHigh = slice(short, half, short.count)
        // low = longLow * shortLow and high = longHigh * shortHigh fill `out` end to end.
        let lowCount = longLow.count + shortLow.count
        multiply(longLow, shortLow, into: out)
        (out + lowCount).initialize(repeating: 0, count: 2 * half - lowCount)
        multiply(longHigh, shortHigh, into: out + 2 * half)
        // middle = (longLow + longHigh) * (shortLow + shortHigh) - low - high.
        let longCapacity = max(half, longHigh.count) + 1, shortCapacity = max(half, shortHigh.count) + 1
        let sumCapacity = longCapacity + shortCapacity
        let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * sumCapacity)
        defer { scratch.deallocate() }
        let longSum = add(longLow, longHigh, into: scratch)
        let shortSum = add(shortLow, shortHigh, into: scratch + longCapacity)
        let middle = scratch + sumCapacity
        let middleCount = multiply(Limbs(start: scratch, count: longSum),
                                   Limbs(start: scratch + longCapacity, count: shortSum), into: middle)
        let low = Limbs(start: out, count: significantCount(out, 2 * half))
        let high = Limbs(start: out + 2 * half, count: significantCount(out + 2 * half, long.count + short.count - 2 * half))
        var count = subtract(Limbs(start: middle, count: middleCount), low, into: middle)
        count = subtract(Limbs(start: middle, count: count), high, into: middle)
        addInPlace(out + half, long.count + short.count - half, Limbs(start: middle, count: count))
    }

    /// `long * short` by slices of `long` of `short`'s length, each product added in.
    private static func multiplyInSlices(_ long: Limbs, by short: Limbs, into out: UnsafeMutablePointer<UInt64>) {
        let total = long.count + short.count
        out.initialize(repeating: 0, count: total)
        let product = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * short.count)
        defer { product.deallocate() }
        var offset = 0
        while offset < long.count {
            let piece = slice(long, offset, min(offset + short.count, long.count))
            let count = multiply(piece, short, into: product)
            addInPlace(out + offset, total - offset, Limbs(start: product, count: count))
            offset += short.count
        }
    }

    /// Adds `addend` into the `count` limbs at `target`, carrying upward; the sum must fit.
    private static func addInPlace(_ target: UnsafeMutablePointer<UInt64>, _ count: Int, _ addend: Limbs) {
        var carry: UInt64 = 0
        var index = 0
        while index < addend.count {
            let sum = UInt128(target[index]) &+ UInt128(addend[index]) &+ UInt128(carry)
            target[index] = UInt64(truncatingIfNeeded: sum)
            carry = UInt64(truncatingIfNeeded: sum >> 64)
            index += 1
        }
        while carry != 0 && index < count {
            let (sum, overflow) = target[index].addingReportingOverflow(carry)
            target[index] = sum
            carry = overflow ? 1 : 0
            index += 1
        }
    }

    /// Limbs `start..<end` of `limbs` (clamped), without their top zero limbs.
    private static func slice(_ limbs: Limbs, _ start: Int, _ end: Int) -> Limbs {
        let end = min(end, limbs.count)
        let base = limbs.baseAddress! + start
        return Limbs(start: base, count: significantCount(base, max(end - start, 0)))
    }

    /// `limbs * multiplier + addend` for single-limb operands (used by parsing).
    static func multiplyAdd(_ limbs: inout [UInt64], multiplier: UInt64, addend: UInt64) {
        let carry = limbs.withUnsafeMutableBufferPointer { buffer in
            var carry = addend
            for index in 0..<buffer.count {
                let sum = UInt128(buffer[index]) &* UInt128(multiplier) &+ UInt128(carry)
                buffer[index] = UInt64(truncatingIfNeeded: sum)
                carry = UInt64(truncatingIfNeeded: sum >> 64)
            }
            return carry
        }
        if carry != 0 { limbs.append(carry) }
    }

    /// Divides in place by a single nonzero limb and returns the remainder.
    static func divideBySmall(_ limbs: inout [UInt64], _ divisor: UInt64) -> UInt64 {
        let remainder = limbs.withUnsafeMutableBufferPointer { buffer in
            var remainder: UInt64 = 0
            var index = buffer.count - 1
            while index >= 0 {
                let (quotient, rest) = divisor.dividingFullWidth((remainder, buffer[index]))
                buffer[index] = quotient
                remainder = rest
                index -= 1
            }
            return remainder
        }
        normalize(&limbs)
        return remainder
    }

    static func shiftLeft(_ limbs: [UInt64], _ bits: Int) -> [UInt64] {
        if limbs.isEmpty { return [] }
        return limbs.withUnsafeBufferPointer { source in
            build(capacity: source.count + bits / 64 + 1) { out in
                significantCount(out, shiftLeft(source, bits, into: out))
            }
        }
    }

    /// Writes `source << bits` to `out` (room for `source.count + bits / 64 + 1`
    /// limbs) and returns the limbs written, the top one possibly zero.
    @inline(__always)
    static func shiftLeft(_ source: UnsafeBufferPointer<UInt64>, _ bits: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        let limbShift = bits / 64
        let bitShift = bits % 64
        out.initialize(repeating: 0, count: limbShift)
        let shifted = out + limbShift
        if bitShift == 0 {
            shifted.initialize(from: source.baseAddress!, count: source.count)
            shifted[source.count] = 0
        } else {
            var carried: UInt64 = 0
            for index in 0..<source.count {
                shifted[index] = (source[index] << bitShift) | carried
                carried = source[index] >> (64 - bitShift)
            }
            shifted[source.count] = carried
        }
        return source.count + limbShift + 1
    }

    static func shiftRight(_ limbs: [UInt64], _ bits: Int) -> [UInt64] {
        let limbShift = bits / 64
        let bitShift = bits % 64
        if limbShift >= limbs.count { return [] }
        return limbs.withUnsafeBufferPointer { source in
            build(capacity: source.count - limbShift) { out in
                let count = source.count - limbShift
                let from = source.baseAddress! + limbShift
                if bitShift == 0 {
                    out.initialize(from: from, count: count)
                } else {
                    for index in 0..<count {
                        let high = index + 1 < count ? from[index + 1] << (64 - bitShift) : 0
                        out[index] = (from[index] >> bitShift) | high
                    }
                }
                return significantCount(out, count)
            }
        }
    }

    /// True when any of the lowest `bits` bits is set.
    static func hasBitsBelow(_ limbs: [UInt64], _ bits: Int) -> Bool {
        let whole = min(bits / 64, limbs.count)
        for index in 0..<whole where limbs[index] != 0 { return true }
        let rest = bits % 64
        if rest != 0 && whole < limbs.count {
            return limbs[whole] & ((UInt64(1) << rest) - 1) != 0
        }
        return false
    }

    /// Truncating division of magnitudes (Knuth, TAOCP vol. 2, algorithm D).
    static func divide(_ dividend: [UInt64], _ divisor: [UInt64]) -> (quotient: [UInt64], remainder: [UInt64]) {
        let (quotient, remainder, shift) = divideLeavingShift(dividend, divisor)
        return (quotient, shift == 0 ? remainder : shiftRight(remainder, shift))
    }

    /// The quotient, and whether the division was exact (`//` needs no more).
    static func divideQuotient(_ dividend: [UInt64], _ divisor: [UInt64]) -> (quotient: [UInt64], exact: Bool) {
        let (quotient, remainder, _) = divideLeavingShift(dividend, divisor)
        return (quotient, remainder.isEmpty)
    }

    /// Algorithm D; the remainder is left shifted left by `shift` bits.
    private static func divideLeavingShift(_ dividend: [UInt64], _ divisor: [UInt64])
        -> (quotient: [UInt64], remainder: [UInt64], shift: Int) {
        precondition(!divisor.isEmpty, "Magnitude.divide by zero")
        if compare(dividend, divisor) < 0 { return ([], dividend, 0) }
        if divisor.count == 1 {
            var quotient = dividend
            let remainder = divideBySmall(&quotient, divisor[0])
            return (quotient, remainder == 0 ? [] : [remainder], 0)
        }
        // Normalize so the divisor's top limb has its high bit set; this keeps
        // each estimated quotient digit at most two above the true one.
        let shift = divisor.last!.leadingZeroBitCount
        let n = divisor.count
        let m = dividend.count - n
        let divisorShifted = divisor.withUnsafeBufferPointer { source in
            build(capacity: n + 1) { out in shiftLeft(source, shift, into: out) }
        }
        var remainder = dividend.withUnsafeBufferPointer { source in
            build(capacity: source.count + 1) { out in shiftLeft(source, shift, into: out) }
        }
        var quotient = [UInt64](repeating: 0, count: m + 1)
        remainder.withUnsafeMutableBufferPointer { remainderBuffer in
            divisorShifted.withUnsafeBufferPointer { divisorBuffer in
                quotient.withUnsafeMutableBufferPointer { quotientBuffer in
                    divideNormalized(remainderBuffer.baseAddress!, divisorBuffer.baseAddress!, n: n, m: m,
                                     quotient: quotientBuffer.baseAddress!)
                }
            }
        }
        normalize(&quotient)
        normalize(&remainder)
        return (quotient, remainder, shift)
    }

    /// Algorithm D's loop: divides the `m + n + 1` limbs at `remainder` by the `n`
    /// limbs at `divisor` (top bit set), leaving the remainder in place.
    private static func divideNormalized(_ remainder: UnsafeMutablePointer<UInt64>, _ divisor: UnsafePointer<UInt64>,
                                         n: Int, m: Int, quotient: UnsafeMutablePointer<UInt64>) {
        let top = divisor[n - 1]
        let next = divisor[n - 2]
        var j = m
        while j >= 0 {
            var estimate: UInt64
            var estimateRemainder: UInt64
            var remainderOverflowed = false
            if remainder[j + n] >= top {
                estimate = UInt64.max
                let (sum, overflow) = remainder[j + n - 1].addingReportingOverflow(top)
                estimateRemainder = sum
                remainderOverflowed = overflow
            } else {
                (estimate, estimateRemainder) = top.dividingFullWidth((remainder[j + n], remainder[j + n - 1]))
            }
            while !remainderOverflowed {
                let (productHigh, productLow) = estimate.multipliedFullWidth(by: next)
                if productHigh < estimateRemainder
                    || (productHigh == estimateRemainder && productLow <= remainder[j + n - 2]) { break }
                estimate -= 1
                let (sum, overflow) = estimateRemainder.addingReportingOverflow(top)
                estimateRemainder = sum
                remainderOverflowed = overflow
            }
            // Subtract estimate * divisor from the current window.
            let window = remainder + j
            var borrow: UInt64 = 0
            var carry: UInt64 = 0
            for i in 0..<n {
                // 128-bit arithmetic keeps carries and borrows out of branches (here
                // and in every kernel): one taken by a jump is mispredicted half the time.
                let product = UInt128(estimate) &* UInt128(divisor[i]) &+ UInt128(carry)
                carry = UInt64(truncatingIfNeeded: product >> 64)
                let difference = UInt128(window[i]) &- UInt128(UInt64(truncatingIfNeeded: product)) &- UInt128(borrow)
                window[i] = UInt64(truncatingIfNeeded: difference)
                borrow = UInt64(truncatingIfNeeded: difference >> 64) & 1
            }
            let (top1, borrow1) = window[n].subtractingReportingOverflow(carry)
            let (top2, borrow2) = top1.subtractingReportingOverflow(borrow)
            window[n] = top2
            if borrow1 || borrow2 {
                // The estimate was one too large: add the divisor back.
                estimate -= 1
                var addCarry: UInt64 = 0
                for i in 0..<n {
                    let (sum1, overflow1) = window[i].addingReportingOverflow(divisor[i])
                    let (sum2, overflow2) = sum1.addingReportingOverflow(addCarry)
                    window[i] = sum2
                    addCarry = (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
                }
                window[n] &+= addCarry
            }
            quotient[j] = estimate
            j -= 1
        }
    }
}
