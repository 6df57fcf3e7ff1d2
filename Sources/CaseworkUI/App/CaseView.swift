import CaseworkCore

/// What the console needs of the screen that shows one open case: `CaseScreen`'s interface, as a protocol so the
/// App's flows can also be driven by a scripted screen in tests.
public protocol CaseView {
    var ref: String { get }
    /// The record as last loaded or saved.
    var record: Case { get }
    /// Edited facts not yet saved (Ctrl-S).
    var hasUnsavedEdits: Bool { get }
    /// Those edits, for a draft; nil when none.
    var editedDetails: CaseDetails? { get }
    /// After a save, or a change by someone else; with `keepEdits` the unsaved edits stay on top of the newer facts,
    /// and the facts both sides changed are returned.
    @discardableResult
    mutating func reload(_ record: Case, keepEdits: Bool) -> [String]
    /// Unsaved edits offered back after SIGHUP/SIGTERM; with the facts they were made on, only the officer's changes
    /// go on top of the record as loaded. Returns the facts both sides changed.
    mutating func restore(draft details: CaseDetails, madeOn base: CaseDetails?) -> [String]
    mutating func handle(_ key: Key) -> CaseScreenOutcome
    /// The body area it will be drawn in, for paging; told on opening and after every resize.
    mutating func layout(in area: Rect)
    func render(into buffer: inout Buffer, area: Rect)
    /// The keys valid here, as data.
    var helpSections: [HelpOverlay.Section] { get }
    /// Screen-specific keys; the App adds F1, F2, F10 and the rest.
    var functionKeys: [FunctionKeyBar.Item] { get }
    /// For the status line, e.g. "Documents · 3 of 6".
    var position: String { get }
    /// The action just asked for is a save chosen on the way out (Esc, then Save): leave once it is saved.
    var leavesAfterSave: Bool { get }
}

extension CaseView {
    public var leavesAfterSave: Bool { false }
}

extension CaseScreen: CaseView {}
