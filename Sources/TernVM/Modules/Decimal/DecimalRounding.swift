// Rounding a result to the current context, as `_pydecimal`'s `_fix` does when the result is
// far from the exponent limits, and raising the signals it raises there (Inexact, Rounded)
// as Context._raise_error does. Anything near the limits (overflow, subnormal results,
// clamping) is left to the Python half: the native methods return nil and delegate.

/// The eight rounding modes, in the order of DecimalModuleState.roundingModes.
enum DecimalRounding: Int, CaseIterable {
    case down, halfUp, halfEven, ceiling, floor, up, halfDown, zeroFiveUp

    var name: String {
        switch self {
        case .down: return "ROUND_DOWN"
        case .halfUp: return "ROUND_HALF_UP"
        case .halfEven: return "ROUND_HALF_EVEN"
        case .ceiling: return "ROUND_CEILING"
        case .floor: return "ROUND_FLOOR"
        case .up: return "ROUND_UP"
        case .halfDown: return "ROUND_HALF_DOWN"
        case .zeroFiveUp: return "ROUND_05UP"
        }
    }
}

/// What the native arithmetic reads from the current context, once per operation.
struct DecimalContextSettings {
    let context: Value
    let precision: Int
    let rounding: DecimalRounding
    let emin: Int
    let emax: Int
    let clamp: Int
    @inline(__always) var etiny: Int { emin - precision + 1 }
    @inline(__always) var etop: Int { emax - precision + 1 }
}

/// Powers of ten that fit 128 bits: 10⁰ through 10³⁸. Written as literals so that the
/// compiler lays the array out statically (a computed one costs swift_once per read).
let decimalPowersOfTen: [UInt128] = [
    1,
    10,
    100,
    1000,
    10000,
    100000,
    1000000,
    10000000,
    100000000,
    1000000000,
    10000000000,
    100000000000,
    1000000000000,
    10000000000000,
    100000000000000,
    1000000000000000,
    10000000000000000,
    100000000000000000,
    1000000000000000000,
    10000000000000000000,
    100000000000000000000,
    1000000000000000000000,
    10000000000000000000000,
    100000000000000000000000,
    1000000000000000000000000,
    10000000000000000000000000,
    100000000000000000000000000,
    1000000000000000000000000000,
    10000000000000000000000000000,
    100000000000000000000000000000,
    1000000000000000000000000000000,
    10000000000000000000000000000000,
    100000000000000000000000000000000,
    1000000000000000000000000000000000,
    10000000000000000000000000000000000,
    100000000000000000000000000000000000,
    1000000000000000000000000000000000000,
    10000000000000000000000000000000000000,
    100000000000000000000000000000000000000,
]

/// How many decimal digits `value` has (1 for 0).
@inline(__always) func decimalDigitCount(_ value: UInt128) -> Int {
    var digits = 1
    while digits < 39 && value >= decimalPowersOfTen[digits] { digits += 1 }
    return digits
}

/// `value` × 10^`shift`, or nil when it does not fit 128 bits.
@inline(__always) func decimalScaled(_ value: UInt128, _ shift: Int) -> UInt128? {
    if value == 0 { return 0 }
    guard shift >= 0 && shift <= 38 else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: decimalPowersOfTen[shift])
    return overflow ? nil : product
}

/// `coefficient` with its last `dropped` digits (1...38) rounded away by `mode`, and whether that
/// rounded it up (1), down (-1) or dropped only zeros (0), as `_pydecimal`'s rounding functions say.
func decimalRound(_ coefficient: UInt128, dropping dropped: Int, _ mode: DecimalRounding, negative: Bool) -> (UInt128, Int) {
    let power = decimalPowersOfTen[dropped]
    let (kept, rest) = coefficient.quotientAndRemainder(dividingBy: power)
    if rest == 0 { return (kept, 0) }
    let half = power / 2
    let up: Bool
    switch mode {
    case .down: up = false
    case .up: up = true
    case .halfUp: up = rest >= half
    case .halfDown: up = rest > half
    case .halfEven: up = rest > half || (rest == half && kept % 2 == 1)
    case .ceiling: up = !negative
    case .floor: up = negative
    case .zeroFiveUp: up = kept % 10 == 0 || kept % 10 == 5
    }
    return up ? (kept + 1, 1) : (kept, -1)
}

extension VM {
    /// The current context's settings, or nil when one is not a plain int or mode (the caller delegates).
    func decimalContextSettings() throws(Raised) -> DecimalContextSettings? {
        return try decimalContextSettings(try decimalCurrentContext(), rounding: .null)
    }

    /// A context's attribute through its inline cache (contexts are instances of one class),
    /// the cache's hit checked here without a call.
    @inline(__always) func decimalContextField(_ context: Value, _ field: DecimalContextField) throws(Raised) -> Value {
        let cache = decimalModule.contextCaches! + field.rawValue
        if let value = cachedInstanceAttribute(context, cache) { return value }
        return try getAttribute(context, decimalModule.names.name(field), cache: cache)
    }

    /// getcontext(): the context variable's value read where lib/_contextvars.py keeps it, or
    /// (before the thread has a context) the Python function, which makes one.
    func decimalCurrentContext() throws(Raised) -> Value {
        let current = dictGetStr(DictView(decimalModule.contextvarsGlobals), decimalModule.names.current)
        if !current.isNull {
            let values = try decimalContextField(current, .values)
            if typeID(of: values) == TypeID.dict {
                if let found = dictFindNatively(DictView(values), decimalModule.contextVariable), found.entry >= 0 {
                    return DictView(values).value(found.entry)
                }
                let context = try dictGet(DictView(values), decimalModule.contextVariable)
                if !context.isNull { return context }
            }
        }
        return try callDecimalPython(decimalModule.getcontext)
    }

