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
        let (fold, problems, position) = try IndexReader.fold(file)
        indexMark = IndexMark(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), position: position)
        return IndexSnapshot(summaries: fold.summaries, problems: problems)
    }

    /// What was committed since the last `summaries()` or `changes()` (everything, the first time).
    /// Idle cost: one `stat`. A grown index is read from where the last call stopped; a replaced one (compaction,
    /// repair) is read again in full. Lines that cannot be read are left to `summaries()` and doctor to report.
    public func changes() throws -> [CaseSummary] {
        var info = stat()
        guard stat(directory.path(DataDirectory.indexFile), &info) == 0 else { return [] }
        guard let mark = indexMark, mark.device == UInt64(info.st_dev), mark.inode == UInt64(info.st_ino),
              Int(info.st_size) >= mark.position.end else {
            return try summaries().summaries
        }
        guard Int(info.st_size) > mark.position.end, let file = try openIndex() else { return [] }
        // The file opened may be a newer one than the one stat saw: trust only what is open.
        let opened = try file.status()
        guard UInt64(opened.st_ino) == mark.inode, UInt64(opened.st_dev) == mark.device else { return try summaries().summaries }
        let (fold, _, position) = try IndexReader.fold(file, from: mark.position)
        indexMark?.position = position
        return fold.summaries
    }

    private func openIndex() throws -> OpenFile? {
        try OpenFile.openIfExists(directory.path(DataDirectory.indexFile), name: DataDirectory.indexFile)
    }
}
