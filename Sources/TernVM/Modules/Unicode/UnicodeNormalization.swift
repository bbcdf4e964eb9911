// The four normalization forms of UAX #15 over UnicodeDatabase: full decomposition
// (canonical, or compatibility too), canonical ordering, then for NFC and NFKC
// canonical composition. Hangul syllables decompose and compose by their algorithm.
// For Unicode 3.2.0 (ucd_3_2_0), characters it had not assigned are left as they
// are, and the few corrected mappings are the old ones, as in CPython.

enum NormalizationForm: String {
    case nfc = "NFC", nfd = "NFD", nfkc = "NFKC", nfkd = "NFKD"

    var composes: Bool { self == .nfc || self == .nfkc }
    var compatibility: Bool { self == .nfkc || self == .nfkd }
}

extension UnicodeDatabase {
    func normalize(_ input: [UInt32], _ form: NormalizationForm, old: Bool) -> [UInt32] {
        var output: [UInt32] = []
        output.reserveCapacity(input.count)
        for code in input { decompose(code, compatibility: form.compatibility, old: old, into: &output) }
        orderCanonically(&output)
        return form.composes ? compose(output) : output
    }

    private func decompose(_ code: UInt32, compatibility: Bool, old: Bool, into output: inout [UInt32]) {
        if old {
            if !record(code, old: true).isAssigned { return output.append(code) }
            if let corrected = oldCorrections[code] { return output.append(contentsOf: corrected) }
        }
        if UnicodeDatabase.isHangulSyllable(code) {
            let index = code - UnicodeDatabase.hangulBase
            output.append(UnicodeDatabase.leadBase + index / (UnicodeDatabase.vowelCount * UnicodeDatabase.trailCount))
            output.append(UnicodeDatabase.vowelBase + index % (UnicodeDatabase.vowelCount * UnicodeDatabase.trailCount) / UnicodeDatabase.trailCount)
            if index % UnicodeDatabase.trailCount != 0 { output.append(UnicodeDatabase.trailBase + index % UnicodeDatabase.trailCount) }
            return
        }
        guard let decomposition = decompositions[code], compatibility || decomposition.isCanonical else {
            return output.append(code)
        }
        for part in decomposition.codes { decompose(part, compatibility: compatibility, old: old, into: &output) }
    }

    /// Sorts each run of non-starters by combining class, keeping equal classes in order.
    private func orderCanonically(_ codes: inout [UInt32]) {
        var start = 0
        while start < codes.count {
            guard record(codes[start]).combining != 0 else {
                start += 1
                continue
            }
            var end = start
            while end < codes.count && record(codes[end]).combining != 0 { end += 1 }
            if end - start > 1 {
                let sorted = codes[start..<end].enumerated().sorted {
                    let (a, b) = (record($0.element).combining, record($1.element).combining)
                    return a != b ? a < b : $0.offset < $1.offset
                }
                codes.replaceSubrange(start..<end, with: sorted.map(\.element))
            }
            start = end
        }
    }

    private func compose(_ codes: [UInt32]) -> [UInt32] {
        var output: [UInt32] = []
        output.reserveCapacity(codes.count)
        var starter: Int? = nil
        var lastClass: UInt8 = 0
        for code in codes {
            let combining = record(code).combining
            // A character joins the last starter unless a starter or a class at least its own comes between.
            if let at = starter, at == output.count - 1 || (lastClass != 0 && lastClass < combining),
               let composite = composite(output[at], code) {
                output[at] = composite
                continue
            }
            if combining == 0 { starter = output.count }
            lastClass = combining
            output.append(code)
        }
        return output
    }

    private func composite(_ first: UInt32, _ second: UInt32) -> UInt32? {
        let leadEnd = UnicodeDatabase.leadBase + 19
        let vowelEnd = UnicodeDatabase.vowelBase + UnicodeDatabase.vowelCount
        if first >= UnicodeDatabase.leadBase && first < leadEnd && second >= UnicodeDatabase.vowelBase && second < vowelEnd {
            return UnicodeDatabase.hangulBase
                + ((first - UnicodeDatabase.leadBase) * UnicodeDatabase.vowelCount + second - UnicodeDatabase.vowelBase) * UnicodeDatabase.trailCount
        }
        if UnicodeDatabase.isHangulSyllable(first) && (first - UnicodeDatabase.hangulBase) % UnicodeDatabase.trailCount == 0
            && second > UnicodeDatabase.trailBase && second < UnicodeDatabase.trailBase + UnicodeDatabase.trailCount {
            return first + second - UnicodeDatabase.trailBase
        }
        return compositions[UInt64(first) << 32 | UInt64(second)]
    }
}
