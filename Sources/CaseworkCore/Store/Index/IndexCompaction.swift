import Foundation

/// Rewrites `index.jsonl` with one line per case (its latest) once the log has grown past 1.5 lines a case.
/// Runs under the lock after a write. The summaries are copied byte for byte from the old lines, with fresh
/// counters (and the count of case files the last rebuild left out); a line the hand reader could not place is
/// encoded again. The new file replaces the old atomically, so readers see the old index or the new one;
/// `changes()` notices the new inode and reads it in full.
struct IndexCompaction {
    let directory: DataDirectory
    let coders: StoreCoders

    /// Below this many lines the log is left alone: a small file costs nothing to read.
    static let minimumLines = 256

    static func isDue(_ last: Commit) -> Bool { last.line >= minimumLines && last.line * 2 > last.cases * 3 }

    /// Returns false (and changes nothing) when any line is unreadable: that is for doctor to look at.
    @discardableResult
    func run(_ journal: Journal) throws -> Bool {
        let reader = IndexReader(decoder: coders.indexLine)
        let start = IndexReader.Position(end: 0, lines: 0)

        // Pass 1: which line holds each case's latest summary.
        var latest: [String: (line: Int, revision: Int, range: Range<Int>?)] = [:]
        var reencoded: [Int: CaseSummary] = [:]
        var unreadable = false
        _ = try reader.read(journal.index, from: start, wantCommit: false) { line, number, _ in
            guard case .entry(let entry) = line else {
                unreadable = true
                return
            }
            let summary = entry.summary
            if let held = latest[summary.ref], held.revision > summary.revision { return }
            if let held = latest[summary.ref] { reencoded[held.line] = nil }
            latest[summary.ref] = (number, summary.revision, entry.summaryRange)
            if entry.summaryRange == nil { reencoded[number] = summary }
        }
        guard !unreadable else { return false }
        let keep = Set(latest.values.map(\.line))
        let top = latest.keys.compactMap(CaseRef.number).max() ?? 0
        let unlisted = journal.last.unlisted.map { ",\"unlisted\":\($0)" } ?? ""
        let ranges = Dictionary(uniqueKeysWithValues: latest.values.compactMap { held in held.range.map { (held.line, $0) } })

        // Pass 2: copy the kept summaries into a new file, numbering the lines afresh.
        let name = DataDirectory.tempName("index", "compact", extension: "jsonl")
        let relative = DataDirectory.tmpFile(name)
        let output = try directory.open(relative, flags: O_WRONLY | O_CREAT | O_EXCL)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var written = 0
        _ = try reader.lines(journal.index, from: start) { bytes, number, _, _ in
            guard keep.contains(number) else { return }
            let summary: [UInt8]
            if let range = ranges[number] {
                summary = Array(bytes[range])
            } else {
                summary = Array(try coders.line.encode(reencoded[number]!))
            }
            // One line per case, so the line number is also the count of cases so far.
            written += 1
            buffer += Array("{\"commit\":{\"cases\":\(written),\"line\":\(written),\"top\":\(top)\(unlisted)},\"summary\":".utf8)
            buffer += summary
            buffer += Array("}\n".utf8)
            if buffer.count >= 1 << 20 {
                try output.writeAll(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try output.writeAll(buffer)
        try output.sync()
        try directory.rename(relative, to: DataDirectory.indexFile)
        try directory.syncDirectory("")
        return true
    }
}
