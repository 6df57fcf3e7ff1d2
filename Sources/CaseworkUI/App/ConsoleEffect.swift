import CaseworkCore

/// What the App asks the outside world to do; `ConsoleRuntime` runs the store's part, the loop the terminal's.
public enum ConsoleEffect: Hashable, Sendable {
    /// Open a case (a restricted one is refused unless entitled; both are audited).
    case open(ref: String)
    /// Run an action on the case as the officer saw it (`base`): on top of a newer revision unless it clashes with it.
    case perform(CaseAction, ref: String, base: Case)
    /// Read the case again at the officer's asking (after a conflict, or `:reload`): a refusal is audited.
    case reload(ref: String)
    /// Read the open case again after another console's save: if it is now closed to the officer, that is no attempt
    /// of theirs to open it, and is not audited.
    case refresh(ref: String)
    /// Keep unsaved edits as a draft: `record` is the case with the edits applied, `base` the case as loaded that
    /// they were made on, `forms` those holding typed work.
    case saveDraft(record: Case, base: Case, forms: [DraftForm])
    /// A screen's own question to the store; the answer goes back to that screen.
    case request(ScreenID, StoreRequest)
    case discardDraft(ref: String)
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    case quit
}

/// What happened outside the App, fed back in through `ConsoleApp.apply`.
public enum ConsoleEvent: Sendable {
    /// The terminal's size, at start and after every resize.
    case resized(width: Int, height: Int)
    /// The index as the store holds it.
    case loaded(IndexSnapshot)
    /// Summaries saved by anyone since the last poll.
    case changed([CaseSummary])
    case opened(Case)
    /// Unsaved edits are on disk as this draft.
    case draftKept(CaseDraft)
    /// The answer to a screen's store request, for that screen.
    case answered(ScreenID, any Sendable)
    /// Saved; `onTopOf` is the newer revision it went on top of, when someone else had saved meanwhile.
    case performed(CaseAction, Case, onTopOf: Case? = nil)
    case reloaded(Case)
    /// The open case is now restricted and the officer not cleared for it (or no longer the one it is assigned to).
    case withdrawn(ref: String)
    /// A save met a newer revision, saved by `changedBy` (a name where the directory knows it) at `changedAt`.
    case conflict(ref: String, changedBy: String, changedAt: Timestamp)
    /// Anything else that failed, in words naming a case only by its ref.
    case failed(ref: String?, message: String)
    /// Drafts this user left behind, offered back one at a time.
    case draftsFound([CaseDraft])
    /// The terminal's locale is not UTF-8.
    case localeWarning(String)
    /// SIGHUP or SIGTERM: keep unsaved edits as a draft, then stop.
    case hangUp
    /// The clock passed midnight: this is the new day.
    case newDay(Day)
}
