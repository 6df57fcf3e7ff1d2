import Foundation

extension JSONFileStore {
    /// Rebuilds the index from a scan of the case files, under the lock. A file it cannot read keeps the summary
    /// `known` held of it, so the case still lists; one with none is left out, and the new index's lines carry
    /// how many were, so the listing can say so. Never touches a case file.
    func rebuildIndex(from scan: RecordScan, keeping known: IndexFold) throws -> IndexRebuild {
        var summaries = scan.readable
        var rebuild = IndexRebuild(records: scan.readable.count, kept: [], unlisted: [])
        for (ref, finding) in scan.unreadable.sorted(by: { Self.refOrder($0.key, $1.key) }) {
            if let summary = known.summary(of: ref) {
                summaries[ref] = summary
                rebuild.kept.append(finding.file)
            } else {
                rebuild.unlisted.append(finding.file)
            }
        }
        try writeIndex(summaries.sorted { Self.refOrder($0.key, $1.key) }.map(\.value), unlisted: rebuild.unlisted.count)
        return rebuild
    }

    /// A lost index (see `IndexLoss`) rebuilt from the case files, under the lock, before anything reads or
    /// appends to it; the rebuild is kept in `rebuiltIndex` for the caller to tell the person.
    func rebuildLostIndex(_ loss: IndexLoss) throws {
        var rebuild = try rebuildIndex(from: RecordScan.reading(directory), keeping: IndexFold())
        rebuild.loss = loss
        rebuiltIndex = rebuild
    }

    /// Writes a fresh index, one line per summary, and puts it in place atomically.
    private func writeIndex(_ summaries: [CaseSummary], unlisted: Int) throws {
        var top = 0
        let lines = summaries.enumerated().map { number, summary in
            top = max(top, CaseRef.number(summary.ref) ?? 0)
            return IndexLine(commit: Commit(line: number + 1, cases: number + 1, top: top, unlisted: unlisted > 0 ? unlisted : nil),
                             summary: summary)
        }
        let bytes = try StoreCoders.encodeAll(lines, like: coders.line, newline: true).reduce(into: Data()) { $0 += $1 }
        try directory.replaceDurably(DataDirectory.indexFile, in: "", with: bytes, kind: "index")
        // The summaries in hand are the new index folded: its checkpoint costs no second read.
        if let index = try openIndex(), let last = lines.last?.commit {
            try? CheckpointRefresh(directory: directory, today: clock.today)
                .write(summaries, index: index, upTo: IndexReader.Position(end: bytes.count, lines: lines.count), last: last)
        }
    }
}

extension IndexRebuild {
    /// Doctor's line for what `--repair` did, naming the files it could not read.
    var repairLine: String {
        var line = "rebuilt \(DataDirectory.indexFile) from \(Self.count(records, "record"))"
        if !kept.isEmpty {
            line += "; listed \(Self.names(kept)) by the last known summary: \(kept.count == 1 ? "it cannot" : "they cannot") be read"
        }
        if !unlisted.isEmpty {
            line += "; left out \(Self.names(unlisted)): \(unlisted.count == 1 ? "it cannot" : "they cannot") be read and "
                + "the index held no summary, so \(unlisted.count == 1 ? "it does" : "they do") not list until fixed"
        }
        return line
    }
}
