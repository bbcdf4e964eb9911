// The backtracking matcher behind `_sre`: interprets the code CPython's
// re/_compiler.py produces. It follows the structure of CPython's sre_lib.h so that
// every match, group and lastindex comes out the same: a "context" per pending
// sub-match, kept on an explicit stack (never Swift recursion, so `(a|b)*` over a
// long subject cannot overflow the machine stack), capture marks saved and restored
// on a data stack around alternatives, and REPEAT records for the general repeats.

#if canImport(Glibc)
import Glibc
#endif

/// The code units of a subject, read in place: str stores 1 or 4 bytes per code
/// point, bytes 1 (Objects/Str.swift). Generic so each width gets its own loop.
protocol RegexText {
    subscript(index: Int) -> UInt32 { get }
    /// The first index in `from..<to` holding `c`, else `to`.
    func firstIndex(of c: UInt32, from: Int, to: Int) -> Int
}

struct NarrowRegexText: RegexText {
    let base: UnsafePointer<UInt8>
    @inline(__always) subscript(index: Int) -> UInt32 { UInt32(base[index]) }

    @inline(__always) func firstIndex(of c: UInt32, from: Int, to: Int) -> Int {
        guard c < 256, from < to, let found = memchr(base + from, Int32(c), to - from) else { return to }
        return found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
    }
}

struct WideRegexText: RegexText {
    let base: UnsafePointer<UInt32>
    @inline(__always) subscript(index: Int) -> UInt32 { base[index] }

    @inline(__always) func firstIndex(of c: UInt32, from: Int, to: Int) -> Int {
        var index = from
        while index < to && base[index] != c { index += 1 }
        return index
    }
}

/// Where a finished sub-match returns to in its parent (CPython's JUMP_* labels).
enum RegexResume: UInt8 {
    case none, maxUntilBelowMin, maxUntilMore, maxUntilTail, minUntilBelowMin, minUntilTail, minUntilMore
    case `repeat`, repeatOneLiteral, repeatOne, minRepeatOne, branch, assert, assertNot
    case possessiveBelowMin, possessiveMore, atomicGroup
}

/// One pending sub-match: where it stands and what it saved.
struct RegexContext {
    var pc = 0
    var ptr = 0
    var count = 0
    var lastmark = -1
    var lastindex = -1
    var repeatIndex = -1
    var literal: UInt32 = 0
    var toplevel = false
    var resume = RegexResume.none
}

/// The state of a general repeat (REPEAT ... MAX_UNTIL/MIN_UNTIL).
struct RegexRepeat {
    var count: Int
    var pc: Int          // the REPEAT opcode: its operands give min and max, the item follows
    var previous: Int    // the enclosing repeat, or -1
    var lastPtr: Int     // where the last iteration started (zero-width protection)
}

/// The growable state of a match, kept by the VM between matches.
struct RegexBuffers {
    var marks = RegexStack<Int>()
    var contexts = RegexStack<RegexContext>()
    var data = RegexStack<Int>()
    var repeats = RegexStack<RegexRepeat>()

    /// Set when a match needed more than `RegexMatcher.stackLimit` bytes of stacks: it stops, and
    /// the caller raises MemoryError (as CPython does when its stacks cannot grow).
    var exhausted = false

    var byteCount: Int { marks.byteCount + contexts.byteCount + data.byteCount + repeats.byteCount }

    mutating func trim() {
        marks.trim(); contexts.trim(); data.trim(); repeats.trim()
    }
}

/// What the dispatch loop asks its driver to do next.
enum RegexStep {
    case dispatch
    case finish(Bool)
    case enter(pc: Int, toplevel: Bool, resume: RegexResume)
}

