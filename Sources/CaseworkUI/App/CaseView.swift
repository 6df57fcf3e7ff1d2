import CaseworkCore

/// What the console needs of the screen that shows one open case: the interface agreed with the case screen
/// (`CaseScreen`), as a protocol so the App's flows can also be driven by a scripted screen in tests.
public protocol CaseView {
    var ref: String { get }
    /// The record as last loaded or saved.
    var record: Case { get }
    /// Edited facts not yet saved (Ctrl-S).
    var hasUnsavedEdits: Bool { get }
    /// Those edits, for a draft; nil when none.
    var editedDetails: CaseDetails? { get }
    /// After a save, or a change by someone else.
    mutating func reload(_ record: Case, keepEdits: Bool)
    /// Unsaved edits offered back after SIGHUP/SIGTERM.
    mutating func restore(draft details: CaseDetails)
    mutating func handle(_ key: Key) -> CaseScreenOutcome
    func render(into buffer: inout Buffer, area: Rect)
    /// The keys valid here, as data.
    var helpSections: [HelpOverlay.Section] { get }
    /// Screen-specific keys; the App adds F1, F2, F10 and the rest.
    var functionKeys: [FunctionKeyBar.Item] { get }
    /// For the status line, e.g. "Documents · 3 of 6".
    var position: String { get }
}

/// What the case screen did with a key (the agreed interface; the case screen's own definition replaces this one).
public enum CaseScreenOutcome: Equatable, Sendable {
    case handled
    case ignored
    case back
    case perform(CaseAction)
    case message(String)
    case error(String)
}