    /// `context`'s settings, with `rounding` (a mode's name) in place of its own unless NULL or None.
    func decimalContextSettings(_ context: Value, rounding: Value) throws(Raised) -> DecimalContextSettings? {
        let precision = try decimalContextField(context, .prec), emin = try decimalContextField(context, .emin)
        let emax = try decimalContextField(context, .emax), clamp = try decimalContextField(context, .clamp)
        let modeName = rounding.isNull || rounding.isNone ? try decimalContextField(context, .rounding) : rounding
        guard let precisionValue = decimalMachineInt(precision), let eminValue = decimalMachineInt(emin),
              let emaxValue = decimalMachineInt(emax), let clampValue = decimalMachineInt(clamp), precisionValue > 0,
              let mode = decimalRoundingMode(modeName) else { return nil }
        return DecimalContextSettings(context: context, precision: precisionValue, rounding: mode,
                                      emin: eminValue, emax: emaxValue, clamp: clampValue)
    }

    /// An int within ±2⁶¹ as a machine word (MAX_PREC and MAX_EMAX are past the small ints),
    /// or nil; the bound leaves room to add a few such numbers without overflow.
    func decimalMachineInt(_ value: Value) -> Int? {
        if value.isInt { return Int(value.int) }
        guard value.isObject && ObjectRef(value).kind == .bigInt else { return nil }
        return withMagnitude(value) { (negative, limbs) -> Int? in
            guard limbs.count == 1, limbs[0] < 1 << 61 else { return nil }
            return negative ? -Int(limbs[0]) : Int(limbs[0])
        }
    }

    /// The mode a str names, or nil.
    func decimalRoundingMode(_ name: Value) -> DecimalRounding? {
        guard isStr(name) else { return nil }
        let modes = decimalModule.roundingModes
        for index in 0..<modes.count where modes[index] == name { return DecimalRounding(rawValue: index) }
        let text = StrView(name).string
        return DecimalRounding.allCases.first { $0.name == text }
    }

    /// The result `negative`, `coefficient`, `exponent` rounded to the context as `_fix` rounds it,
    /// with its signals raised; nil (nothing raised) when it is near the exponent limits.
    func decimalFinish(_ negative: Bool, _ coefficient: UInt128, _ exponent: Int,
                       _ settings: DecimalContextSettings) throws(Raised) -> Value? {
        if coefficient == 0 {
            let largest = settings.clamp == 0 ? settings.emax : settings.etop
            guard exponent >= settings.etiny && exponent <= largest else { return nil }
            return try newDecimal(DecimalWord(negative: negative, coefficient: 0, exponent: exponent))
        }
        let digits = decimalDigitCount(coefficient)
        var smallest = digits + exponent - settings.precision
        guard smallest <= settings.etop && smallest >= settings.etiny else { return nil }
        if exponent >= smallest {
            if settings.clamp == 1 && exponent > settings.etop { return nil }
            return try newDecimal(DecimalWord(negative: negative, coefficient: coefficient, exponent: exponent))
        }
        var (kept, changed) = decimalRound(coefficient, dropping: smallest - exponent, settings.rounding, negative: negative)
        if kept == decimalPowersOfTen[settings.precision] {
            kept /= 10
            smallest += 1
            if smallest > settings.etop { return nil }
        }
        let result = try newDecimal(DecimalWord(negative: negative, coefficient: kept, exponent: smallest))
        try withRoots(result) { () throws(Raised) in try decimalRaiseRounded(settings.context, inexact: changed != 0) }
        return result
    }

    /// Raises what one operation signalled (Inexact when `inexact`, then Rounded) as CPython's
    /// _decimal does: every flag is set first, then the first trapped signal is raised with
    /// the list of the trapped ones. While the Python half ignores flags (inside its own
    /// computations) each signal goes to Context._raise_error instead, as it would there.
    func decimalRaiseRounded(_ context: Value, inexact: Bool) throws(Raised) {
        let ignored = try decimalContextField(context, .ignoredFlags)
        let traps = try decimalContextField(context, .traps), flags = try decimalContextField(context, .flags)
        guard ignored.isObject && ObjectRef(ignored).kind == .list && ListView(ignored).count == 0
              && typeID(of: traps) == TypeID.dict && typeID(of: flags) == TypeID.dict else {
            let raiseError = try getAttribute(context, decimalModule.names.raiseError)
            try withRoots(raiseError) { () throws(Raised) in
                if inexact { _ = try call(raiseError, decimalModule.inexact) }
                _ = try call(raiseError, decimalModule.rounded)
            }
            return
        }
        var trapped: [Value] = []
        for index in (inexact ? 0 : 1)...1 {
            let signal = index == 0 ? decimalModule.inexact : decimalModule.rounded
            // Mostly the flag is set already and the signal not trapped.
            if decimalDictValue(flags, signal) != .true { try dictSet(DictView(flags), signal, .true) }
            let trap = decimalDictValue(traps, signal)
            if trap == .false || trap == Value(int: 0) { continue }
            if try isTrue(try dictGet(DictView(traps), signal)) { trapped.append(signal) }
        }
        if trapped.isEmpty { return }
        let list = try newList(trapped)
        let exception = try withRoots(list) { () throws(Raised) in try call(trapped[0], list) }
        throw raise(exception: exception)
    }

    /// `dict[key]` read without calling Python; NULL when it is missing or that cannot tell.
    private func decimalDictValue(_ dict: Value, _ key: Value) -> Value {
        guard let found = dictFindNatively(DictView(dict), key), found.entry >= 0 else { return .null }
        return DictView(dict).value(found.entry)
    }
}
