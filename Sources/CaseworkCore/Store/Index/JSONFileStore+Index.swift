#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JSONFileStore {
    /// Every case's summary, folded from the index (highest revision per ref, in order of first appearance).
    /// Reads no case file. Lines that cannot be read are reported with their numbers.
    public func summaries() throws -> IndexSnapshot { try summaries(.all) }

    /// The summaries of `scope`, exactly as folding the whole index and keeping those the scope admits: from the
    /// checkpoint when it covers the index as it is (see `CheckpointFormat`), plus the index's lines after it; else
    /// from the whole index. Either way, a checkpoint found due is refreshed if the lock is free.
    public func summaries(_ scope: SummaryScope) throws -> IndexSnapshot {
        let read = try readIndex(scope)
        indexMark = read.mark
        return read.snapshot
    }

    /// The summaries of `scope` and where the reading stopped (nil with no index).
    func readIndex(_ scope: SummaryScope) throws -> (snapshot: IndexSnapshot, mark: IndexMark?) {
        guard let file = try openIndex() else {
            let missing = StoreProblem(file: DataDirectory.indexFile, position: "",
                                       reason: "is missing; doctor --repair rebuilds it from the case files")
            return (IndexSnapshot(summaries: [], problems: [missing]), nil)
        }
        let info = try file.status()
        if case .success(let checkpoint) = CheckpointFile.open(in: directory, covering: file),
           let read = try? readWithCheckpoint(checkpoint, scope: scope, file: file) {
            if CheckpointRefresh.isDue(checkpoint.header, lines: read.tail.position.lines, cases: checkpoint.header.count) {
                refreshAfterReading(info) { try $0.merge(checkpoint, tail: read.tail, index: file) }
            }
            return (snapshot(read.summaries, read.tail), IndexMark(info, position: read.tail.position, scope: scope))
        }
        let read = try IndexReader.fold(file)
        if CheckpointRefresh.isDue(nil, lines: read.position.lines, cases: read.fold.count) {
            refreshAfterReading(info) { try $0.write(read, index: file) }
        }
        var summaries = read.fold.summaries
        if scope != .all { summaries.removeAll { !scope.admits($0) } }
        return (snapshot(summaries, read), IndexMark(info, position: read.position, scope: scope))
    }

    private func readWithCheckpoint(_ checkpoint: CheckpointFile, scope: SummaryScope,
                                    file: OpenFile) throws -> (summaries: [CaseSummary], tail: IndexReader.Folded) {
        let tail = try IndexReader.fold(file, from: checkpoint.header.coverage.position)
        return (try CheckpointRead.summaries(scope, from: checkpoint, tail: tail.fold.summaries), tail)
    }

    private func snapshot(_ summaries: [CaseSummary], _ read: IndexReader.Folded) -> IndexSnapshot {
        var problems = read.problems
        if let unlisted = read.last?.unlisted, unlisted > 0 { problems.append(.unlisted(unlisted)) }
        return IndexSnapshot(summaries: summaries, problems: problems)
    }

    /// A reader's refresh of the checkpoint: only when no one holds the lock (a writer refreshes for itself), only
    /// for the index it read if that is still the one in place, and never failing the read.
    private func refreshAfterReading(_ read: stat, _ work: (CheckpointRefresh) throws -> Void) {
        guard (try? lock.tryAcquire()) == true else { return }
        defer { lock.release() }
        guard directory.isStillAtItsPath(), let now = try? directory.status(DataDirectory.indexFile),
              now.st_dev == read.st_dev, now.st_ino == read.st_ino else { return }
        try? work(CheckpointRefresh(directory: directory, today: clock.today))
    }

    /// What was committed since the last `summaries()` or `changes()` (everything, the first time).
    /// Idle cost: one `stat`. A grown index is read from where the last call stopped; a replaced one (compaction,
    /// repair) is read again in full, for the scope last asked for. Lines that cannot be read are left to
    /// `summaries()` and doctor to report.
    public func changes() throws -> [CaseSummary] {
        guard let info = try directory.status(DataDirectory.indexFile) else { return [] }
        guard let mark = indexMark, mark.continues(in: info) else { return try summaries(indexMark?.scope ?? .all).summaries }
        guard Int(info.st_size) > mark.position.end, let file = try openIndex() else { return [] }
        // The file opened may be a newer one than the one stat saw: trust only what is open.
        guard mark.isSameFile(try file.status()) else { return try summaries(mark.scope).summaries }
        let read = try IndexReader.fold(file, from: mark.position)
        indexMark?.position = read.position
        return read.fold.summaries
    }

    func openIndex() throws -> OpenFile? {
        try directory.openIfExists(DataDirectory.indexFile)
    }
}
