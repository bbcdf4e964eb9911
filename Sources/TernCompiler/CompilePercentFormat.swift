import TernSyntax

// `'%s: %r' % (a, b)` with a literal format and a tuple display is compiled as the
// f-string `f'{a!s}: {b!r}'`, as CPython 3.11's AST optimizer does (optimize_format):
// only %s, %r and %a with optional flags, width and precision, and only when the
// number of fields equals the number of items — anything else keeps BINARY_OP %.

extension Compiler {
    /// The f-string parts equivalent to `format % (items...)`, or nil when not applicable.
    func percentFormatParts(_ format: String, _ items: [Expr], _ location: SourceLocation) -> [Expr]? {
        let characters = Array(format.unicodeScalars)
        var position = 0, used = 0
        var parts: [Expr] = []
        func make(_ kind: ExprKind, _ at: SourceLocation) -> Expr {
            let node = Expr(kind, at)
            syntheticNodes.append(node)
            return node
        }
        while true {
            var literal = String.UnicodeScalarView()
            while position < characters.count {
                if characters[position] != "%" {
                    literal.append(characters[position])
                    position += 1
                } else if position + 1 < characters.count, characters[position + 1] == "%" {
                    literal.append("%")
                    position += 2
                } else {
                    break
                }
            }
            if !literal.isEmpty { parts.append(make(.constant(.string(String(literal))), location)) }
            if position >= characters.count { break }
            if used >= items.count { return nil }
            position += 1
            guard let field = parseSimpleField(characters, &position) else { return nil }
            var spec = ""
            if !field.leftJustified, field.width > 0 { spec += ">" }
            if field.width >= 0 { spec += String(field.width) }
            if field.precision >= 0 { spec += "." + String(field.precision) }
            let item = items[used]
            used += 1
            let specNode = spec.isEmpty ? nil : make(.constant(.string(spec)), item.location)
            parts.append(make(.formattedValue(value: item, conversion: Int(field.conversion.value), formatSpec: specNode),
                              item.location))
        }
        return used == items.count ? parts : nil
    }

    /// One `%[flags][width][.precision](s|r|a)` field after the `%`.
    private func parseSimpleField(_ characters: [Unicode.Scalar], _ position: inout Int)
        -> (conversion: Unicode.Scalar, leftJustified: Bool, width: Int, precision: Int)? {
        var leftJustified = false, width = -1, precision = -1
        func next() -> Unicode.Scalar? {
            guard position < characters.count else { return nil }
            position += 1
            return characters[position - 1]
        }
        guard var character = next() else { return nil }
        while "-+ #0".unicodeScalars.contains(character) {
            if character == "-" { leftJustified = true }
            guard let following = next() else { return nil }
            character = following
        }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
        func number() -> Int? {
            var value = 0
            while isDigit(character) {
                value = value * 10 + Int(character.value) - 48
                if value >= 1000 { return nil }
                guard let following = next() else { return nil }
                character = following
            }
            return value
        }
        if isDigit(character) {
            guard let value = number() else { return nil }
            width = value
        }
        if character == "." {
            guard let following = next() else { return nil }
            character = following
            guard let value = number() else { return nil }
            precision = value
        }
        guard character == "s" || character == "r" || character == "a" else { return nil }
        return (character, leftJustified, width, precision)
    }
}
