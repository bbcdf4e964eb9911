// Decimal's arithmetic and comparisons on 128-bit coefficients: + - * / and ==, <, <=, >, >=
// and quantize, computed as `_pydecimal` computes them (the same intermediate results, so
// the same rounding and signals). An operation whose operands are special, whose
// intermediate does not fit 128 bits, or whose result is near the exponent limits returns
// nil, and the native method calls its Python delegate.

extension VM {
    func defineDecimalArithmetic(_ id: Int) {
        defineDecimalBinary(id, .add) { vm, left, right, settings throws(Raised) in try vm.decimalAdd(left, right, settings) }
        defineDecimalBinary(id, .radd) { vm, left, right, settings throws(Raised) in try vm.decimalAdd(right, left, settings) }
        defineDecimalBinary(id, .sub) { vm, left, right, settings throws(Raised) in
            var negated = right
            negated.negative.toggle()
            return try vm.decimalAdd(left, negated, settings)
        }
        defineDecimalBinary(id, .rsub) { vm, left, right, settings throws(Raised) in
            var negated = left
            negated.negative.toggle()
            return try vm.decimalAdd(right, negated, settings)
        }
        for method in [DecimalDelegate.mul, .rmul] {
            defineDecimalMethod(id, method.name) { vm, arguments throws(Raised) in
                if arguments.count == 2 && arguments.keywordCount == 0, vm.isDecimal(arguments[0]),
                   let result = try vm.decimalMultiply(arguments[0], arguments[1]) {
                    return result
                }
                if arguments.count > 2 && arguments.positionalCount >= 2, vm.isDecimal(arguments[0]),
                   let left = vm.decimalWord(arguments[0]), let right = vm.decimalOperand(arguments[1]),
                   let settings = try vm.decimalPassedSettings(arguments, contextPosition: 2),
                   let result = try vm.decimalMultiply(left, right, settings) {
                    return result
                }
                return try vm.decimalDelegate(method, arguments)
            }
        }
        defineDecimalBinary(id, .floordiv) { vm, left, right, settings throws(Raised) in try vm.decimalFloorDivide(left, right, settings) }
        defineDecimalBinary(id, .truediv) { vm, left, right, settings throws(Raised) in try vm.decimalDivide(left, right, settings) }
        defineDecimalBinary(id, .rtruediv) { vm, left, right, settings throws(Raised) in try vm.decimalDivide(right, left, settings) }
        defineDecimalComparison(id, .eq) { $0 == 0 }
        defineDecimalComparison(id, .lt) { $0 < 0 }
        defineDecimalComparison(id, .le) { $0 <= 0 }
        defineDecimalComparison(id, .gt) { $0 > 0 }
        defineDecimalComparison(id, .ge) { $0 >= 0 }
        defineDecimalMethod(id, "quantize") { vm, arguments throws(Raised) in
            if let result = try vm.decimalQuantize(arguments) { return result }
            return try vm.decimalDelegate(.quantize, arguments)
        }
    }

    /// An operator method (self, other) computed by `operation` when both are words, else by its delegate.
    private func defineDecimalBinary(_ id: Int, _ method: DecimalDelegate,
                                     _ operation: @escaping (VM, DecimalWord, DecimalWord, DecimalContextSettings) throws(Raised) -> Value?) {
        defineDecimalMethod(id, method.name) { vm, arguments throws(Raised) in
            if arguments.positionalCount >= 2, vm.isDecimal(arguments[0]),
               let left = vm.decimalWord(arguments[0]), let right = vm.decimalOperand(arguments[1]),
               let settings = arguments.count == 2 ? try vm.decimalContextSettings()
                                                   : try vm.decimalPassedSettings(arguments, contextPosition: 2),
               let result = try operation(vm, left, right, settings) {
                return result
            }
            return try vm.decimalDelegate(method, arguments)
        }
    }

