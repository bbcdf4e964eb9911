// Every heap object starts with one header word (docs/design.md, decision 2):
//   bits  0–7   layout kind: how the object's memory is laid out and traced
//   bits  8–15  GC flags (mark bit, …)
//   bits 16–23  kind-specific small data (a str's character width)
//   bits 32–63  type id: index of the object's Python class in the VM's type table
// The kind says which Swift view reads the object; the type id says which Python
// class it is (an instance of a user subclass of list has kind `.list` and two extra
// words for its attributes, see Objects/ContainerSubclasses.swift).

/// The memory layouts of heap objects. Each has a view type in Objects/.
public enum ObjectKind: UInt8 {
    case free = 0
    case str, bytes, bigInt, tuple, list, dict, set
    case valueArray, rawBytes
    case function, builtinFunction, boundMethod, cell, code
    case type, instance, exception, module
    case generator, range, slice, iterator, dictView
    case property, staticMethod, classMethod, superObject
    case file
    case byteArray
    case complex
    case frame
    case traceback
    case weakref
}

public enum GCFlag {
    /// Marked by the current collection, and between collections: old (survived one).
    public static let mark: UInt64 = 1 << 8
    /// An old object in the write barrier's log (WriteBarrier.swift).
    public static let remembered: UInt64 = 1 << 10
    /// Reached by the heap verifier (a separate bit, so that it leaves ages alone).
    public static let verified: UInt64 = 1 << 11
    /// The object's `__del__` has run (it runs once).
    public static let finalized: UInt64 = 1 << 12
    /// A big value array with a card table: the barrier marks the card of each store.
    public static let carded: UInt64 = 1 << 13
    /// A generator registered to be closed when collected (it suspended inside a
    /// `try` or `with`, see Finalizers.swift).
    public static let closeWhenCollected: UInt64 = 1 << 15
    /// A carded array in the barrier's log (its dirty cards are scanned by the next minor collection).
    public static let cardsLogged: UInt64 = 1 << 14
    /// Not a GC state: the object is an instance of a subclass of a builtin container
    /// (list, dict, set, tuple) and carries two extra words for attributes after its
    /// builtin layout — a shape id and a slot array (see Shapes.swift).
    public static let attributeExtension: UInt64 = 1 << 9
}

/// Raw access to an object's header word and fields, indexed in words.
@frozen public struct ObjectRef {
    public let address: UnsafeMutableRawPointer

    @inline(__always) public init(_ address: UnsafeMutableRawPointer) { self.address = address }
    @inline(__always) public init(_ value: Value) { self.address = value.objectUnchecked }

    @inline(__always) public var header: UInt64 {
        get { address.load(as: UInt64.self) }
        nonmutating set { address.storeBytes(of: newValue, as: UInt64.self) }
    }
    /// The header's low byte is always a valid ObjectKind raw value (kinds are numbered in order).
    @inline(__always) public var kind: ObjectKind { unsafeBitCast(UInt8(truncatingIfNeeded: header), to: ObjectKind.self) }
    @inline(__always) public var typeID: Int { Int(header >> 32) }
    @inline(__always) public var smallData: Int { Int((header >> 16) & 0xFF) }
    @inline(__always) public var value: Value { Value(object: address) }

    /// Word `index` (1 is the first word after the header) as a Value.
    @inline(__always) public subscript(index: Int) -> Value {
        get { address.load(fromByteOffset: index &* 8, as: Value.self) }
        nonmutating set {
            address.storeBytes(of: newValue, toByteOffset: index &* 8, as: Value.self)
            if newValue.isObject { rememberStore(atWord: index) }
        }
    }
    /// Word `index` as a raw Int (lengths, hashes, ids).
    @inline(__always) public func word(_ index: Int) -> Int { address.load(fromByteOffset: index &* 8, as: Int.self) }
    @inline(__always) public func setWord(_ index: Int, _ newValue: Int) {
        address.storeBytes(of: newValue, toByteOffset: index &* 8, as: Int.self)
    }
    /// Pointer to word `index` viewed as Values.
    @inline(__always) public func values(from index: Int) -> UnsafeMutablePointer<Value> {
        (address + index &* 8).assumingMemoryBound(to: Value.self)
    }
    @inline(__always) public func bytes(from index: Int) -> UnsafeMutablePointer<UInt8> {
        (address + index &* 8).assumingMemoryBound(to: UInt8.self)
    }

    @inline(__always) public static func makeHeader(kind: ObjectKind, typeID: Int, smallData: Int = 0) -> UInt64 {
        UInt64(kind.rawValue) | UInt64(smallData & 0xFF) << 16 | UInt64(typeID) << 32
    }
}
