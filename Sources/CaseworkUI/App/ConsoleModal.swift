import CaseworkCore

/// What is drawn over the screen and takes every key until it closes.
public enum ConsoleModal {
    case help(HelpOverlay)
    /// Quitting with unsaved edits.
    case quit(Dialog)
    /// Leaving a case with unsaved edits, then maybe opening another.
    case leave(Dialog, thenOpen: String?)
    /// A save met a newer revision: reload?
    case conflict(Dialog, ref: String)
    /// Unsaved edits left by an earlier session: restore, keep for later or discard?
    case draft(Dialog, CaseDraft)

    var dialog: Dialog? {
        switch self {
        case .help: nil
        case .quit(let dialog), .leave(let dialog, _), .conflict(let dialog, _), .draft(let dialog, _): dialog
        }
    }

    /// The same modal with its dialog replaced (after a key moved the selection).
    func with(_ dialog: Dialog) -> ConsoleModal {
        switch self {
        case .help: self
        case .quit: .quit(dialog)
        case .leave(_, let ref): .leave(dialog, thenOpen: ref)
        case .conflict(_, let ref): .conflict(dialog, ref: ref)
        case .draft(_, let draft): .draft(dialog, draft)
        }
    }
}
