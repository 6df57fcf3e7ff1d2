import CaseworkCore

/// The caseload as a screen last heard of it: the summaries loaded at start, shared with every other screen (never
/// copied), and the changes since, by ref. For screens that rebuild their lists from the whole caseload (a new scope).
struct LoadedSummaries: Sendable {
    private var base: [CaseSummary] = []
    private var changed: [String: CaseSummary] = [:]
    private(set) var isLoaded = false

    mutating func load(_ summaries: [CaseSummary]) {
        base = summaries
        changed = [:]
        isLoaded = true
    }

    mutating func merge(_ summaries: [CaseSummary]) {
        for summary in summaries { changed[summary.ref] = summary }
    }

    /// Every summary as it stands now: the loaded ones with the changes laid over them, new cases last.
    var all: [CaseSummary] {
        guard !changed.isEmpty else { return base }
        var pending = changed
        var all = base.map { summary in pending.removeValue(forKey: summary.ref) ?? summary }
        all += pending.values.sorted { CaseRef.precedes($0.ref, $1.ref) }
        return all
    }
}
