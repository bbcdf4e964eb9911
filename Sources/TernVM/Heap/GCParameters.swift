#if canImport(Glibc)
import Glibc
#endif

// The collector's settings (docs/gc.md explains each and how the defaults were chosen):
//   nursery    young bytes allocated between minor collections
//   min_heap   the old generation's size below which no major collection runs
//   growth     after a major collection, the old generation may grow to survived × growth ...
//   max_delta  ... but by no more than survived + max_delta
//   max_heap   bytes the heap may hold in all; past it allocation raises MemoryError
// Set with `--gc nursery=4MB,max_delta=16MB` or TERN_GC_NURSERY=4MB, TERN_GC_MAX_DELTA=…

public struct GCParameters: Equatable {
    public var nursery = 512 << 10
    public var minHeap = 1 << 20
    /// CPython's cyclic collector runs a full collection when the survivors have grown by a
    /// quarter; the same ratio here (docs/gc.md, "How the defaults were chosen").
    public var growth = 1.25
    public var maxDelta = 64 << 20
    public var maxHeap = Int.max

    public init() {}

    static let names = ["nursery", "min_heap", "growth", "max_delta", "max_heap"]

    /// Applies `name=value` settings separated by commas; returns an error message for a bad one.
    public mutating func apply(_ settings: String) -> String? {
        for setting in settings.split(separator: ",") where !setting.isEmpty {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return "tern: --gc setting '\(setting)' is not name=value" }
            if let error = set(parts[0], parts[1]) { return error }
        }
        return nil
    }

    /// Applies TERN_GC_NURSERY, TERN_GC_MIN_HEAP, TERN_GC_GROWTH, TERN_GC_MAX_DELTA, TERN_GC_MAX_HEAP.
    public mutating func applyEnvironment() -> String? {
        for name in GCParameters.names {
            if let value = getenv("TERN_GC_" + name.uppercased()) {
                if let error = set(name, String(cString: value)) { return error }
            }
        }
        return nil
    }

    private mutating func set(_ name: String, _ text: String) -> String? {
        if name == "growth" {
            guard let value = Double(text), value >= 1, value <= 100 else { return "tern: gc growth must be a number from 1 to 100, not '\(text)'" }
            growth = value
            return nil
        }
        guard let bytes = GCParameters.parseSize(text) else {
            return "tern: gc \(name) must be a size such as 512KB, 4MB or 1GB, not '\(text)'"
        }
        switch name {
        case "nursery": nursery = max(Heap.chunkSize, bytes)
        case "min_heap": minHeap = bytes
        case "max_delta": maxDelta = bytes
        case "max_heap": maxHeap = bytes == 0 ? Int.max : bytes
        default: return "tern: unknown gc setting '\(name)' (known: \(GCParameters.names.joined(separator: ", ")))"
        }
        return nil
    }

    /// "4MB", "512KB", "1GB", "1.5GB", "1000" (bytes).
    static func parseSize(_ text: String) -> Int? {
        let upper = text.uppercased()
        let units: [(String, Double)] = [("KB", 1024.0), ("MB", 1048576.0), ("GB", 1073741824.0), ("K", 1024.0), ("M", 1048576.0), ("G", 1073741824.0), ("B", 1.0)]
        for (suffix, scale) in units where upper.hasSuffix(suffix) {
            guard let number = Double(upper.dropLast(suffix.count)), number >= 0, number * scale < 0x1p50 else { return nil }
            return Int(number * scale)
        }
        guard let number = Int(upper), number >= 0 else { return nil }
        return number
    }

    /// The settings as JSON, for the telemetry log's header.
    var json: String {
        "{\"collector\":\"generational mark-sweep\",\"nursery\":\(nursery),\"min_heap\":\(minHeap),\"growth\":\(growth),\"max_delta\":\(maxDelta),\"max_heap\":\(maxHeap == Int.max ? 0 : maxHeap)}"
    }
}
