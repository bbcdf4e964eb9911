// Building Swift Strings from code points on the formatting paths.

/// The String of these code points, written as UTF-8 in one pass.
/// (String.UnicodeScalarView's append(contentsOf:) runs its generic, unspecialized
/// path here: thousands of instructions for a short number.)
func stringFromScalars<Scalars: Collection>(_ scalars: Scalars) -> String where Scalars.Element == Unicode.Scalar {
    if scalars.isEmpty { return "" }
    return String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
        var count = 0
        for scalar in scalars {
            UTF8.encode(scalar) { unit in
                buffer[count] = unit
                count += 1
            }
        }
        return count
    }
}
