/// The index log folded to one summary per case, the highest revision winning, in order of first appearance.
struct IndexFold {
    private(set) var summaries: [CaseSummary] = []
    private var slots: [String: Int] = [:]

    init(expectedCount: Int = 0) {
        summaries.reserveCapacity(expectedCount)
        slots.reserveCapacity(expectedCount)
    }

    /// Folds log pieces in order, in place: later pieces are appended to the first (which has room for them all)
    /// and the whole compacted there, so the caseload is never held twice.
    init(pieces: inout [[CaseSummary]]) {
        var all = pieces.isEmpty ? [] : pieces[0]
        if !pieces.isEmpty { pieces[0] = [] }
        for index in pieces.indices.dropFirst() {
            all += pieces[index]
            pieces[index] = []
        }
        slots.reserveCapacity(all.count)
        var kept = 0
        for read in all.indices {
            if let slot = slots[all[read].ref] {
                if all[read].revision >= all[slot].revision { all.swapAt(slot, read) }
            } else {
                slots[all[read].ref] = kept
                if kept != read { all.swapAt(kept, read) }
                kept += 1
            }
        }
        if kept < all.count { all.removeLast(all.count - kept) }
        summaries = all
    }

    /// Returns true when the summary is new or newer than the one held.
    @discardableResult
    mutating func add(_ summary: CaseSummary) -> Bool {
        if let slot = slots[summary.ref] {
            guard summary.revision >= summaries[slot].revision else { return false }
            summaries[slot] = summary
        } else {
            slots[summary.ref] = summaries.count
            summaries.append(summary)
        }
        return true
    }

    func summary(of ref: String) -> CaseSummary? { slots[ref].map { summaries[$0] } }

    var count: Int { summaries.count }
    var refs: Dictionary<String, Int>.Keys { slots.keys }
}
