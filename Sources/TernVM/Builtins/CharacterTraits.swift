// What str's predicates and case mappings ask of a code point, as CPython 3.11 sees it
// (Unicode 14.0). Swift's property lookups take about 100 ns each, and a predicate asks
// several per character; so the answers for a code point of the Basic Multilingual Plane
// are worked out the first time it is asked about and kept (a table of 64 Ki 16-bit
// entries, whose pages are touched only for the scripts a program uses).

struct CharacterTraits: OptionSet {
    let rawValue: UInt16
    static let uppercase = CharacterTraits(rawValue: 1 << 0)
    static let lowercase = CharacterTraits(rawValue: 1 << 1)
    static let titlecase = CharacterTraits(rawValue: 1 << 2)
    static let cased = CharacterTraits(rawValue: 1 << 3)
    static let caseIgnorable = CharacterTraits(rawValue: 1 << 4)
    static let alphabetic = CharacterTraits(rawValue: 1 << 5)
    static let decimal = CharacterTraits(rawValue: 1 << 6)
    static let digit = CharacterTraits(rawValue: 1 << 7)
    static let numeric = CharacterTraits(rawValue: 1 << 8)
    static let identifierStart = CharacterTraits(rawValue: 1 << 9)
    static let identifierContinue = CharacterTraits(rawValue: 1 << 10)

    /// Marks a table entry as worked out.
    private static let known = CharacterTraits(rawValue: 1 << 15)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    // Tern has one thread (docs/stdlib.md, `_thread`).
    nonisolated(unsafe) private static let planeZero: UnsafeMutablePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        return table
    }()

    /// The traits of `c`, from the table when it is in the Basic Multilingual Plane.
    @inline(__always) static func of(_ c: UInt32) -> CharacterTraits {
        guard c < 0x10000 else { return CharacterTraits(of: c) }
        let entry = planeZero[Int(c)]
        if entry != 0 { return CharacterTraits(rawValue: entry) }
        return remember(c)
    }

    @inline(never) private static func remember(_ c: UInt32) -> CharacterTraits {
        let traits = CharacterTraits(of: c).union(known)
        planeZero[Int(c)] = traits.rawValue
        return traits
    }

    /// Code points whose Lowercase or Numeric property changed after Unicode 14.0 (CPython 3.11's data).
    private static let lowercaseOnlySince14: Set<UInt32> = [0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69]
    private static let lowercaseUntil14: Set<UInt32> = [0x295]
    private static let numericOnlySince14: Set<UInt32> = [0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
                                                         0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399]

    /// From the Unicode properties; none for code points 3.11 treats as unassigned.
    init(of c: UInt32) { self = CharacterTraits.computed(c) }

    private static func computed(_ c: UInt32) -> CharacterTraits {
        var traits: CharacterTraits = []
        if CharacterTraits.lowercaseUntil14.contains(c) { traits.insert([.lowercase, .cased]) }
        guard let properties = VM.pythonProperties(c) else { return traits }
        if properties.isLowercase && !CharacterTraits.lowercaseOnlySince14.contains(c) { traits.insert(.lowercase) }
        if properties.isUppercase { traits.insert(.uppercase) }
        let category = properties.generalCategory
        if category == .titlecaseLetter { traits.insert(.titlecase) }
        if !traits.isDisjoint(with: [.uppercase, .lowercase, .titlecase]) { traits.insert(.cased) }
        if properties.isCaseIgnorable { traits.insert(.caseIgnorable) }
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: traits.insert(.alphabetic)
        default: break
        }
        switch properties.numericType {
        case .decimal?: traits.insert([.decimal, .digit])
        case .digit?: traits.insert(.digit)
        default: break
        }
        if properties.numericType != nil && !CharacterTraits.numericOnlySince14.contains(c) { traits.insert(.numeric) }
        if properties.isXIDStart { traits.insert(.identifierStart) }
        if properties.isXIDContinue { traits.insert(.identifierContinue) }
        return traits
    }
}