struct RegexMatcher<Text: RegexText> {
    /// The code and the subject (index 0 is `state->beginning`), read only. The three
    /// read most are also stored here: a computed getter of the matcher, read inside a
    /// call on `input`, made Swift copy the whole matcher first.
    let input: RegexInput<Text>
    let code: UnsafePointer<UInt32>
    let text: Text
    let end: Int
    /// Where the current attempt started and where the match ended.
    var start = 0
    var ptr = 0
    var lastmark = -1
    var lastindex = -1
    var mustAdvance = false
    var matchAll = false
    /// The marks and stacks, lent by the VM so that a match allocates nothing once they have grown.
    var buffers: RegexBuffers
    private var marks: RegexStack<Int> {
        @inline(__always) get { buffers.marks }
        @inline(__always) _modify { yield &buffers.marks }
    }
    private var contexts: RegexStack<RegexContext> {
        @inline(__always) get { buffers.contexts }
        @inline(__always) _modify { yield &buffers.contexts }
    }
    private var data: RegexStack<Int> {
        @inline(__always) get { buffers.data }
        @inline(__always) _modify { yield &buffers.data }
    }
    private var repeats: RegexStack<RegexRepeat> {
        @inline(__always) get { buffers.repeats }
        @inline(__always) _modify { yield &buffers.repeats }
    }
    private var currentRepeat = -1
    private var pc = 0
    private var position = 0

    init(code: UnsafePointer<UInt32>, codeLength: Int, tables: UnsafeMutablePointer<UInt32>, text: Text,
         start: Int, end: Int, groups: Int, buffers: RegexBuffers) {
        self.input = RegexInput(code: code, codeLength: codeLength, tables: tables, text: text, end: end)
        self.code = code
        self.text = text
        self.end = end
        self.start = start
        self.ptr = start
        self.buffers = buffers
        self.buffers.marks.removeAll()
        self.buffers.marks.append(repeating: -1, count: 2 * groups)
    }

    /// Where group `group` (0-based, without group 0) starts and ends; -1 when it did not take part.
    func span(ofGroup group: Int) -> (Int, Int) {
        let mark = 2 * group
        if mark + 1 <= lastmark && marks[mark] >= 0 && marks[mark + 1] >= 0 { return (marks[mark], marks[mark + 1]) }
        return (-1, -1)
    }

    /// Forgets the captures of a failed attempt (RESET_CAPTURE_GROUP).
    @inline(__always) mutating func resetCaptures() {
        lastmark = -1
        lastindex = -1
    }

    // MARK: Searching

    /// Tries a match at `start` only (Pattern.match / fullmatch).
    mutating func matchHere() -> Bool {
        ptr = start
        return run(pc: 0, toplevel: true)
    }

    /// Finds the first match at or after `start`, using the INFO block's prefix or
    /// first-character set to skip positions that cannot match.
    mutating func search() -> Bool {
        var position = start
        var limit = end
        // An empty match here is refused when the caller asked for progress (findall, sub, finditer
        // after an empty match). `re`'s code never matches empty through a prefix or a set.
        let refused = mustAdvance ? start : -1
        if position > end { return false }
        var body = 0
        var flags: UInt32 = 0
        var prefixLength = 0, prefixSkip = 0, prefixStart = 0, charsetStart = -1
        if code[0] == RegexOp.info {
            flags = code[2]
            let minimum = Int(code[3])
            if minimum > 0 && end - position < minimum { return false }
            if minimum > 1 {
                limit = max(end - (minimum - 1), position)
            }
            if flags & RegexOp.infoPrefix != 0 {
                prefixLength = Int(code[5])
                prefixSkip = Int(code[6])
                prefixStart = 7
            } else if flags & RegexOp.infoCharset != 0 {
                charsetStart = 5
            }
            body = 1 + Int(code[1])
        }
        if prefixLength > 0 {
            // Every occurrence of the literal prefix, in order.
            mustAdvance = false
            let first = code[prefixStart]
            while position + prefixLength <= end {
                position = text.firstIndex(of: first, from: position, to: end - prefixLength + 1)
                if position + prefixLength <= end {
                    var matched = 1
                    while matched < prefixLength && text[position + matched] == code[prefixStart + matched] { matched += 1 }
                    if matched == prefixLength {
                        start = position
                        ptr = position + prefixSkip
                        if flags & RegexOp.infoLiteral != 0 && !(ptr == refused && start == refused) { return true }
                        if flags & RegexOp.infoLiteral == 0 && run(pc: body + 2 * prefixSkip, toplevel: false)
                            && !(ptr == refused && start == refused) { return true }
                        resetCaptures()
                    }
                }
                position += 1
            }
            return false
        }
        if charsetStart >= 0 {
            mustAdvance = false
            while true {
                while position < end && !input.setAccepts(0, text[position]) { position += 1 }
                if position >= end { return false }
                start = position
                ptr = position
                if run(pc: body, toplevel: false) && !(ptr == refused && start == refused) { return true }
                position += 1
                resetCaptures()
            }
        }
        start = position
        ptr = position
        if run(pc: body, toplevel: true) { return true }
        mustAdvance = false
        if code[body] == RegexOp.at && (code[body + 1] == RegexAt.beginning || code[body + 1] == RegexAt.beginningString) {
            return false
        }
        while position < limit {
            position += 1
            resetCaptures()
            start = position
            ptr = position
            if run(pc: body, toplevel: false) { return true }
        }
        return false
    }

