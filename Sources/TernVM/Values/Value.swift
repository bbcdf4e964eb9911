// A Python value in one 64-bit word (docs/design.md, decision 1).
//
// The word is partitioned by its top 15 bits:
//   0x0000…0x0001 xxxx  heap reference (8-byte aligned, non-zero) or a special
//                       constant (low bit 1 set: None, False, True); 0 is NULL
//   0x0002…0xFFFD xxxx  a double, stored as its IEEE bits plus 2^49
//   0xFFFE…0xFFFF xxxx  a small int: 49-bit two's complement in the low bits
// Adding 2^49 moves every double out of the pointer range; the only doubles that
// would wrap into the int or pointer range are NaNs with unusual payloads, which
// `Value(anyDouble:)` canonicalises (arithmetic only ever makes the default NaN).

@frozen public struct Value: Equatable, Hashable {
    public var bits: UInt64

    @inline(__always) public init(bits: UInt64) { self.bits = bits }

    public static let intTag: UInt64 = 0xFFFE_0000_0000_0000
    public static let intPayloadMask: UInt64 = 0x0001_FFFF_FFFF_FFFF
    public static let doubleOffset: UInt64 = 1 << 49
    public static let smallIntMax: Int64 = (1 << 48) - 1
    public static let smallIntMin: Int64 = -(1 << 48)

    /// The empty word: "no value" (unbound local, empty stack slot, missing self).
    public static let null = Value(bits: 0)
    public static let none = Value(bits: 0x11)
    public static let `false` = Value(bits: 0x21)
    public static let `true` = Value(bits: 0x31)

    // MARK: Classification

    @inline(__always) public var isNull: Bool { bits == 0 }
    @inline(__always) public var isInt: Bool { bits >= Value.intTag }
    @inline(__always) public var isFloat: Bool { (bits &- Value.doubleOffset) < (Value.intTag &- Value.doubleOffset) }
    /// A heap reference (not NULL, not a special constant, not a number).
    @inline(__always) public var isObject: Bool { bits != 0 && (bits & 0xFFFE_0000_0000_0007) == 0 }
    @inline(__always) public var isNone: Bool { bits == Value.none.bits }
    @inline(__always) public var isBool: Bool { bits == Value.true.bits || bits == Value.false.bits }
    @inline(__always) public static func bothInts(_ a: Value, _ b: Value) -> Bool { (a.bits & b.bits) >= Value.intTag }

    // MARK: Small ints

    @inline(__always) public init(int: Int64) {
        bits = Value.intTag | (UInt64(bitPattern: int) & Value.intPayloadMask)
    }
    @inline(__always) public init(int: Int) { self.init(int: Int64(int)) }
    /// The small int this word holds (only meaningful when `isInt`).
    @inline(__always) public var int: Int64 { Int64(bitPattern: bits << 15) >> 15 }
    @inline(__always) public static func fitsSmallInt(_ i: Int64) -> Bool { (i << 15) >> 15 == i }

    // MARK: Floats

    /// Boxes a double produced by arithmetic (whose NaNs are the default NaN).
    @inline(__always) public init(double: Double) { bits = double.bitPattern &+ Value.doubleOffset }
    /// Boxes any double, canonicalising unusual NaN payloads.
    @inline(__always) public init(anyDouble: Double) {
        self.init(double: anyDouble.isNaN ? Double.nan : anyDouble)
    }
    @inline(__always) public var double: Double { Double(bitPattern: bits &- Value.doubleOffset) }

    // MARK: Bools and references

    @inline(__always) public init(bool: Bool) { self = bool ? .true : .false }
    @inline(__always) public init(object: UnsafeMutableRawPointer) { bits = UInt64(UInt(bitPattern: object)) }
    /// The heap address (only meaningful when `isObject`).
    @inline(__always) public var object: UnsafeMutableRawPointer { UnsafeMutableRawPointer(bitPattern: UInt(bits))! }
    @inline(__always) public var objectUnchecked: UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: UInt(bits)).unsafelyUnwrapped
    }
}
