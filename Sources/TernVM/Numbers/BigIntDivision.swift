// Python's floor division and modulo, and the modular arithmetic of pow(a, b, m).

extension BigInt {
    /// `divmod(self, divisor)`: the quotient rounds toward minus infinity and the
    /// remainder takes the divisor's sign. Traps on a zero divisor: the VM raises
    /// "ZeroDivisionError: integer division or modulo by zero" before calling.
    public func floorDivMod(_ divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!divisor.isZero, "BigInt division by zero")
        let (quotientLimbs, remainderLimbs) = Magnitude.divide(limbs, divisor.limbs)
        var quotient = BigInt(isNegative: isNegative != divisor.isNegative, limbs: quotientLimbs)
        var remainder = BigInt(isNegative: isNegative, limbs: remainderLimbs)
        if !remainder.isZero && isNegative != divisor.isNegative {
            // Truncation rounded toward zero; step one further down.
            quotient = quotient - .one
            remainder = remainder + divisor
        }
        return (quotient, remainder)
    }

    /// `self // divisor`.
    public func floorDivided(by divisor: BigInt) -> BigInt {
        precondition(!divisor.isZero, "BigInt division by zero")
        let (quotientLimbs, exact) = Magnitude.divideQuotient(limbs, divisor.limbs)
        let quotient = BigInt(isNegative: isNegative != divisor.isNegative, limbs: quotientLimbs)
        // Truncation rounded a negative inexact quotient toward zero; step one further down.
        return isNegative != divisor.isNegative && !exact ? quotient - .one : quotient
    }

    /// `self % divisor`.
    public func floorModulo(by divisor: BigInt) -> BigInt {
        floorDivMod(divisor).remainder
    }

    /// Truncating division (C semantics), as used by `math.fmod`-like helpers.
    public func truncatingDivMod(_ divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!divisor.isZero, "BigInt division by zero")
        let (quotientLimbs, remainderLimbs) = Magnitude.divide(limbs, divisor.limbs)
        return (BigInt(isNegative: isNegative != divisor.isNegative, limbs: quotientLimbs),
                BigInt(isNegative: isNegative, limbs: remainderLimbs))
    }

    /// `pow(self, exponent, modulus)` with CPython's rules: the result has the
    /// modulus's sign; a negative exponent uses the modular inverse of the base.
    public func modularPower(exponent: BigInt, modulus: BigInt) throws(PythonNumberError) -> BigInt {
        if modulus.isZero {
            throw PythonNumberError(.valueError, "pow() 3rd argument cannot be 0")
        }
        let positiveModulus = modulus.magnitude
        var base = floorModulo(by: positiveModulus)
        if exponent.isNegative {
            guard let inverse = base.modularInverse(modulus: positiveModulus) else {
                throw PythonNumberError(.valueError, "base is not invertible for the given modulus")
            }
            base = inverse
        }
        if positiveModulus == .one { return .zero }
        var result = BigInt.one
        // Left-to-right binary exponentiation over the exponent's bits.
        let exponentLimbs = exponent.limbs
        var limbIndex = exponentLimbs.count - 1
        while limbIndex >= 0 {
            let limb = exponentLimbs[limbIndex]
            var bit = 63
            while bit >= 0 {
                result = (result * result).floorModulo(by: positiveModulus)
                if (limb >> UInt64(bit)) & 1 == 1 {
                    result = (result * base).floorModulo(by: positiveModulus)
                }
                bit -= 1
            }
            limbIndex -= 1
        }
        if modulus.isNegative && !result.isZero {
            result = result + modulus
        }
        return result
    }

    /// The inverse of `self` modulo a positive modulus, or nil when they share a factor.
    public func modularInverse(modulus: BigInt) -> BigInt? {
        // Extended Euclid on (self mod m, m), tracking only the coefficient of self.
        var oldRemainder = floorModulo(by: modulus)
        var remainder = modulus
        var oldCoefficient = BigInt.one
        var coefficient = BigInt.zero
        while !remainder.isZero {
            let (quotient, nextRemainder) = oldRemainder.floorDivMod(remainder)
            (oldRemainder, remainder) = (remainder, nextRemainder)
            (oldCoefficient, coefficient) = (coefficient, oldCoefficient - quotient * coefficient)
        }
        guard oldRemainder == .one else { return nil }
        return oldCoefficient.floorModulo(by: modulus)
    }
}