    // MARK: The context machine

    /// The stacks' memory a match may use (hand-made code can repeat a zero-width item 2^32 times).
    static var stackLimit: Int { 1 << 28 }

    /// Matches the code from `entry` at `ptr`; on success `ptr` is where the match ended.
    mutating func run(pc entry: Int, toplevel: Bool) -> Bool {
        if buffers.exhausted { return false }
        contexts.removeAll()
        data.removeAll()
        repeats.removeAll()
        currentRepeat = -1
        var context = RegexContext()
        context.toplevel = toplevel
        contexts.append(context)
        pc = entry
        position = ptr
        var step = enterContext()
        while true {
            switch step {
            case .dispatch:
                step = dispatch()
            case .enter(let target, let nextToplevel, let resume):
                let top = contexts.count - 1
                contexts[top].pc = pc
                contexts[top].ptr = position
                context = RegexContext()
                context.toplevel = nextToplevel
                context.resume = resume
                contexts.append(context)
                if contexts.count & 0xFFF == 0 && buffers.byteCount > RegexMatcher<Text>.stackLimit {
                    buffers.exhausted = true
                    return false
                }
                pc = target
                step = enterContext()
            case .finish(let matched):
                let resume = contexts.top.pointee.resume
                contexts.removeLast()
                if contexts.isEmpty { return matched }
                pc = contexts[contexts.count - 1].pc
                position = contexts[contexts.count - 1].ptr
                step = resumeAfter(resume, matched)
            }
        }
    }

    /// A new context starts: an INFO block in front of the code may rule it out at once.
    @inline(__always) private mutating func enterContext() -> RegexStep {
        position = ptr
        if code[pc] == RegexOp.info {
            let minimum = Int(code[pc + 3])
            if minimum > 0 && end - position < minimum { return .finish(false) }
            pc += Int(code[pc + 1]) + 1
        }
        return .dispatch
    }

    private var top: Int { @inline(__always) get { contexts.count - 1 } }

    @inline(__always) private mutating func saveLastmark() {
        contexts[top].lastmark = lastmark
        contexts[top].lastindex = lastindex
    }

    @inline(__always) private mutating func restoreLastmark() {
        lastmark = contexts[top].lastmark
        lastindex = contexts[top].lastindex
    }

    /// MARK_PUSH: saves the marks up to the context's saved lastmark.
    @inline(__always) private mutating func pushMarks() {
        let saved = contexts[top].lastmark
        if saved >= 0 { data.append(marks, from: 0, through: saved) }
    }

    /// MARK_POP (keep: false) / MARK_POP_KEEP (keep: true).
    @inline(__always) private mutating func popMarks(keep: Bool) {
        let saved = contexts[top].lastmark
        if saved < 0 { return }
        let base = data.count - (saved + 1)
        for index in 0...saved { marks[index] = data[base + index] }
        if !keep { data.removeLast(saved + 1) }
    }

    @inline(__always) private mutating func discardMarks() {
        let saved = contexts[top].lastmark
        if saved >= 0 { data.removeLast(saved + 1) }
    }

