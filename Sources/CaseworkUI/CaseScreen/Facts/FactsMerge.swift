import CaseworkCore

/// Puts an officer's unsaved edits on top of a newer record: a fact the officer changed keeps the officer's value,
/// every other fact takes the newer one. So a change by someone else to another fact is not undone.
enum FactsMerge {
    /// Returns the facts both sides changed, differently: there the officer's value wins, and the officer is told.
    @discardableResult
    static func keepEdits(from edited: CaseDetails, over base: CaseDetails, into newer: inout CaseDetails) -> [String] {
        var clashes: [String] = []
        for fact in CaseDetails.facts where fact.differs(edited, base) {
            if fact.differs(newer, base), fact.differs(newer, edited) { clashes.append(fact.name) }
            fact.copy(edited, &newer)
        }
        return clashes
    }
}
