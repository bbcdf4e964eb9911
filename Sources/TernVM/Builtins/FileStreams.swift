#if canImport(Glibc)
import Glibc
#endif

// Files that are not regular files (stdin, pipes, FIFOs, devices such as /dev/urandom)
// can be endless, so they are read on demand, only as far as a read needs; regular
// files are read whole when opened. Text is decoded as it arrives: an incomplete UTF-8
// sequence at the end of a chunk waits for the next one, and a "\r" remembers that a
// "\n" right after it belongs to the same newline.

/// How far a read needs a stream's contents to reach past the file's position.
enum FileNeed {
    case all, line, count(Int)
}

extension VM {
    /// Reads `state`'s descriptor into `state.contents` until `need` is met or input ends
    /// (open() reads a regular file so, with `.all`). stdin is read a byte at a time so
    /// that input() and child processes find the rest.
    func fillStream(_ state: FileState, _ need: FileNeed) {
        if state.atEndOfInput { return }
        var scanned = state.position
        func met() -> Bool {
            switch need {
            case .all: return false
            case .count(let count): return fileOffset(state, from: state.position, characters: count).found >= count
            case .line:
                if state.contents[scanned...].contains(10) { return true }
                scanned = state.contents.count
                return false
            }
        }
        if met() { return }
        if state.descriptor == 0 { flushStdout() }
        var chunk = [UInt8](repeating: 0, count: state.descriptor == 0 ? 1 : 65536)
        repeat {
            let count = chunk.withUnsafeMutableBytes { read(state.descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                state.atEndOfInput = true
                appendDecoded(state, [], final: true)
                return
            }
            appendDecoded(state, chunk[0..<count], final: false)
        } while !met()
    }

    /// Appends `bytes` to `state.contents`: as they are in binary mode, else as valid UTF-8
    /// (undecodable bytes replaced, with universal newlines for open()). Unless `final`, an
    /// incomplete last character waits.
    private func appendDecoded(_ state: FileState, _ bytes: ArraySlice<UInt8>, final: Bool) {
        if state.binary {
            state.contents.append(contentsOf: bytes)
            return
        }
        let text = state.pendingBytes.isEmpty ? bytes : ArraySlice(state.pendingBytes + bytes)
        var end = text.endIndex
        if !final, let start = text.indices.suffix(3).last(where: { text[$0] >= 0xC0 }) {
            let length = text[start] >= 0xF0 ? 4 : text[start] >= 0xE0 ? 3 : 2
            if end - start < length { end = start }
        }
        state.pendingBytes = Array(text[end...])
        var decoded = String(decoding: text[..<end], as: UTF8.self)
        decoded.withUTF8 { (utf8) in
            if !state.universalNewlines || !(state.previousCR || utf8.contains(13)) {
                state.contents.append(contentsOf: utf8)
                return
            }
            // "\r" and "\n" are single bytes in UTF-8: newlines translate byte by byte.
            for byte in utf8 {
                if byte == 10 && state.previousCR { state.previousCR = false; continue }
                state.previousCR = byte == 13
                state.contents.append(state.previousCR ? 10 : byte)
            }
        }
    }

    /// Where `count` characters from `start` end in a file's contents (bytes in binary mode,
    /// UTF-8 lead bytes in text mode), at most its end, and how many it found.
    func fileOffset(_ state: FileState, from start: Int, characters count: Int) -> (end: Int, found: Int) {
        if state.binary {
            let end = min(state.contents.count, start + count)
            return (end, end - start)
        }
        var end = start, found = 0
        while end < state.contents.count {
            if state.contents[end] & 0xC0 != 0x80 {
                if found == count { break }
                found += 1
            }
            end += 1
        }
        return (end, found)
    }
}
