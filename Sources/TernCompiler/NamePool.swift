// Names numbered in order of first use: a code object's names and locals, a
// scope's symbols. Most pools hold a few names, and comparing a String is much
// cheaper than hashing one, so small pools are searched in order; a dictionary
// takes over once a pool grows past `linearLimit`.

struct NamePool {
    private(set) var names: [String] = []
    private var positions: [String: Int]? = nil
    private static let linearLimit = 16

    var count: Int { names.count }

    /// The position of `name`, or nil.
    func position(of name: String) -> Int? {
        if let positions { return positions[name] }
        for index in names.indices where names[index] == name { return index }
        return nil
    }

    /// The position of `name`, added at the end when new.
    mutating func add(_ name: String) -> Int {
        if let found = position(of: name) { return found }
        names.append(name)
        let position = names.count - 1
        if positions != nil {
            positions![name] = position
        } else if names.count > NamePool.linearLimit {
            positions = Dictionary(uniqueKeysWithValues: zip(names, names.indices))
        }
        return position
    }
}