    /// The simple opcodes run here; the first one that needs a sub-match, or ends
    /// this context, returns.
    @inline(__always) private mutating func dispatch() -> RegexStep {
        while true {
            let op = code[pc]
            switch op {
            case RegexOp.mark:
                let index = Int(code[pc + 1])
                if index & 1 != 0 { lastindex = index / 2 + 1 }
                if index > lastmark {
                    // Marks between the old and new highest one were not reached.
                    var gap = lastmark + 1
                    while gap < index { marks[gap] = -1; gap += 1 }
                    lastmark = index
                }
                marks[index] = position
                pc += 2
            case RegexOp.literal:
                if position >= end || text[position] != code[pc + 1] { return .finish(false) }
                pc += 2; position += 1
            case RegexOp.notLiteral:
                if position >= end || text[position] == code[pc + 1] { return .finish(false) }
                pc += 2; position += 1
            case RegexOp.success:
                if contexts[top].toplevel && ((matchAll && position != end) || (mustAdvance && position == start)) {
                    return .finish(false)
                }
                ptr = position
                return .finish(true)
            case RegexOp.at:
                if !input.isAt(code[pc + 1], position) { return .finish(false) }
                pc += 2
            case RegexOp.category, RegexOp.any, RegexOp.anyAll, RegexOp.literalIgnore, RegexOp.literalUnicodeIgnore,
                 RegexOp.literalLocaleIgnore, RegexOp.notLiteralIgnore, RegexOp.notLiteralUnicodeIgnore,
                 RegexOp.notLiteralLocaleIgnore:
                if position >= end || !input.matchesOne(pc, text[position]) { return .finish(false) }
                pc += op == RegexOp.any || op == RegexOp.anyAll ? 1 : 2
                position += 1
            case RegexOp.in, RegexOp.inIgnore, RegexOp.inUnicodeIgnore, RegexOp.inLocaleIgnore:
                if position >= end || !input.setAccepts(pc, text[position]) { return .finish(false) }
                pc += 1 + Int(code[pc + 1])
                position += 1
            case RegexOp.jump, RegexOp.info:
                pc += 1 + Int(code[pc + 1])
            case RegexOp.branch:
                saveLastmark()
                if currentRepeat >= 0 { pushMarks() }
                pc += 1
                return nextBranch()
            case RegexOp.repeatOne:
                return startRepeatOne()
            case RegexOp.minRepeatOne:
                return startMinRepeatOne()
            case RegexOp.possessiveRepeatOne:
                let minimum = Int(code[pc + 2])
                if minimum > end - position { return .finish(false) }
                let count = input.countRepetitions(pc + 4, from: position, maximum: code[pc + 3])
                if count < minimum { return .finish(false) }
                position += count
                pc += 1 + Int(code[pc + 1])
                if code[pc] == RegexOp.success && position == end
                    && !(contexts[top].toplevel && mustAdvance && position == start) {
                    ptr = position
                    return .finish(true)
                }
            case RegexOp.repeat:
                repeats.append(RegexRepeat(count: -1, pc: pc, previous: currentRepeat, lastPtr: -1))
                currentRepeat = repeats.count - 1
                contexts[top].repeatIndex = currentRepeat
                ptr = position
                return .enter(pc: pc + 1 + Int(code[pc + 1]), toplevel: contexts[top].toplevel, resume: .repeat)
            case RegexOp.maxUntil:
                return startMaxUntil()
            case RegexOp.minUntil:
                return startMinUntil()
            case RegexOp.possessiveRepeat:
                ptr = position
                contexts[top].count = 0
                if code[pc + 2] > 0 {
                    return .enter(pc: pc + 4, toplevel: false, resume: .possessiveBelowMin)
                }
                return continuePossessiveRepeat(lastStart: -1)
            case RegexOp.atomicGroup:
                ptr = position
                return .enter(pc: pc + 2, toplevel: false, resume: .atomicGroup)
            case RegexOp.groupref, RegexOp.grouprefIgnore, RegexOp.grouprefUnicodeIgnore, RegexOp.grouprefLocaleIgnore:
                guard matchBackreference(op, group: Int(code[pc + 1])) else { return .finish(false) }
                pc += 2
            case RegexOp.grouprefExists:
                let group = Int(code[pc + 1]) * 2
                if group >= lastmark || marks[group] < 0 || marks[group + 1] < 0 || marks[group + 1] < marks[group] {
                    pc += 1 + Int(code[pc + 2])
                } else {
                    pc += 3
                }
            case RegexOp.assert:
                let back = Int(code[pc + 2])
                if position < back { return .finish(false) }
                ptr = position - back
                return .enter(pc: pc + 3, toplevel: false, resume: .assert)
            case RegexOp.assertNot:
                let back = Int(code[pc + 2])
                if position >= back {
                    ptr = position - back
                    saveLastmark()
                    if currentRepeat >= 0 { pushMarks() }
                    return .enter(pc: pc + 3, toplevel: false, resume: .assertNot)
                }
                pc += 1 + Int(code[pc + 1])
            default:
                // FAILURE, and operands that are never executed as opcodes.
                return .finish(false)
            }
        }
    }

