// Values numbered in order of first use: a code object's names, locals and
// constants (by `ConstantKey`), a scope's symbols. Most pools hold a few values,
// and comparing is much cheaper than hashing (a String's hash is SipHash over
// its bytes), so small pools are searched in order; a dictionary takes over once
// a pool grows past `linearLimit`.

struct Pool<Element: Hashable> {
    private(set) var elements: [Element] = []
    private var positions: [Element: Int]? = nil
    private static var linearLimit: Int { 16 }

    var count: Int { elements.count }

    /// The position of `element`, or nil.
    func position(of element: Element) -> Int? {
        if let positions { return positions[element] }
        for index in elements.indices where elements[index] == element { return index }
        return nil
    }

    /// The position of `element`, added at the end when new.
    mutating func add(_ element: Element) -> Int {
        let next = elements.count
        if positions != nil {
            // One hash: the slot is created with the next position when new.
            func claim(_ position: inout Int) -> Int {
                if position < 0 { position = next }
                return position
            }
            let position = claim(&positions![element, default: -1])
            if position < next { return position }
            elements.append(element)
            return next
        }
        for index in elements.indices where elements[index] == element { return index }
        // Room for a small pool at once: growing one element at a time reallocates thrice.
        if elements.isEmpty { elements.reserveCapacity(8) }
        elements.append(element)
        if elements.count > Pool.linearLimit {
            positions = Dictionary(uniqueKeysWithValues: zip(elements, elements.indices))
        }
        return next
    }
}

/// Names numbered in order of first use.
typealias NamePool = Pool<String>

extension Pool where Element == String {
    var names: [String] { elements }
}
