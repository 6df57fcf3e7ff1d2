import CaseworkCore

/// What the case screen did with a key, for the App to act on.
public enum CaseScreenOutcome: Equatable, Sendable {
    /// Consumed; re-render.
    case handled
    /// Not for the screen: the App may treat it as a global key (F-keys, q, Ctrl-L …).
    case ignored
    /// Esc with nothing open (and no unsaved edits, or the officer chose to discard them): back to the queue.
    case back
    /// The App runs it against `record.revision` via `CaseService.perform`.
    case perform(CaseAction)
    /// A short status-line message.
    case message(String)
    /// A status-line error that stays until acknowledged.
    case error(String)
}