    /// Picks up a context after the sub-match it started has finished.
    @inline(__always) private mutating func resumeAfter(_ resume: RegexResume, _ matched: Bool) -> RegexStep {
        switch resume {
        case .none:
            return .finish(matched)
        case .branch:
            if matched {
                if currentRepeat >= 0 { discardMarks() }
                return .finish(true)
            }
            if currentRepeat >= 0 { popMarks(keep: true) }
            restoreLastmark()
            pc += Int(code[pc])
            return nextBranch()
        case .repeatOneLiteral, .repeatOne:
            if matched {
                if currentRepeat >= 0 { discardMarks() }
                return .finish(true)
            }
            if currentRepeat >= 0 { popMarks(keep: true) }
            restoreLastmark()
            position -= 1
            contexts[top].count -= 1
            return resume == .repeatOne ? nextRepeatOne() : nextRepeatOneLiteral()
        case .minRepeatOne:
            if matched {
                if currentRepeat >= 0 { discardMarks() }
                return .finish(true)
            }
            if currentRepeat >= 0 { popMarks(keep: true) }
            restoreLastmark()
            ptr = position
            if input.countRepetitions(pc + 4, from: position, maximum: 1) == 0 {
                if currentRepeat >= 0 { discardMarks() }
                return .finish(false)
            }
            position += 1
            contexts[top].count += 1
            return nextMinRepeatOne()
        case .repeat:
            currentRepeat = repeats[contexts[top].repeatIndex].previous
            repeats.removeLast()
            return .finish(matched)
        case .maxUntilBelowMin, .minUntilBelowMin:
            if matched { return .finish(true) }
            repeats[contexts[top].repeatIndex].count = contexts[top].count - 1
            ptr = position
            return .finish(false)
        case .maxUntilMore:
            let index = contexts[top].repeatIndex
            repeats[index].lastPtr = data.removeLast()
            if matched {
                discardMarks()
                return .finish(true)
            }
            popMarks(keep: false)
            restoreLastmark()
            repeats[index].count = contexts[top].count - 1
            ptr = position
            return maxUntilTail()
        case .maxUntilTail:
            currentRepeat = contexts[top].repeatIndex
            if matched { return .finish(true) }
            ptr = position
            return .finish(false)
        case .minUntilTail:
            let tailRepeat = currentRepeat
            let index = contexts[top].repeatIndex
            currentRepeat = index
            if matched {
                if tailRepeat >= 0 { discardMarks() }
                return .finish(true)
            }
            if tailRepeat >= 0 { popMarks(keep: false) }
            restoreLastmark()
            ptr = position
            let maximum = code[repeats[index].pc + 3]
            if (contexts[top].count >= Int(maximum) && maximum != RegexOp.maxRepeat) || ptr == repeats[index].lastPtr {
                return .finish(false)
            }
            repeats[index].count = contexts[top].count
            data.append(repeats[index].lastPtr)
            repeats[index].lastPtr = ptr
            return .enter(pc: repeats[index].pc + 4, toplevel: contexts[top].toplevel, resume: .minUntilMore)
        case .minUntilMore:
            let index = contexts[top].repeatIndex
            repeats[index].lastPtr = data.removeLast()
            if matched { return .finish(true) }
            repeats[index].count = contexts[top].count - 1
            ptr = position
            return .finish(false)
        case .assert:
            if !matched { return .finish(false) }
            pc += 1 + Int(code[pc + 1])
            return .dispatch
        case .assertNot:
            if matched {
                if currentRepeat >= 0 { discardMarks() }
                return .finish(false)
            }
            if currentRepeat >= 0 { popMarks(keep: false) }
            restoreLastmark()
            pc += 1 + Int(code[pc + 1])
            return .dispatch
        case .possessiveBelowMin:
            if !matched {
                ptr = position
                return .finish(false)
            }
            contexts[top].count += 1
            if contexts[top].count < Int(code[pc + 2]) {
                return .enter(pc: pc + 4, toplevel: false, resume: .possessiveBelowMin)
            }
            return continuePossessiveRepeat(lastStart: -1)
        case .possessiveMore:
            // The context's ptr holds where this iteration started.
            if matched {
                discardMarks()
                contexts[top].count += 1
                return continuePossessiveRepeat(lastStart: position)
            }
            popMarks(keep: false)
            restoreLastmark()
            ptr = position
            return finishPossessiveRepeat()
        case .atomicGroup:
            if !matched {
                ptr = position
                return .finish(false)
            }
            pc += 1 + Int(code[pc + 1])
            position = ptr
            return .dispatch
        }
    }

