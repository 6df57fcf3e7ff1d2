#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The index and the audit journal as a writer holds them under the lock. Opening cuts off a torn last line (a
/// writer died mid-append, so that line never committed) and reads the last commit's counters from the tail,
/// so a write costs the same at 1,000 cases as at 100,000.
final class Journal {
    let index: OpenFile
    let audit: OpenFile
    /// The counters after the last complete index line.
    private(set) var last: Commit
    /// True when the last line could not be read and the counters came from a scan of the whole index.
    private(set) var countedByScan = false
    /// Set when `index.jsonl` was replaced while held (a rebuild): `index` and `last` describe the old file.
    var indexReplaced = false
    /// The hash of the audit journal's last line once known, so a second append in one lock reads no tail.
    private var auditTip: String?
    private let coders: StoreCoders

    init(directory: DataDirectory, coders: StoreCoders) throws {
        self.coders = coders
        index = try directory.open(DataDirectory.indexFile, flags: O_RDWR | O_APPEND | O_CREAT)
        audit = try directory.open(DataDirectory.auditFile, flags: O_RDWR | O_APPEND | O_CREAT)
        try Self.cutTornTail(index)
        try Self.cutTornTail(audit)
        last = .empty
        try readLastCommit()
    }

    /// Appends the lines in one write and syncs them: from here on, the commits they record count.
    func append(_ lines: [IndexLine]) throws {
        guard let final = lines.last else { return }
        try append(StoreCoders.encodeAll(lines, like: coders.line, newline: true), to: index)
        last = final.commit
    }

    /// Audit lines made ready to append: encoded and chained to the journal's last line.
    struct AuditLines {
        fileprivate let bytes: Data
        fileprivate let last: String
    }

    /// Encodes and chains the entries (see `AuditChain`) without writing them, so a writer can do every step that
    /// could fail before its commit point.
    func auditLines(_ entries: [AuditEntry]) throws -> AuditLines {
        let encoded = try StoreCoders.encodeAll(entries, like: coders.audit)
        let linked = AuditChain.link(encoded, after: try auditTip ?? AuditChain.tip(of: audit))
        return AuditLines(bytes: linked.bytes, last: linked.last)
    }

    /// Appends lines made by `auditLines` in one write, and syncs them.
    func append(_ lines: AuditLines) throws {
        guard !lines.bytes.isEmpty else { return }
        try write(lines.bytes, to: audit)
        auditTip = lines.last
    }

    func appendAudit(_ entries: [AuditEntry]) throws {
        guard !entries.isEmpty else { return }
        try append(auditLines(entries))
    }

    private func append(_ lines: [Data], to file: OpenFile) throws {
        var bytes = Data(capacity: lines.reduce(0) { $0 + $1.count })
        for line in lines { bytes += line }
        try write(bytes, to: file)
    }

    private func write(_ bytes: Data, to file: OpenFile) throws {
        try bytes.withUnsafeBytes { try file.writeAll($0) }
        try file.syncData()
    }

    /// The complete lines among the last `window` bytes of a log, oldest first.
    static func tailLines(of file: OpenFile, window: Int) throws -> [[UInt8]] {
        let size = try file.size()
        let start = max(0, size - window)
        let bytes = try file.read(at: start, count: size - start)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map { Array($0) }
        // The first piece may be only part of a line unless the window reaches the start of the file.
        if start > 0, !lines.isEmpty { lines.removeFirst() }
        return lines
    }

    /// The counters from the last line; if that line cannot be read, from a scan of every line.
    private func readLastCommit() throws {
        var window = 16 << 10
        let size = try index.size()
        guard size > 0 else { return }
        while true {
            let lines = try Self.tailLines(of: index, window: window)
            if let line = lines.last {
                if let commit = Self.commit(of: line, decoder: coders.indexLine) {
                    last = commit
                    return
                }
                break
            }
            guard window < size else { break }
            window *= 4
        }
        try countByScan()
    }

    private static func commit(of line: [UInt8], decoder: IndexLineDecoder) -> Commit? {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: max(line.count, 1))
        defer { scratch.deallocate() }
        return line.withUnsafeBufferPointer { try? decoder.decode($0, scratch: scratch, wantCommit: true).commit }
    }

    private func countByScan() throws {
        let read = try IndexReader.fold(index)
        let top = read.fold.summaries.compactMap { CaseRef.number($0.ref) }.max() ?? 0
        last = Commit(line: read.position.lines, cases: read.fold.count, top: top)
        countedByScan = true
    }

    /// Cuts a log back to its last newline. Only a writer that died mid-append leaves one, and only under the
    /// lock is this safe: no live writer is appending.
    private static func cutTornTail(_ file: OpenFile) throws {
        let size = try file.size()
        guard size > 0, try file.read(at: size - 1, count: 1) != [0x0A] else { return }
        var end = size
        var keep = 0
        while end > 0 {
            let start = max(0, end - (64 << 10))
            let chunk = try file.read(at: start, count: end - start)
            if let newline = chunk.lastIndex(of: 0x0A) {
                keep = start + newline + 1
                break
            }
            end = start
        }
        try file.truncate(to: keep)
        try file.syncData()
    }
}
