// The stable sort behind list.sort() and sorted(): a natural merge sort over
// positions. It finds the runs already in the input (ascending, or strictly
// descending and then reversed, which keeps it stable), lengthens short runs to
// `minimumRun` by binary insertion, and merges neighbouring runs until one is
// left, skipping a merge whose runs are already in order. Sorted input costs
// n - 1 comparisons, as in CPython's timsort; random input about n log n.

enum StableSort {
    static let minimumRun = 32

    /// Sorts `order[0..<count]` (positions) so that `less` holds of no later position against an
    /// earlier one; equal elements keep their order. `less` may raise: the positions are then left
    /// in some order, each still present once.
    static func sort(_ order: UnsafeMutablePointer<Int>, count: Int,
                     by less: (Int, Int) throws(Raised) -> Bool) throws(Raised) {
        guard count > 1 else { return }
        var runs: [Range<Int>] = []
        var start = 0
        while start < count {
            var end = start + 1
            if end < count {
                if try less(order[end], order[start]) {
                    end += 1
                    while end < count, try less(order[end], order[end - 1]) { end += 1 }
                    reverse(order, start..<end)
                } else {
                    end += 1
                    while end < count, !(try less(order[end], order[end - 1])) { end += 1 }
                }
            }
            if end - start < minimumRun && end < count {
                let extended = min(start + minimumRun, count)
                try insertionSort(order, start..<extended, sortedUpTo: end, by: less)
                end = extended
            }
            runs.append(start..<end)
            start = end
        }
        if runs.count == 1 { return }
        let buffer = UnsafeMutablePointer<Int>.allocate(capacity: count)
        defer { buffer.deallocate() }
        while runs.count > 1 {
            var merged: [Range<Int>] = []
            merged.reserveCapacity((runs.count + 1) / 2)
            var index = 0
            while index + 1 < runs.count {
                let left = runs[index], right = runs[index + 1]
                try merge(order, left.lowerBound, right.lowerBound, right.upperBound, buffer, by: less)
                merged.append(left.lowerBound..<right.upperBound)
                index += 2
            }
            if index < runs.count { merged.append(runs[index]) }
            runs = merged
        }
    }

    private static func reverse(_ order: UnsafeMutablePointer<Int>, _ range: Range<Int>) {
        var low = range.lowerBound, high = range.upperBound - 1
        while low < high {
            let lowItem = order[low]
            order[low] = order[high]
            order[high] = lowItem
            low += 1
            high -= 1
        }
    }

    /// Inserts each of `order[sortedEnd..<range.upperBound]` into the sorted prefix before it, after
    /// the elements equal to it.
    private static func insertionSort(_ order: UnsafeMutablePointer<Int>, _ range: Range<Int>, sortedUpTo sortedEnd: Int,
                                      by less: (Int, Int) throws(Raised) -> Bool) throws(Raised) {
        for next in sortedEnd..<range.upperBound {
            let item = order[next]
            var low = range.lowerBound, high = next
            while low < high {
                let middle = (low + high) / 2
                if try less(item, order[middle]) { high = middle } else { low = middle + 1 }
            }
            var position = next
            while position > low {
                order[position] = order[position - 1]
                position -= 1
            }
            order[low] = item
        }
    }

    /// Merges the sorted runs `order[start..<middle]` and `order[middle..<end]`, taking from the left
    /// run on ties; `buffer` has room for the left run.
    private static func merge(_ order: UnsafeMutablePointer<Int>, _ start: Int, _ middle: Int, _ end: Int,
                              _ buffer: UnsafeMutablePointer<Int>, by less: (Int, Int) throws(Raised) -> Bool) throws(Raised) {
        // Already in order (sorted input, or a run appended to a sorted list): nothing to move.
        if !(try less(order[middle], order[middle - 1])) { return }
        let leftCount = middle - start
        buffer.update(from: order + start, count: leftCount)
        var left = 0, right = middle, out = start
        defer {
            // On a raise too: what is left of the left run goes back, so every position stays once.
            if left < leftCount { (order + out).update(from: buffer + left, count: leftCount - left) }
        }
        while left < leftCount && right < end {
            if try less(order[right], buffer[left]) {
                order[out] = order[right]
                right += 1
            } else {
                order[out] = buffer[left]
                left += 1
            }
            out += 1
        }
    }
}