    /// The settings a native method computes with: those of the Context passed as `context` (by
    /// keyword or at `contextPosition`), else of the current context, with the rounding passed at
    /// `roundingPosition` (or as `rounding`) in place of the context's. Nil for what only the
    /// delegate handles: more arguments, another keyword, a context that is not a Context.
    func decimalPassedSettings(_ arguments: Arguments, contextPosition: Int,
                               roundingPosition: Int = -1) throws(Raised) -> DecimalContextSettings? {
        let positional = arguments.positionalCount
        guard positional <= contextPosition + 1 else { return nil }
        var context = positional > contextPosition ? arguments[contextPosition] : Value.null
        var rounding = roundingPosition >= 0 && positional > roundingPosition ? arguments[roundingPosition] : Value.null
        if arguments.keywordCount > 0 {
            let names = TupleView(arguments.keywordNames)
            for index in 0..<names.count {
                let name = StrView(names[index]).string, value = arguments[positional + index]
                if name == "context" && context.isNull {
                    context = value
                } else if name == "rounding" && roundingPosition >= 0 && rounding.isNull {
                    rounding = value
                } else {
                    return nil
                }
            }
        }
        if context.isNull || context.isNone {
            context = try decimalCurrentContext()
        } else if !isInstance(context, typeID: TypeView(decimalModule.contextClass).ownTypeID) {
            return nil
        }
        return try withRoots(context) { () throws(Raised) in try decimalContextSettings(context, rounding: rounding) }
    }

    /// A rich comparison (self, other) of two finite values, else by its delegate (NaNs, floats, Fractions).
    private func defineDecimalComparison(_ id: Int, _ method: DecimalDelegate, _ holds: @escaping (Int) -> Bool) {
        defineDecimalMethod(id, method.name) { vm, arguments throws(Raised) in
            if arguments.count == 2 && arguments.keywordCount == 0, vm.isDecimal(arguments[0]),
               let left = vm.decimalWord(arguments[0]), let right = vm.decimalOperand(arguments[1]),
               let order = decimalCompare(left, right) {
                return holds(order) ? .true : .false
            }
            return try vm.decimalDelegate(method, arguments)
        }
    }

    /// `_pydecimal`'s __add__ for two finite operands (subtraction negates the right one first).
    func decimalAdd(_ left: DecimalWord, _ right: DecimalWord, _ settings: DecimalContextSettings) throws(Raised) -> Value? {
        let exponent = min(left.exponent, right.exponent)
        let negativeZero = settings.rounding == .floor && left.negative != right.negative
        if left.coefficient == 0 && right.coefficient == 0 {
            return try decimalFinish((left.negative && right.negative) || negativeZero, 0, exponent, settings)
        }
        if left.coefficient == 0 || right.coefficient == 0 {
            // Zero plus x is x padded with zeros to the smaller exponent (at most prec + 1 places below x's).
            let other = left.coefficient == 0 ? right : left
            let padded = max(exponent, other.exponent - settings.precision - 1)
            guard let coefficient = decimalScaled(other.coefficient, other.exponent - padded) else { return nil }
            return try decimalFinish(other.negative, coefficient, padded, settings)
        }
        // As `_normalize`: the operand with the smaller exponent is replaced by 1 at a lower
        // exponent when it lies wholly below the other's rounding position.
        var high = left.exponent < right.exponent ? right : left
        var low = left.exponent < right.exponent ? left : right
        let lowest = high.exponent + min(-1, decimalDigitCount(high.coefficient) - settings.precision - 2)
        if decimalDigitCount(low.coefficient) + low.exponent - 1 < lowest {
            low.coefficient = 1
            low.exponent = lowest
        }
        guard let scaled = decimalScaled(high.coefficient, high.exponent - low.exponent) else { return nil }
        high.coefficient = scaled
        if high.negative == low.negative {
            let (sum, overflow) = high.coefficient.addingReportingOverflow(low.coefficient)
            if overflow { return nil }
            return try decimalFinish(high.negative, sum, low.exponent, settings)
        }
        if high.coefficient == low.coefficient { return try decimalFinish(negativeZero, 0, exponent, settings) }
        let (larger, smaller) = high.coefficient > low.coefficient ? (high, low) : (low, high)
        return try decimalFinish(larger.negative, larger.coefficient - smaller.coefficient, low.exponent, settings)
    }

