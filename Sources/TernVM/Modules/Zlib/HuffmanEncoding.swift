// Building the Huffman codes a compressed block sends (RFC 1951 section 3.2.2): code
// lengths from symbol frequencies, limited to a maximum length, and the canonical codes
// for those lengths, bit-reversed since DEFLATE sends codes most significant bit first
// into a stream read least significant bit first.

enum HuffmanEncoding {
    /// Optimal code lengths for `frequencies`, none longer than `maxBits`. Fewer than two used
    /// symbols get two codes of length 1 (a complete code, which every decoder accepts).
    static func lengths(_ frequencies: UnsafePointer<UInt32>, count: Int, maxBits: Int) -> [UInt8] {
        var lengths = [UInt8](repeating: 0, count: count)
        var used = (0..<count).filter { frequencies[$0] > 0 }
        if used.count < 2 {
            for symbol in 0..<2 where !used.contains(symbol) && used.count < 2 { used.append(symbol) }
            for symbol in used { lengths[symbol] = 1 }
            return lengths
        }
        used.sort { (frequencies[$0], $0) < (frequencies[$1], $1) }
        let leaves = used.count
        // Two queues: the sorted leaves and the internal nodes, which are made in order of weight.
        var weights = used.map { UInt64(frequencies[$0]) } + [UInt64](repeating: 0, count: leaves - 1)
        var parents = [Int](repeating: 0, count: 2 * leaves - 1)
        var nextLeaf = 0, nextInternal = leaves
        for node in leaves..<(2 * leaves - 1) {
            var children = (0, 0)
            for pick in 0..<2 {
                let child: Int
                if nextLeaf < leaves && (nextInternal >= node || weights[nextLeaf] <= weights[nextInternal]) {
                    child = nextLeaf
                    nextLeaf += 1
                } else {
                    child = nextInternal
                    nextInternal += 1
                }
                if pick == 0 { children.0 = child } else { children.1 = child }
            }
            weights[node] = weights[children.0] + weights[children.1]
            parents[children.0] = node
            parents[children.1] = node
        }
        var depths = [Int](repeating: 0, count: 2 * leaves - 1)
        for node in stride(from: 2 * leaves - 3, through: 0, by: -1) { depths[node] = depths[parents[node]] + 1 }
        var countsByLength = [Int](repeating: 0, count: max(maxBits, depths.max()!) + 1)
        for leaf in 0..<leaves { countsByLength[depths[leaf]] += 1 }
        // Too-long codes: each pair at the longest length becomes one code a level up plus a
        // code that splits the longest shorter one, which keeps the code complete.
        for length in stride(from: countsByLength.count - 1, to: maxBits, by: -1) {
            while countsByLength[length] > 0 {
                var shorter = length - 2
                while countsByLength[shorter] == 0 { shorter -= 1 }
                countsByLength[length] -= 2
                countsByLength[length - 1] += 1
                countsByLength[shorter + 1] += 2
                countsByLength[shorter] -= 1
            }
        }
        // The least frequent symbols get the longest codes.
        var leaf = 0
        for length in stride(from: maxBits, through: 1, by: -1) {
            for _ in 0..<countsByLength[length] {
                lengths[used[leaf]] = UInt8(length)
                leaf += 1
            }
        }
        return lengths
    }

    /// The canonical codes of `lengths`, bit-reversed.
    static func codes(_ lengths: [UInt8]) -> [UInt16] {
        var countsByLength = [Int](repeating: 0, count: 16)
        for length in lengths { countsByLength[Int(length)] += 1 }
        countsByLength[0] = 0
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + countsByLength[length - 1]) << 1
            nextCode[length] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let code = nextCode[Int(length)]
            nextCode[Int(length)] += 1
            return UInt16(DecodeTable.reversed(code, length: Int(length)))
        }
    }
}