    // MARK: Alternation and repeats

    /// Tries the alternative at `pc` (its skip word) and the ones after it.
    @inline(__always) private mutating func nextBranch() -> RegexStep {
        while code[pc] != 0 {
            let first = code[pc + 1]
            if first == RegexOp.literal && (position >= end || text[position] != code[pc + 2]) {
                pc += Int(code[pc]); continue
            }
            if first == RegexOp.in && (position >= end || !input.setAccepts(pc + 1, text[position])) {
                pc += Int(code[pc]); continue
            }
            ptr = position
            return .enter(pc: pc + 1, toplevel: contexts[top].toplevel, resume: .branch)
        }
        if currentRepeat >= 0 { discardMarks() }
        return .finish(false)
    }

    /// REPEAT_ONE <skip> <min> <max> item SUCCESS tail: take as many as possible, then give back.
    @inline(__always) private mutating func startRepeatOne() -> RegexStep {
        let minimum = Int(code[pc + 2])
        if minimum > end - position { return .finish(false) }
        let count = input.countRepetitions(pc + 4, from: position, maximum: code[pc + 3])
        if count < minimum { return .finish(false) }
        position += count
        contexts[top].count = count
        let tail = pc + 1 + Int(code[pc + 1])
        if code[tail] == RegexOp.success && position == end && !(contexts[top].toplevel && mustAdvance && position == start) {
            ptr = position
            return .finish(true)
        }
        saveLastmark()
        if currentRepeat >= 0 { pushMarks() }
        if code[tail] == RegexOp.literal {
            contexts[top].literal = code[tail + 1]
            return nextRepeatOneLiteral()
        }
        return nextRepeatOne()
    }

    @inline(__always) private mutating func nextRepeatOne() -> RegexStep {
        let minimum = Int(code[pc + 2])
        if contexts[top].count >= minimum {
            ptr = position
            return .enter(pc: pc + 1 + Int(code[pc + 1]), toplevel: contexts[top].toplevel, resume: .repeatOne)
        }
        if currentRepeat >= 0 { discardMarks() }
        return .finish(false)
    }

    /// When the tail starts with a literal, only positions in front of that literal are tried.
    @inline(__always) private mutating func nextRepeatOneLiteral() -> RegexStep {
        let minimum = Int(code[pc + 2])
        let literal = contexts[top].literal
        var count = contexts[top].count
        while count >= minimum && (position >= end || text[position] != literal) {
            position -= 1
            count -= 1
        }
        contexts[top].count = count
        if count < minimum {
            if currentRepeat >= 0 { discardMarks() }
            return .finish(false)
        }
        ptr = position
        return .enter(pc: pc + 1 + Int(code[pc + 1]), toplevel: contexts[top].toplevel, resume: .repeatOneLiteral)
    }

    /// MIN_REPEAT_ONE: take the minimum, then one more each time the tail fails.
    @inline(__always) private mutating func startMinRepeatOne() -> RegexStep {
        let minimum = Int(code[pc + 2])
        if minimum > end - position { return .finish(false) }
        var count = 0
        if minimum > 0 {
            count = input.countRepetitions(pc + 4, from: position, maximum: code[pc + 2])
            if count < minimum { return .finish(false) }
            position += count
        }
        contexts[top].count = count
        let tail = pc + 1 + Int(code[pc + 1])
        if code[tail] == RegexOp.success
            && !(contexts[top].toplevel && ((matchAll && position != end) || (mustAdvance && position == start))) {
            ptr = position
            return .finish(true)
        }
        saveLastmark()
        if currentRepeat >= 0 { pushMarks() }
        return nextMinRepeatOne()
    }

    @inline(__always) private mutating func nextMinRepeatOne() -> RegexStep {
        let maximum = code[pc + 3]
        if maximum == RegexOp.maxRepeat || contexts[top].count <= Int(maximum) {
            ptr = position
            return .enter(pc: pc + 1 + Int(code[pc + 1]), toplevel: contexts[top].toplevel, resume: .minRepeatOne)
        }
        if currentRepeat >= 0 { discardMarks() }
        return .finish(false)
    }