    /// self * other for a Decimal and a finite Decimal or int: on words, or on big ints when the
    /// product is certainly exact in the context (decimal_factorial's products at MAX_PREC).
    func decimalMultiply(_ left: Value, _ right: Value) throws(Raised) -> Value? {
        if let leftWord = decimalWord(left), let rightWord = decimalOperand(right) {
            guard let settings = try decimalContextSettings() else { return nil }
            return try decimalMultiply(leftWord, rightWord, settings)
        }
        guard let (leftNegative, leftCoefficient, leftExponent) = decimalFiniteParts(left),
              let (rightNegative, rightCoefficient, rightExponent) = decimalFiniteParts(right),
              let settings = try decimalContextSettings() else { return nil }
        let exponent = leftExponent + rightExponent
        let product = try binaryOp(leftCoefficient, rightCoefficient, BinaryOp.mul)
        let bits = withMagnitude(product) { (_, limbs) -> Int in
            limbs.count == 0 ? 0 : limbs.count * 64 - limbs[limbs.count - 1].leadingZeroBitCount
        }
        // 2^(bits-1) <= product < 2^bits, so its digit count lies between these (log10 2 = 0.30103).
        let fewest = max(1, (bits - 1) * 30102 / 100_000 + 1), most = bits * 30103 / 100_000 + 1
        guard bits > 0, most <= settings.precision, fewest + exponent - settings.precision >= settings.etiny,
              most + exponent - settings.precision <= settings.etop,
              settings.clamp == 0 || exponent <= settings.etop else { return nil }
        return try newDecimal(decimalModule.typeID, negative: leftNegative != rightNegative, coefficient: product,
                              exponent: Value(int: exponent), kind: DecimalKind.finite)
    }

    /// A finite Decimal or an int as sign, coefficient (an int) and exponent, or nil.
    private func decimalFiniteParts(_ value: Value) -> (Bool, Value, Int)? {
        if isDecimal(value) {
            let fields = payloadFields(value)
            guard fields[DecimalField.kind].int == DecimalKind.finite, fields[DecimalField.exponent].isInt else { return nil }
            return (fields[DecimalField.sign].int != 0, fields[DecimalField.coefficient], Int(fields[DecimalField.exponent].int))
        }
        guard value.isInt || (value.isObject && ObjectRef(value).kind == .bigInt) else { return nil }
        let negative = withMagnitude(value) { (negative, _) in negative }
        if negative { return nil }
        return (false, value, 0)
    }

    /// `_pydecimal`'s __floordiv__ (its `_divide`) for finite operands and a divisor other than
    /// zero: the integer quotient at exponent 0, not rounded; nil when it has more digits than
    /// prec (DivisionImpossible).
    func decimalFloorDivide(_ left: DecimalWord, _ right: DecimalWord, _ settings: DecimalContextSettings) throws(Raised) -> Value? {
        if right.coefficient == 0 { return nil }
        let negative = left.negative != right.negative
        let difference = (left.exponent + decimalDigitCount(left.coefficient)) - (right.exponent + decimalDigitCount(right.coefficient))
        if left.coefficient == 0 || difference <= -2 {
            return try newDecimal(DecimalWord(negative: negative, coefficient: 0, exponent: 0))
        }
        guard difference <= settings.precision else { return nil }
        var dividend = left.coefficient, divisor = right.coefficient
        if left.exponent >= right.exponent {
            guard let scaled = decimalScaled(dividend, left.exponent - right.exponent) else { return nil }
            dividend = scaled
        } else {
            guard let scaled = decimalScaled(divisor, right.exponent - left.exponent) else { return nil }
            divisor = scaled
        }
        let quotient = dividend / divisor
        if settings.precision <= 38 && quotient >= decimalPowersOfTen[settings.precision] { return nil }
        return try newDecimal(DecimalWord(negative: negative, coefficient: quotient, exponent: 0))
    }

