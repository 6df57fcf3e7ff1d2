/// One line of `index.jsonl`: a case's summary as of one commit, and that commit's bookkeeping.
/// Appending the line (and syncing it) is the moment the write counts.
struct IndexLine: Codable, Hashable, Sendable {
    var commit: Commit
    var summary: CaseSummary
}

/// What a writer needs from the last line without reading the rest of the index.
struct Commit: Codable, Hashable, Sendable {
    /// This line's number in the file, and the number of cases after it: when lines outgrow cases, compact.
    var line: Int
    var cases: Int
    /// The highest ref number so far (in a compacted index, in the whole file), so a new ref needs no scan.
    var top: Int
    /// The staged file in `tmp/` this commit makes current, so recovery can match it exactly and roll it forward.
    var tmp: String?
    /// What the writer did (`create`, `note`, …), so recovery can write the audit line if the writer died first.
    /// The changed fields it recomputes from the old record and the staged one.
    var action: String?
    /// Who and when, only where they differ from the summary's `updatedBy` and `updatedAt` (a bulk load keeps
    /// each case's own history): lines stay short, and the listing reads every one of them.
    var by: String?
    var at: Timestamp?
    /// Case files the last rebuild of the index could not read and so left out; carried on by every later line
    /// so the listing learns it from the last line alone. Absent when none.
    var unlisted: Int?

    init(line: Int, cases: Int, top: Int, tmp: String? = nil, action: String? = nil, by: String? = nil, at: Timestamp? = nil,
         unlisted: Int? = nil) {
        self.line = line
        self.cases = cases
        self.top = top
        self.tmp = tmp
        self.action = action
        self.by = by
        self.at = at
        self.unlisted = unlisted
    }

    /// The counters of an empty index.
    static let empty = Commit(line: 0, cases: 0, top: 0)
}

/// What the index reader takes from one line.
struct IndexEntry {
    var summary: CaseSummary
    /// Present when the reader was asked for it.
    var commit: Commit?
    /// Where the summary object lies in the line, so compaction can copy it without encoding it again.
    var summaryRange: Range<Int>?
}
