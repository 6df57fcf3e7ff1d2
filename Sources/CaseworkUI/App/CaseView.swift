import CaseworkCore

/// What the console needs of the screen that shows one open case beyond any screen's: `CaseScreen`'s interface, as a
/// protocol so the App's flows can also be driven by a scripted screen in tests.
protocol CaseView: ConsoleScreen {
    var ref: String { get }
    /// The record as last loaded or saved.
    var record: Case { get }
    /// Edited facts not yet saved (Ctrl-S).
    var hasUnsavedEdits: Bool { get }
    /// Those edits, for a draft; nil when none.
    var editedDetails: CaseDetails? { get }
    /// Forms holding typed work, for a draft.
    var draftForms: [DraftForm] { get }
    /// The plan's unsaved working copy, for a draft; nil when none.
    var editedPlan: PlanContent? { get }
    /// After a save, or a change by someone else; with `keepEdits` the unsaved edits stay on top of the newer facts,
    /// and the facts both sides changed are returned.
    @discardableResult
    mutating func reload(_ record: Case, keepEdits: Bool) -> [String]
    /// Unsaved edits offered back after SIGHUP/SIGTERM; with the facts they were made on, only the officer's changes
    /// go on top of the record as loaded. Returns the facts both sides changed.
    mutating func restore(draft details: CaseDetails, madeOn base: CaseDetails?) -> [String]
    /// A plan kept in a draft, put back as `restore(draft:madeOn:)` puts back the facts; returns what both changed.
    mutating func restore(plan: PlanContent, madeOn base: PlanContent?) -> [String]
    /// Forms kept in a draft, put back as typed.
    mutating func restore(forms: [DraftForm])
    /// Opens on a tab (a case opened from another screen for something on that tab).
    mutating func show(_ tab: CaseTab)
}

extension CaseScreen: CaseView {}
