// The reader's state machine: one record from as many lines as a quoted field
// spans, character by character, as CPython 3.11's _csv parses (its states, its
// strict-mode errors, its field size limit). The end of each line is fed as `end`.

enum CSVParseState {
    case startRecord, startField, escapedCharacter, inField, inQuotedField, escapeInQuotedField,
         quoteInQuotedField, eatLineEnd, afterEscapedLineEnd
}

enum CSVParseFailure: Error {
    case message(String)
}

struct CSVParser {
    static let end: UInt32 = 0xFFFF_FFFE
    let dialect: CSVDialect
    let fieldLimit: Int
    var state = CSVParseState.startRecord
    var field: [UInt32] = []
    /// Fields finished so far, each with whether it is to be read as a number.
    var fields: [(text: [UInt32], numeric: Bool)] = []
    var numeric = false

    init(dialect: CSVDialect, fieldLimit: Int) {
        self.dialect = dialect
        self.fieldLimit = fieldLimit
    }

    private mutating func add(_ c: UInt32) throws(CSVParseFailure) {
        if field.count >= fieldLimit { throw .message("field larger than field limit (\(fieldLimit))") }
        field.append(c)
    }

    mutating func saveField() {
        fields.append((field, numeric))
        field = []
        numeric = false
    }

    private static func isLineEnd(_ c: UInt32) -> Bool { c == 10 || c == 13 }

    /// Ends the field at a line end (or the end of the line fed), or returns false.
    private mutating func endsRecord(_ c: UInt32) -> Bool {
        guard CSVParser.isLineEnd(c) || c == CSVParser.end else { return false }
        saveField()
        state = c == CSVParser.end ? .startRecord : .eatLineEnd
        return true
    }

    /// Parses one line and its end; the error's message, if any.
    mutating func feed(_ line: StrView) -> String? {
        do throws(CSVParseFailure) {
            for index in 0..<line.count { try process(line[index]) }
            try process(CSVParser.end)
            return nil
        } catch {
            switch error { case .message(let message): return message }
        }
    }

    private mutating func process(_ c: UInt32) throws(CSVParseFailure) {
        let quotes = dialect.quoting != CSVQuoting.none
        switch state {
        case .startRecord:
            if c == CSVParser.end { return }
            if CSVParser.isLineEnd(c) { state = .eatLineEnd; return }
            state = .startField
            try startField(c, quotes)
        case .startField:
            try startField(c, quotes)
        case .escapedCharacter:
            if CSVParser.isLineEnd(c) {
                try add(c)
                state = .afterEscapedLineEnd
                return
            }
            try add(c == CSVParser.end ? 10 : c)
            state = .inField
        case .afterEscapedLineEnd:
            if c == CSVParser.end { return }
            try inField(c)
        case .inField:
            try inField(c)
        case .inQuotedField:
            if c == CSVParser.end { return }
            if c == dialect.escapechar { state = .escapeInQuotedField }
            else if c == dialect.quotechar && quotes { state = dialect.doublequote ? .quoteInQuotedField : .inField }
            else { try add(c) }
        case .escapeInQuotedField:
            try add(c == CSVParser.end ? 10 : c)
            state = .inQuotedField
        case .quoteInQuotedField:
            if quotes && c == dialect.quotechar {
                try add(c)
                state = .inQuotedField
            } else if c == dialect.delimiter {
                saveField()
                state = .startField
            } else if endsRecord(c) {
            } else if !dialect.strict {
                try add(c)
                state = .inField
            } else {
                throw .message("'\(String(UnicodeScalar(dialect.delimiter).map(Character.init) ?? " "))' expected after '\(String(UnicodeScalar(dialect.quotechar).map(Character.init) ?? " "))'")
            }
        case .eatLineEnd:
            if CSVParser.isLineEnd(c) { return }
            if c == CSVParser.end { state = .startRecord; return }
            throw .message("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
        }
    }

    private mutating func startField(_ c: UInt32, _ quotes: Bool) throws(CSVParseFailure) {
        if endsRecord(c) { return }
        if c == dialect.quotechar && quotes { state = .inQuotedField }
        else if c == dialect.escapechar { state = .escapedCharacter }
        else if c == 32 && dialect.skipinitialspace {}
        else if c == dialect.delimiter { saveField() }
        else {
            if dialect.quoting == CSVQuoting.nonnumeric { numeric = true }
            try add(c)
            state = .inField
        }
    }

    private mutating func inField(_ c: UInt32) throws(CSVParseFailure) {
        if endsRecord(c) { return }
        if c == dialect.escapechar { state = .escapedCharacter }
        else if c == dialect.delimiter {
            saveField()
            state = .startField
        } else { try add(c) }
    }
}
