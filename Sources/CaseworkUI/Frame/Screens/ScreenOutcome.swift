import CaseworkCore

/// What a screen did with a key, an answer or a message, for the App to act on.
enum ScreenOutcome: Equatable, Sendable {
    /// Consumed; re-render.
    case handled
    /// Not the screen's: the App may treat it as one of the frame's keys (F-keys, q, Ctrl-L …).
    case ignored
    /// The screen's key, but it does nothing now (why, for the status line unless the frame has a use for the key).
    case unavailable(String)
    /// Esc with nothing open: back to where the officer came from (the App asks first about unsaved work).
    case back
    /// Run an action on the case the screen shows (`CaseView` only), against the revision it shows.
    case perform(CaseAction)
    /// A short status-line message.
    case message(String)
    /// A status-line error that stays until acknowledged.
    case error(String)
    /// Open a case, on a tab if given (a restricted case is refused and audited as ever).
    case openCase(ref: String, tab: CaseTab?)
    /// Go to another top-level screen.
    case show(ScreenID)
    /// Ask the store something; the answer comes back to the screen as its `Message` (`receive`).
    case request(StoreRequest)
    /// Go to another screen with something for it to do there (book a slot for the case on a queue row).
    case handOver(ScreenID, HandOver)
}

/// What one screen asks another to do on arriving there (`ScreenOutcome.handOver`, taken by `ConsoleScreen.take`).
public enum HandOver: Hashable, Sendable {
    /// Offer the best free slots for this case.
    case bookSlot(ref: String)
}

/// The case screen's name for what it returns.
typealias CaseScreenOutcome = ScreenOutcome

/// What every screen is told, whichever is on show.
public enum ScreenEvent: Sendable {
    /// Every summary in the index: at start, and again on a new day (the rules' verdicts moved with the date).
    case loaded([CaseSummary])
    /// Summaries saved by anyone (this console included) since the last look.
    case changed([CaseSummary])
    /// Midnight passed: `context.today` is the new day. Anything computed from the day is stale.
    case newDay(ConsoleContext)
}
