// Unsigned arithmetic on little-endian arrays of 64-bit limbs: the kernels
// every signed BigInt operation is built from.

/// Namespace for operations on magnitudes (`[UInt64]`, least significant limb first).
enum Magnitude {
    /// Products of operands with at least this many limbs each use Karatsuba.
    static let karatsubaThreshold = 40

    /// Drops most-significant zero limbs so equal values have equal arrays.
    static func normalize(_ limbs: inout [UInt64]) {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    /// -1, 0 or 1 comparing two normalized magnitudes.
    static func compare(_ left: [UInt64], _ right: [UInt64]) -> Int {
        if left.count != right.count { return left.count < right.count ? -1 : 1 }
        var index = left.count - 1
        while index >= 0 {
            if left[index] != right[index] { return left[index] < right[index] ? -1 : 1 }
            index -= 1
        }
        return 0
    }

    static func add(_ left: [UInt64], _ right: [UInt64]) -> [UInt64] {
        let (long, short) = left.count >= right.count ? (left, right) : (right, left)
        var result = [UInt64]()
        result.reserveCapacity(long.count + 1)
        var carry: UInt64 = 0
        for index in 0..<long.count {
            let (partial, overflow1) = long[index].addingReportingOverflow(index < short.count ? short[index] : 0)
            let (sum, overflow2) = partial.addingReportingOverflow(carry)
            result.append(sum)
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        if carry != 0 { result.append(carry) }
        return result
    }

    /// `left - right`; requires `left >= right`.
    static func subtract(_ left: [UInt64], _ right: [UInt64]) -> [UInt64] {
        var result = [UInt64]()
        result.reserveCapacity(left.count)
        var borrow: UInt64 = 0
        for index in 0..<left.count {
            let (partial, overflow1) = left[index].subtractingReportingOverflow(index < right.count ? right[index] : 0)
            let (difference, overflow2) = partial.subtractingReportingOverflow(borrow)
            result.append(difference)
            borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        precondition(borrow == 0, "Magnitude.subtract: left < right")
        normalize(&result)
        return result
    }

    static func multiply(_ left: [UInt64], _ right: [UInt64]) -> [UInt64] {
        if left.isEmpty || right.isEmpty { return [] }
        if min(left.count, right.count) >= karatsubaThreshold {
            return karatsuba(left, right)
        }
        return schoolbook(left, right)
    }

    /// The quadratic product, best for small operands.
    static func schoolbook(_ left: [UInt64], _ right: [UInt64]) -> [UInt64] {
        if left.isEmpty || right.isEmpty { return [] }
        var result = [UInt64](repeating: 0, count: left.count + right.count)
        for i in 0..<left.count {
            let multiplier = left[i]
            if multiplier == 0 { continue }
            var carry: UInt64 = 0
            for j in 0..<right.count {
                let (high, low) = multiplier.multipliedFullWidth(by: right[j])
                let (sum1, overflow1) = low.addingReportingOverflow(result[i + j])
                let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
                result[i + j] = sum2
                // high <= 2^64 - 2, so adding two carry bits cannot overflow.
                carry = high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
            }
            result[i + right.count] = carry
        }
        normalize(&result)
        return result
    }

    /// Karatsuba: three half-size products instead of four.
    static func karatsuba(_ left: [UInt64], _ right: [UInt64]) -> [UInt64] {
        let half = max(left.count, right.count) / 2
        let (leftLow, leftHigh) = split(left, at: half)
        let (rightLow, rightHigh) = split(right, at: half)
        if leftHigh.isEmpty || rightHigh.isEmpty {
            // Very unbalanced operands: multiply the long one piecewise.
            let (long, short) = left.count >= right.count ? (left, right) : (right, left)
            let (longLow, longHigh) = split(long, at: half)
            let low = multiply(longLow, short)
            let high = multiply(longHigh, short)
            return add(low, shiftLeftLimbs(high, half))
        }
        let low = multiply(leftLow, rightLow)
        let high = multiply(leftHigh, rightHigh)
        let middleProduct = multiply(add(leftLow, leftHigh), add(rightLow, rightHigh))
        let middle = subtract(subtract(middleProduct, low), high)
        return add(add(low, shiftLeftLimbs(middle, half)), shiftLeftLimbs(high, 2 * half))
    }

    /// The low `count` limbs and the rest, both normalized.
    static func split(_ limbs: [UInt64], at count: Int) -> ([UInt64], [UInt64]) {
        if limbs.count <= count { return (limbs, []) }
        var low = Array(limbs[0..<count])
        normalize(&low)
        return (low, Array(limbs[count...]))
    }

    /// Multiplies by 2^(64 * count).
    static func shiftLeftLimbs(_ limbs: [UInt64], _ count: Int) -> [UInt64] {
        if limbs.isEmpty { return [] }
        return [UInt64](repeating: 0, count: count) + limbs
    }

    /// `limbs * multiplier + addend` for single-limb operands (used by parsing).
    static func multiplyAdd(_ limbs: inout [UInt64], multiplier: UInt64, addend: UInt64) {
        var carry = addend
        for index in 0..<limbs.count {
            let (high, low) = limbs[index].multipliedFullWidth(by: multiplier)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            limbs[index] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { limbs.append(carry) }
    }

    /// Divides in place by a single nonzero limb and returns the remainder.
    static func divideBySmall(_ limbs: inout [UInt64], _ divisor: UInt64) -> UInt64 {
        var remainder: UInt64 = 0
        var index = limbs.count - 1
        while index >= 0 {
            let (quotient, rest) = divisor.dividingFullWidth((remainder, limbs[index]))
            limbs[index] = quotient
            remainder = rest
            index -= 1
        }
        normalize(&limbs)
        return remainder
    }

    static func shiftLeft(_ limbs: [UInt64], _ bits: Int) -> [UInt64] {
        if limbs.isEmpty { return [] }
        let limbShift = bits / 64
        let bitShift = bits % 64
        var result = [UInt64](repeating: 0, count: limbs.count + limbShift + 1)
        for index in 0..<limbs.count {
            if bitShift == 0 {
                result[index + limbShift] = limbs[index]
            } else {
                result[index + limbShift] |= limbs[index] << bitShift
                result[index + limbShift + 1] = limbs[index] >> (64 - bitShift)
            }
        }
        normalize(&result)
        return result
    }

    static func shiftRight(_ limbs: [UInt64], _ bits: Int) -> [UInt64] {
        let limbShift = bits / 64
        let bitShift = bits % 64
        if limbShift >= limbs.count { return [] }
        var result = [UInt64](repeating: 0, count: limbs.count - limbShift)
        for index in 0..<result.count {
            let source = index + limbShift
            if bitShift == 0 {
                result[index] = limbs[source]
            } else {
                let high = source + 1 < limbs.count ? limbs[source + 1] << (64 - bitShift) : 0
                result[index] = (limbs[source] >> bitShift) | high
            }
        }
        normalize(&result)
        return result
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
        precondition(!divisor.isEmpty, "Magnitude.divide by zero")
        if compare(dividend, divisor) < 0 { return ([], dividend) }
        if divisor.count == 1 {
            var quotient = dividend
            let remainder = divideBySmall(&quotient, divisor[0])
            return (quotient, remainder == 0 ? [] : [remainder])
        }
        // Normalize so the divisor's top limb has its high bit set; this keeps
        // each estimated quotient digit at most two above the true one.
        let shift = divisor.last!.leadingZeroBitCount
        var divisorShifted = shiftLeft(divisor, shift)
        divisorShifted += [UInt64](repeating: 0, count: divisor.count - divisorShifted.count)
        var remainder = shiftLeft(dividend, shift)
        remainder += [UInt64](repeating: 0, count: dividend.count + 1 - remainder.count)
        let n = divisor.count
        let m = dividend.count - n
        var quotient = [UInt64](repeating: 0, count: m + 1)
        let top = divisorShifted[n - 1]
        let next = divisorShifted[n - 2]
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
            var borrow: UInt64 = 0
            var carry: UInt64 = 0
            for i in 0..<n {
                let (high, low) = estimate.multipliedFullWidth(by: divisorShifted[i])
                let (productLow, overflow) = low.addingReportingOverflow(carry)
                carry = high &+ (overflow ? 1 : 0)
                let (difference1, borrow1) = remainder[i + j].subtractingReportingOverflow(productLow)
                let (difference2, borrow2) = difference1.subtractingReportingOverflow(borrow)
                remainder[i + j] = difference2
                borrow = (borrow1 ? 1 : 0) + (borrow2 ? 1 : 0)
            }
            let (top1, borrow1) = remainder[j + n].subtractingReportingOverflow(carry)
            let (top2, borrow2) = top1.subtractingReportingOverflow(borrow)
            remainder[j + n] = top2
            if borrow1 || borrow2 {
                // The estimate was one too large: add the divisor back.
                estimate -= 1
                var addCarry: UInt64 = 0
                for i in 0..<n {
                    let (sum1, overflow1) = remainder[i + j].addingReportingOverflow(divisorShifted[i])
                    let (sum2, overflow2) = sum1.addingReportingOverflow(addCarry)
                    remainder[i + j] = sum2
                    addCarry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
                }
                remainder[j + n] &+= addCarry
            }
            quotient[j] = estimate
            j -= 1
        }
        normalize(&quotient)
        normalize(&remainder)
        return (quotient, shiftRight(remainder, shift))
    }
}
