import Foundation

/// The audit journal's lines chained together: each line begins `{"prev":"<hash>",`, the SHA-256 of the line before
/// it (of the empty text for the first line of a journal), so a line edited, added or removed anywhere but at the
/// end breaks the chain at the next line, and `doctor` names it. Lines written before the chain existed carry no
/// `prev` and are accepted only before the first chained line. Nothing ever rewrites the journal, compaction included.
enum AuditChain {
    static let genesis = SHA256.hex(of: [UInt8]())
    private static let opening = Array(#"{"prev":""#.utf8)

    static func hash(_ line: some Sequence<UInt8>) -> String { SHA256.hex(of: line) }

    /// Encoded entries (JSON objects, no `prev`, no newline) as chained lines after the line whose hash is
    /// `previous`; returns the bytes to append and the hash of the last line.
    static func link(_ encoded: [Data], after previous: String) -> (bytes: Data, last: String) {
        var bytes = Data(capacity: encoded.reduce(0) { $0 + $1.count + 80 })
        var last = previous
        for object in encoded {
            var line = opening + Array(last.utf8) + [UInt8(ascii: "\"")]
            // `{}` has no member to put a comma before; every entry has several.
            line += object.count > 2 ? [UInt8(ascii: ",")] + object.dropFirst() : [UInt8(ascii: "}")]
            last = hash(line)
            bytes += line
            bytes.append(0x0A)
        }
        return (bytes, last)
    }

    /// Where the chain breaks first: the line's number and why. A last line without its newline is an append in
    /// progress, as everywhere else.
    static func firstBreak(in data: Data) -> (line: Int, reason: String)? {
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        var previous: String?
        var chained = false
        for (index, line) in lines.enumerated() where !line.isEmpty && index < lines.count - 1 {
            let number = index + 1
            if let prev = self.prev(of: line) {
                let expected = previous ?? genesis
                if prev != expected {
                    return (number, previous == nil
                        ? "does not begin the journal: lines before it were removed"
                        : "does not follow the line before it: that line was changed, or lines were added or removed here")
                }
                chained = true
            } else if chained {
                return (number, "is not chained to the line before it: written by hand, or by something other than Casework")
            }
            previous = hash(line)
        }
        return nil
    }

    /// The `prev` a line begins with, if it does.
    private static func prev(of line: Data.SubSequence) -> String? {
        let bytes = Array(line.prefix(opening.count + 65))
        guard bytes.count == opening.count + 65, bytes.starts(with: opening), bytes.last == UInt8(ascii: "\"") else { return nil }
        return String(decoding: bytes[opening.count..<opening.count + 64], as: UTF8.self)
    }

    /// The hash of the journal's last complete line (the genesis value for an empty journal), read from its tail.
    static func tip(of file: OpenFile) throws -> String {
        let size = try file.size()
        guard size > 0 else { return genesis }
        var window = 4 << 10
        while true {
            if let last = try Journal.tailLines(of: file, window: window).last { return hash(last) }
            guard window < size else { return genesis }
            window *= 4
        }
    }
}
