// Looking up a character by its Unicode name, for "\N{...}" escapes.

/// Name → scalar for every named scalar (and its name aliases), built on first use
/// by walking the whole code space once (~0.1 s in release); most programs never need it.
nonisolated(unsafe) private var unicodeNameTable: [String: Unicode.Scalar]? = nil

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
    if unicodeNameTable == nil {
        var table: [String: Unicode.Scalar] = [:]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if let scalarName = scalar.properties.name { table[scalarName] = scalar }
            if let alias = scalar.properties.nameAlias { table[alias] = scalar }
        }
        unicodeNameTable = table
    }
    return unicodeNameTable?[key]
}