    /// `_pydecimal`'s __mul__ for two finite operands.
    func decimalMultiply(_ left: DecimalWord, _ right: DecimalWord, _ settings: DecimalContextSettings) throws(Raised) -> Value? {
        let negative = left.negative != right.negative
        let (product, overflow) = left.coefficient.multipliedReportingOverflow(by: right.coefficient)
        if overflow { return nil }
        return try decimalFinish(negative, product, left.exponent + right.exponent, settings)
    }

    /// `_pydecimal`'s __truediv__ for two finite operands and a divisor other than zero: the
    /// quotient to prec + 1 digits, its last digit made odd-if-5-or-0 when inexact (so
    /// rounding sees the remainder), or the exact quotient at the exponent nearest the ideal one.
    func decimalDivide(_ left: DecimalWord, _ right: DecimalWord, _ settings: DecimalContextSettings) throws(Raised) -> Value? {
        if right.coefficient == 0 { return nil }
        let negative = left.negative != right.negative
        if left.coefficient == 0 { return try decimalFinish(negative, 0, left.exponent - right.exponent, settings) }
        let shift = decimalDigitCount(right.coefficient) - decimalDigitCount(left.coefficient) + settings.precision + 1
        var exponent = left.exponent - right.exponent - shift
        var quotient: UInt128, remainder: UInt128
        if shift >= 0 {
            guard let dividend = decimalScaled(left.coefficient, shift) else { return nil }
            (quotient, remainder) = dividend.quotientAndRemainder(dividingBy: right.coefficient)
        } else {
            guard let divisor = decimalScaled(right.coefficient, -shift) else { return nil }
            (quotient, remainder) = left.coefficient.quotientAndRemainder(dividingBy: divisor)
        }
        if remainder != 0 {
            if quotient % 5 == 0 { quotient += 1 }
        } else {
            let ideal = left.exponent - right.exponent
            while exponent < ideal && quotient % 10 == 0 {
                quotient /= 10
                exponent += 1
            }
        }
        return try decimalFinish(negative, quotient, exponent, settings)
    }

