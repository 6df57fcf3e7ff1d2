#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JSONFileStore {
    /// Every case's summary, folded from the index (highest revision per ref, in order of first appearance).
    /// Reads no case file. Lines that cannot be read are reported with their numbers.
    public func summaries() throws -> IndexSnapshot {
        guard let file = try openIndex() else {
            indexMark = nil
            let missing = StoreProblem(file: DataDirectory.indexFile, position: "",
                                       reason: "is missing; doctor --repair rebuilds it from the case files")
            return IndexSnapshot(summaries: [], problems: [missing])
        }
        let info = try file.status()
        let read = try IndexReader.fold(file)
        indexMark = IndexMark(info, position: read.position)
        var problems = read.problems
        if let unlisted = read.last?.unlisted, unlisted > 0 { problems.append(.unlisted(unlisted)) }
        return IndexSnapshot(summaries: read.fold.summaries, problems: problems)
    }

    /// What was committed since the last `summaries()` or `changes()` (everything, the first time).
    /// Idle cost: one `stat`. A grown index is read from where the last call stopped; a replaced one (compaction,
    /// repair) is read again in full. Lines that cannot be read are left to `summaries()` and doctor to report.
    public func changes() throws -> [CaseSummary] {
        guard let info = try directory.status(DataDirectory.indexFile) else { return [] }
        guard let mark = indexMark, mark.continues(in: info) else { return try summaries().summaries }
        guard Int(info.st_size) > mark.position.end, let file = try openIndex() else { return [] }
        // The file opened may be a newer one than the one stat saw: trust only what is open.
        guard mark.isSameFile(try file.status()) else { return try summaries().summaries }
        let read = try IndexReader.fold(file, from: mark.position)
        indexMark?.position = read.position
        return read.fold.summaries
    }

    func openIndex() throws -> OpenFile? {
        try directory.openIfExists(DataDirectory.indexFile)
    }
}
