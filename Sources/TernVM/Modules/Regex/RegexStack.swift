// The matcher's stacks (contexts, capture marks, saved marks, repeats) in memory it
// owns outright. Swift arrays checked uniqueness and bounds on every write and were
// a tenth of a search's time; these are plain pointers, grown by doubling and kept
// by the VM between matches, so a match allocates nothing once they have grown.

struct RegexStack<Element: BitwiseCopyable> {
    private var base: UnsafeMutablePointer<Element>? = nil
    private(set) var count = 0
    private var capacity = 0

    /// Past this many elements, the memory a pathological match grew goes back after it.
    private static var keptCapacity: Int { 1 << 16 }

    @inline(__always) var isEmpty: Bool { count == 0 }

    /// The memory the stack holds.
    var byteCount: Int { capacity * MemoryLayout<Element>.stride }

    @inline(__always) subscript(index: Int) -> Element {
        get { base.unsafelyUnwrapped[index] }
        nonmutating set { base.unsafelyUnwrapped[index] = newValue }
    }

    /// The element on top, read and written in place.
    @inline(__always) var top: UnsafeMutablePointer<Element> { base.unsafelyUnwrapped + (count - 1) }

    @inline(__always) mutating func append(_ element: Element) {
        if count == capacity { grow(count + 1) }
        (base.unsafelyUnwrapped + count).initialize(to: element)
        count += 1
    }

    /// `count` copies of `element` on top.
    mutating func append(repeating element: Element, count extra: Int) {
        if count + extra > capacity { grow(count + extra) }
        (base.unsafelyUnwrapped + count).initialize(repeating: element, count: extra)
        count += extra
    }

    /// Elements `from...through` of `other` on top.
    mutating func append(_ other: RegexStack<Element>, from: Int, through: Int) {
        let extra = through - from + 1
        if count + extra > capacity { grow(count + extra) }
        (base.unsafelyUnwrapped + count).initialize(from: other.base.unsafelyUnwrapped + from, count: extra)
        count += extra
    }

    @inline(__always) @discardableResult mutating func removeLast() -> Element {
        count -= 1
        return base.unsafelyUnwrapped[count]
    }

    @inline(__always) mutating func removeLast(_ n: Int) { count -= n }

    @inline(__always) mutating func removeAll() { count = 0 }

    @inline(never) private mutating func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2, 16)
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if let base {
            newBase.initialize(from: base, count: count)
            base.deallocate()
        }
        base = newBase
        capacity = newCapacity
    }

    /// Frees a stack that grew past what a common match needs.
    mutating func trim() {
        guard capacity > Self.keptCapacity, let base else { return }
        base.deallocate()
        self.base = nil
        capacity = 0
        count = 0
    }
}