    /// MAX_UNTIL ends an iteration of a greedy REPEAT: try another one, else the tail.
    @inline(__always) private mutating func startMaxUntil() -> RegexStep {
        let index = currentRepeat
        guard index >= 0 else { return .finish(false) }
        contexts[top].repeatIndex = index
        ptr = position
        let count = repeats[index].count + 1
        contexts[top].count = count
        let repeatPC = repeats[index].pc
        if count < Int(code[repeatPC + 2]) {
            repeats[index].count = count
            return .enter(pc: repeatPC + 4, toplevel: contexts[top].toplevel, resume: .maxUntilBelowMin)
        }
        let maximum = code[repeatPC + 3]
        if (count < Int(maximum) || maximum == RegexOp.maxRepeat) && ptr != repeats[index].lastPtr {
            repeats[index].count = count
            saveLastmark()
            pushMarks()
            data.append(repeats[index].lastPtr)
            repeats[index].lastPtr = ptr
            return .enter(pc: repeatPC + 4, toplevel: contexts[top].toplevel, resume: .maxUntilMore)
        }
        return maxUntilTail()
    }

    @inline(__always) private mutating func maxUntilTail() -> RegexStep {
        currentRepeat = repeats[contexts[top].repeatIndex].previous
        return .enter(pc: pc + 1, toplevel: contexts[top].toplevel, resume: .maxUntilTail)
    }

    /// MIN_UNTIL ends an iteration of a lazy REPEAT: try the tail first, then another iteration.
    @inline(__always) private mutating func startMinUntil() -> RegexStep {
        let index = currentRepeat
        guard index >= 0 else { return .finish(false) }
        contexts[top].repeatIndex = index
        ptr = position
        let count = repeats[index].count + 1
        contexts[top].count = count
        let repeatPC = repeats[index].pc
        if count < Int(code[repeatPC + 2]) {
            repeats[index].count = count
            return .enter(pc: repeatPC + 4, toplevel: contexts[top].toplevel, resume: .minUntilBelowMin)
        }
        currentRepeat = repeats[index].previous
        saveLastmark()
        if currentRepeat >= 0 { pushMarks() }
        return .enter(pc: pc + 1, toplevel: contexts[top].toplevel, resume: .minUntilTail)
    }

    /// POSSESSIVE_REPEAT past its minimum: more iterations while they match and
    /// advance; `lastStart` is where the previous iteration started (-1: none yet).
    @inline(__always) private mutating func continuePossessiveRepeat(lastStart: Int) -> RegexStep {
        let maximum = code[pc + 3]
        if (contexts[top].count < Int(maximum) || maximum == RegexOp.maxRepeat) && ptr != lastStart {
            saveLastmark()
            pushMarks()
            // The context keeps `position`, where this iteration starts, for when it returns.
            position = ptr
            return .enter(pc: pc + 4, toplevel: false, resume: .possessiveMore)
        }
        return finishPossessiveRepeat()
    }

    @inline(__always) private mutating func finishPossessiveRepeat() -> RegexStep {
        pc += 1 + Int(code[pc + 1]) + 1
        position = ptr
        return .dispatch
    }

    /// GROUPREF and its case-ignoring variants: the text of group `group` again at `position`.
    private mutating func matchBackreference(_ op: UInt32, group: Int) -> Bool {
        let index = group * 2
        if index >= lastmark { return false }
        var from = marks[index]
        let to = marks[index + 1]
        if from < 0 || to < 0 || to < from { return false }
        while from < to {
            if position >= end { return false }
            let a = text[position], b = text[from]
            switch op {
            case RegexOp.grouprefIgnore:
                if RegexCharacters.lowerASCII(a) != RegexCharacters.lowerASCII(b) { return false }
            case RegexOp.grouprefUnicodeIgnore:
                if RegexCharacters.lowerUnicode(a) != RegexCharacters.lowerUnicode(b) { return false }
            case RegexOp.grouprefLocaleIgnore:
                if RegexCharacters.lowerLocale(a) != RegexCharacters.lowerLocale(b) { return false }
            default:
                if a != b { return false }
            }
            from += 1
            position += 1
        }
        return true
    }
}