    /// quantize(exp, rounding=None, context=None) of finite operands, as `_pydecimal` does it;
    /// nil whenever it would raise InvalidOperation or touch the limits.
    private func decimalQuantize(_ arguments: Arguments) throws(Raised) -> Value? {
        guard isDecimal(arguments[0]) else { return nil }
        let (exp, rounding, passed) = try decimalQuantizeArguments(arguments)
        if !passed.isNull && !passed.isNone && !isInstance(passed, typeID: TypeView(decimalModule.contextClass).ownTypeID) {
            throw raiseTypeError("optional argument must be a context")
        }
        if !rounding.isNull && !rounding.isNone && decimalRoundingMode(rounding) == nil {
            throw raiseTypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                 + "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        }
        if !isDecimal(exp) && !isInstance(exp, typeID: TypeID.int) {
            throw raiseTypeError("conversion from \(typeName(exp)) to Decimal is not supported")
        }
        let context = passed.isNull || passed.isNone ? try decimalCurrentContext() : passed
        guard isDecimal(exp), let value = decimalWord(arguments[0]), let target = decimalWord(exp),
              let settings = try withRoots(context, { () throws(Raised) in try decimalContextSettings(context, rounding: rounding) })
        else { return nil }
        let exponent = target.exponent
        guard exponent >= settings.etiny && exponent <= settings.emax else { return nil }
        let largest = settings.clamp == 0 ? settings.emax : settings.etop
        if value.coefficient == 0 {
            guard exponent <= largest else { return nil }
            return try newDecimal(DecimalWord(negative: value.negative, coefficient: 0, exponent: exponent))
        }
        let digits = decimalDigitCount(value.coefficient)
        let adjusted = value.exponent + digits - 1
        guard adjusted <= settings.emax, adjusted - exponent + 1 <= settings.precision else { return nil }
        var coefficient: UInt128, changed = 0
        if value.exponent >= exponent {
            guard let scaled = decimalScaled(value.coefficient, value.exponent - exponent) else { return nil }
            coefficient = scaled
        } else {
            // A value wholly below the target's last digit rounds as `_rescale` rounds it: as a
            // 1 one place below that digit (above zero, under half a unit).
            let below = digits + value.exponent - exponent < 0
            let kept = below ? 0 : digits + value.exponent - exponent
            let rounded = below ? 1 : value.coefficient, roundedDigits = below ? 1 : digits
            guard roundedDigits - kept <= 38 else { return nil }
            (coefficient, changed) = decimalRound(rounded, dropping: roundedDigits - kept, settings.rounding,
                                                  negative: value.negative)
        }
        // The result must pass `_fix` unchanged: no more digits than prec, not subnormal, not clamped.
        let resultDigits = decimalDigitCount(coefficient)
        guard resultDigits <= settings.precision, exponent + resultDigits - 1 <= settings.emax,
              coefficient == 0 || exponent + resultDigits - 1 >= settings.emin, exponent <= largest,
              resultDigits + exponent - settings.precision >= settings.etiny else { return nil }
        let result = try newDecimal(DecimalWord(negative: value.negative, coefficient: coefficient, exponent: exponent))
        if exponent > value.exponent {
            try withRoots(result) { () throws(Raised) in try decimalRaiseRounded(settings.context, inexact: changed != 0) }
        }
        return result
    }
}

extension VM {
    /// quantize(exp, rounding=None, context=None)'s arguments after self, parsed as `_decimal`
    /// parses them (its messages); NULL where not passed.
    fileprivate func decimalQuantizeArguments(_ arguments: Arguments) throws(Raised) -> (Value, Value, Value) {
        let positional = arguments.positionalCount - 1
        guard arguments.count - 1 <= 3 else {
            throw raiseTypeError("function takes at most 3 arguments (\(arguments.count - 1) given)")
        }
        // `d.quantize(exp)`, telco's call, binds without building arrays (a quarter of its instructions).
        if arguments.keywordNames.isNull && positional >= 1 {
            return (arguments[1], positional > 1 ? arguments[2] : .null, positional > 2 ? arguments[3] : .null)
        }
        let parameters = ["exp", "rounding", "context"]
        var bound = [Value](repeating: .null, count: parameters.count)
        for index in 0..<positional { bound[index] = arguments[1 + index] }
        try bindKeywordArguments(arguments, into: &bound, function: nil) { name in parameters.firstIndex(where: { name.equals($0) }) }
        if bound[0].isNull { throw raiseTypeError("function missing required argument 'exp' (pos 1)") }
        return (bound[0], bound[1], bound[2])
    }
}

/// `_pydecimal`'s `_cmp` of two finite values: -1, 0 or 1; nil when scaling them to one exponent overflows.
func decimalCompare(_ left: DecimalWord, _ right: DecimalWord) -> Int? {
    if left.coefficient == 0 || right.coefficient == 0 {
        if left.coefficient == 0 && right.coefficient == 0 { return 0 }
        if left.coefficient == 0 { return right.negative ? 1 : -1 }
        return left.negative ? -1 : 1
    }
    if left.negative != right.negative { return left.negative ? -1 : 1 }
    let sign = left.negative ? -1 : 1
    let leftAdjusted = left.exponent + decimalDigitCount(left.coefficient)
    let rightAdjusted = right.exponent + decimalDigitCount(right.coefficient)
    if leftAdjusted != rightAdjusted { return leftAdjusted > rightAdjusted ? sign : -sign }
    guard let leftPadded = decimalScaled(left.coefficient, left.exponent - min(left.exponent, right.exponent)),
          let rightPadded = decimalScaled(right.coefficient, right.exponent - min(left.exponent, right.exponent)) else { return nil }
    if leftPadded == rightPadded { return 0 }
    return leftPadded < rightPadded ? -sign : sign
}
