// Looking up a character by its Unicode name, for "\N{...}" escapes.

/// (hash of the name, scalar) for every named scalar and name alias, sorted by hash, built on
/// first use by walking the whole code space once (~0.1 s in release); most programs never need
/// it. The names are not kept: as a [String: Unicode.Scalar] they stayed resident, ~25 MB
/// (docs/gc.md); a lookup compares the candidates' names instead.
nonisolated(unsafe) private var unicodeNameHashes: [(hash: Int, scalar: UInt32)]? = nil

/// The scalar called `name` (case-insensitive, as CPython's unicodedata.lookup), if any.
func unicodeScalar(named name: String) -> Unicode.Scalar? {
    let key = name.uppercased()
    let common: [String: UInt32] = [
        "SPACE": 0x20, "NO-BREAK SPACE": 0xA0, "BULLET": 0x2022, "EM DASH": 0x2014, "EN DASH": 0x2013,
        "HORIZONTAL ELLIPSIS": 0x2026, "DEGREE SIGN": 0xB0, "GREEK SMALL LETTER ALPHA": 0x3B1,
        "LINE FEED": 0x0A, "CARRIAGE RETURN": 0x0D, "CHARACTER TABULATION": 0x09, "NULL": 0,
        "LATIN SMALL LETTER E WITH ACUTE": 0xE9, "EURO SIGN": 0x20AC, "SNOWMAN": 0x2603,
    ]
    if let value = common[key] { return Unicode.Scalar(value) }
    if unicodeNameHashes == nil {
        var entries: [(hash: Int, scalar: UInt32)] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if let scalarName = scalar.properties.name { entries.append((scalarName.hashValue, value)) }
            if let alias = scalar.properties.nameAlias { entries.append((alias.hashValue, value)) }
        }
        entries.sort { $0.hash < $1.hash }
        unicodeNameHashes = entries
    }
    let entries = unicodeNameHashes!
    let hash = key.hashValue
    var low = 0, high = entries.count
    while low < high {
        let middle = (low + high) / 2
        if entries[middle].hash < hash { low = middle + 1 } else { high = middle }
    }
    while low < entries.count && entries[low].hash == hash {
        let scalar = Unicode.Scalar(entries[low].scalar)!
        if scalar.properties.name == key || scalar.properties.nameAlias == key { return scalar }
        low += 1
    }
    return nil
}
