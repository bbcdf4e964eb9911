// Tokens produced by the lexer and consumed by the parser.

/// Every kind of token Python 3.11's tokenizer produces, with keywords split out
/// so the parser can switch on them directly.
enum TokenKind: UInt8 {
    case name, number, string, newline, indent, dedent, endOfFile
    /// Where the tokenizer failed; the parser reports the tokenizer's error if it gets here.
    case lexerError
    // Brackets and punctuation.
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case colon, comma, semicolon, dot, ellipsis, arrow, at, colonEqual, exclamation
    // Operators.
    case plus, minus, star, slash, doubleSlash, percent, doubleStar, atSign
    case verticalBar, ampersand, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, equalEqual, notEqual, lessEqual, greaterEqual
    // Augmented assignment.
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, atEqual, verticalBarEqual, ampersandEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual
    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak
    case kwClass, kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor
    case kwFrom, kwGlobal, kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot
    case kwOr, kwPass, kwRaise, kwReturn, kwTry, kwWhile, kwWith, kwYield

    /// The operator of an augmented assignment token, if this is one.
    var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .slashEqual: return .div
        case .doubleSlashEqual: return .floorDiv
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .atEqual: return .matMult
        case .verticalBarEqual: return .bitOr
        case .ampersandEqual: return .bitAnd
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        default: return nil
        }
    }

    var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    /// Whether a statement starting with this token is a compound statement.
    var isCompoundStatementStart: Bool {
        switch self {
        case .kwIf, .kwWhile, .kwFor, .kwTry, .kwWith, .kwDef, .kwClass, .at, .kwAsync: return true
        default: return false
        }
    }
}

/// Reserved words mapped to their token kinds.
let keywordKinds: [String: TokenKind] = [
    "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
    "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
    "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel,
    "elif": .kwElif, "else": .kwElse, "except": .kwExcept, "finally": .kwFinally,
    "for": .kwFor, "from": .kwFrom, "global": .kwGlobal, "if": .kwIf, "import": .kwImport,
    "in": .kwIn, "is": .kwIs, "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot,
    "or": .kwOr, "pass": .kwPass, "raise": .kwRaise, "return": .kwReturn, "try": .kwTry,
    "while": .kwWhile, "with": .kwWith, "yield": .kwYield,
]

/// One token. Offsets index the lexer's scalar array; lines are 1-based and
/// columns 0-based code points, as in `SourceLocation`.
struct Token {
    var kind: TokenKind
    var start: Int
    var end: Int
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    /// For `.name` tokens and keywords, the identifier's number in `SourceText.identifiers`
    /// (its text is `Parser.text(of:)`); -1 otherwise. A number, not a String, keeps tokens
    /// plain data: the parser copies them without reference counting.
    var identifier: Int32 = -1
}
