#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `index.jsonl` forward from an offset in large chunks, line by line, without holding the whole file:
/// the listing at 100,000 cases must stay fast and small. A last line without its newline is a write still in
/// progress (or torn by a crash) and is left unread; `end` stops before it.
struct IndexReader {
    /// One complete line, as the visitor sees it.
    enum Line {
        case entry(IndexEntry)
        /// Why the line cannot be read, in words that quote nothing from it.
        case problem(String)
    }

    struct Position: Hashable, Sendable {
        /// The byte just past the last complete line read.
        var end: Int
        /// Complete lines up to `end`, counted from the start of the file.
        var lines: Int
    }

    let decoder: IndexLineDecoder
    var chunkSize = 1 << 20

    init(decoder: IndexLineDecoder) { self.decoder = decoder }

    /// Calls `visit` with each complete line after `from`, decoded, with its number (counted on from `from.lines`)
    /// and the offset where it starts.
    func read(_ file: OpenFile, from: Position, until: Int = .max, wantCommit: Bool,
              visit: (Line, _ number: Int, _ offset: Int) throws -> Void) throws -> Position {
        try lines(file, from: from, until: until) { bytes, number, offset, scratch in
            try visit(decode(bytes, number: number, scratch: scratch, wantCommit: wantCommit), number, offset)
        }
    }

    /// Calls `visit` with the bytes of each complete, non-blank line after `from` and before `until` (a line start)
    /// without its newline, its number and offset, and a scratch area at least as long as the line.
    func lines(_ file: OpenFile, from: Position, until: Int = .max,
               visit: (UnsafeBufferPointer<UInt8>, _ number: Int, _ offset: Int, UnsafeMutablePointer<UInt8>) throws -> Void)
        throws -> Position {
        var capacity = chunkSize
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        var scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer {
            buffer.deallocate()
            scratch.deallocate()
        }
        var position = from
        var kept = 0  // bytes of an unfinished line carried to the front of the buffer
        var fileOffset = from.end
        while true {
            if kept == capacity {
                // One line longer than the buffer: grow both, keeping the part read so far.
                let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity * 2, alignment: 8)
                bigger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = bigger
                scratch.deallocate()
                capacity *= 2
                scratch = .allocate(capacity: capacity)
            }
            let room = min(capacity - kept, until - fileOffset)
            let got = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[kept..<kept + room]), at: fileOffset)
            if got == 0 { return position }
            fileOffset += got
            let filled = kept + got
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
            var lineStart = 0
            while let newline = Self.nextNewline(bytes, from: lineStart) {
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<newline])
                position.lines += 1
                if !Self.isBlank(line) { try visit(line, position.lines, position.end, scratch) }
                position.end += newline + 1 - lineStart
                lineStart = newline + 1
            }
            kept = filled - lineStart
            if kept > 0 && lineStart > 0 {
                UnsafeMutableRawBufferPointer(rebasing: buffer[0..<kept])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[lineStart..<filled]))
            }
        }
    }

    func decode(_ line: UnsafeBufferPointer<UInt8>, number: Int, scratch: UnsafeMutablePointer<UInt8>,
                wantCommit: Bool) -> Line {
        do {
            return .entry(try decoder.decode(line, scratch: scratch, wantCommit: wantCommit))
        } catch {
            return .problem(DecodingProblem.reason(error))
        }
    }

    static func problem(line number: Int, _ reason: String) -> StoreProblem {
        StoreProblem(file: DataDirectory.indexFile, position: "line \(number)", reason: reason)
    }

    /// Everything after `from`, folded (highest revision per ref, in order of first appearance), with the lines
    /// that cannot be read. A big index is cut at line starts into pieces read on every core, then folded in order.
    /// `pieces` overrides how many pieces to cut (the default: one per core for every 8 MB, at most four).
    static func fold(_ file: OpenFile, from: Position = Position(end: 0, lines: 0), pieces: Int? = nil) throws -> Folded {
        let size = try file.size()
        let pieces = pieces ?? Parallel.pieces(for: size - from.end, minimum: 8 << 20)
        var starts = [from.end]
        for piece in 1..<max(1, pieces) {
            starts.append(try lineStart(in: file, after: max(starts[piece - 1], from.end + (size - from.end) * piece / pieces)))
        }
        let bounds = starts
        let last = try lastCommit(file)
        // Never more than one line per 64 bytes, whatever a (hand-edited) counter says.
        let capacity = min(max(0, (last?.line ?? 0) - from.lines) + 16, (size - from.end) / 64 + 16)
        var parts = try Parallel.map(pieces) { piece in
            // The first piece gets room for every line, so the others can be appended to it without regrowing.
            var summaries: [CaseSummary] = []
            summaries.reserveCapacity(piece == 0 ? capacity : capacity / pieces + 64)
            var problems: [(line: Int, reason: String)] = []
            let until = piece + 1 < pieces ? bounds[piece + 1] : .max
            let decoder = IndexLineDecoder()
            let end = try IndexReader(decoder: decoder).lines(file, from: Position(end: bounds[piece], lines: 0), until: until) {
                bytes, number, _, scratch in
                summaries.append(IndexLineDecoder.blank)
                guard !decoder.fast(bytes, scratch: scratch, into: &summaries[summaries.count - 1]) else { return }
                summaries.removeLast()
                do {
                    summaries.append(try decoder.slow(bytes).summary)
                } catch {
                    problems.append((number, DecodingProblem.reason(error)))
                }
            }
            return (summaries: summaries, problems: problems, end: end)
        }
        var problems: [StoreProblem] = []
        var position = from
        for part in parts {
            problems += part.problems.map { problem(line: position.lines + $0.line, $0.reason) }
            position = Position(end: part.end.end, lines: position.lines + part.end.lines)
        }
        var results = parts.map(\.summaries)
        parts.removeAll()
        return Folded(fold: IndexFold(pieces: &results), problems: problems, position: position, last: last)
    }

    /// What `fold` read.
    struct Folded {
        var fold: IndexFold
        var problems: [StoreProblem]
        var position: Position
        /// The last line's counters (nil when the hand reader cannot read it): how many lines to expect, and what
        /// the last rebuild left out.
        var last: Commit?
    }

    /// The counters of the index's last line, read from the tail.
    static func lastCommit(_ file: OpenFile) throws -> Commit? {
        let tail = try Journal.tailLines(of: file, window: 16 << 10)
        let decoder = IndexLineDecoder()
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 16 << 10)
        defer { scratch.deallocate() }
        return tail.last.flatMap { line in line.withUnsafeBufferPointer { decoder.fast($0, scratch: scratch, wantCommit: true) } }?.commit
    }

    /// The first line start at or after `offset` (the end of the file if there is none).
    private static func lineStart(in file: OpenFile, after offset: Int) throws -> Int {
        var at = offset
        while true {
            let chunk = try file.read(at: at, count: 64 << 10)
            if let newline = chunk.firstIndex(of: 0x0A) { return at + newline + 1 }
            if chunk.count < 64 << 10 { return at + chunk.count }
            at += chunk.count
        }
    }

    private static func nextNewline(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        let base = UnsafeRawPointer(bytes.baseAddress! + index)
        guard let found = memchr(base, 0x0A, bytes.count - index) else { return nil }
        return index + (UnsafeRawPointer(found) - base)
    }

    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
