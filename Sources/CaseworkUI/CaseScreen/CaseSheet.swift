import CaseworkCore

/// What every pane of the case screen reads, and the facts panes edit: the case as last loaded or saved, the
/// officer's working copy of its facts, and what the rules make of the two together (re-run after every change, so
/// the notice check and the header are live while the officer types).
struct CaseSheet: Sendable {
    private(set) var context: ConsoleContext
    /// The case as last loaded or saved.
    private(set) var record: Case
    var facts: FactsEditor
    /// What the rules say about the record with the edited facts applied.
    private(set) var report: CaseReport
    /// The body area last laid out, for paging and scrolling limits; the App's body at 80x24 until told otherwise.
    var viewArea = Rect(x: 0, y: 0, width: 80, height: 20)

    init(record: Case, context: ConsoleContext) {
        self.context = context
        self.record = record
        facts = FactsEditor(CaseDetails(record))
        report = CaseSheet.evaluate(record, context: context)
    }

    var ref: String { record.ref }
    var today: Day { context.today }

    /// The record as the rules should see it: the stored case with the officer's edited facts.
    var viewed: Case {
        var copy = record
        facts.details.apply(to: &copy)
        return copy
    }

    mutating func refresh() {
        report = CaseSheet.evaluate(viewed, context: context)
    }

    /// A newer record (a save, another officer's change); the facts editor is the caller's to rebase or reset.
    mutating func replace(_ newer: Case) {
        record = newer
    }

    /// A new day: the rules count from it.
    mutating func moveTo(_ newer: ConsoleContext) {
        context = newer
        refresh()
    }

    static func evaluate(_ viewed: Case, context: ConsoleContext) -> CaseReport {
        CaseRules.report(CaseSummary(viewed), today: context.today, configuration: context.configuration)
    }

    /// The content area of the last layout: below the header and the tab bar.
    var content: Rect { CaseLayout(viewArea).content }

    /// Said beside what the rules make of the facts while some are not saved yet.
    var liveNote: String { facts.hasEdits ? "with your unsaved changes" : "" }

    /// Route and duty actions are judged by the rules on the saved facts, so unsaved edits must be settled first.
    var unsavedEditsBlockRules: String? {
        facts.hasEdits ? "Save (Ctrl-S) or discard the changes to \(ref) first: this is judged on the saved facts" : nil
    }
}
