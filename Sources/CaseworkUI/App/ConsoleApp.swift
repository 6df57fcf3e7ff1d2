import CaseworkCore

/// The console as a state machine: keys and outside events in, effects out, and a pure `render` of the state.
/// It owns the frame, the global keys, the queue and the open case; `ConsoleRuntime` runs what it asks of the
/// store and the loop what it asks of the terminal.
public struct ConsoleApp {
    public typealias CaseViewMaker = @Sendable (Case, ConsoleContext) -> any CaseView

    public internal(set) var context: ConsoleContext
    public internal(set) var width = Frame.minimumWidth
    public internal(set) var height = Frame.minimumHeight
    public internal(set) var queue: QueueScreen
    /// The case on screen; the queue shows when nil.
    public internal(set) var openCase: (any CaseView)?
    public internal(set) var status = StatusLine()
    public internal(set) var modal: ConsoleModal?
    /// The `:` line while it is being typed.
    public internal(set) var command: TextField?
    public internal(set) var localeWarning: String?
    /// Drafts from an earlier session still to be offered.
    var draftsToOffer: [CaseDraft] = []
    /// The draft chosen for restoring, applied when its case opens.
    var restoring: CaseDraft?
    /// Refs whose stored draft goes once the edits are saved or knowingly dropped.
    var restoredDrafts: Set<String> = []
    /// The case to close once its save goes through (Esc, then Save); a conflict or failure keeps it open.
    var leaveAfterSave: String?
    /// Where `q` on the too-small screen has got to with unsaved edits.
    var smallScreenQuit = SmallScreenQuit.none
    let makeCaseView: CaseViewMaker

    /// `makeCaseView` makes the screen for an opened case: the real `CaseScreen` unless a test scripts one.
    public init(context: ConsoleContext, makeCaseView: @escaping CaseViewMaker = { CaseScreen(record: $0, context: $1) }) {
        self.context = context
        self.makeCaseView = makeCaseView
        queue = QueueScreen(context: context)
    }

    public var fits: Bool { Frame.fits(width: width, height: height) }
    public var hasUnsavedEdits: Bool { openCase?.hasUnsavedEdits ?? false }

    public mutating func handle(_ key: Key) -> [ConsoleEffect] {
        if key == .control("l") { return [.redraw] }
        guard key != .resize else { return [] }
        guard fits else { return handleTooSmall(key) }
        if modal != nil { return handleModal(key) }
        if command != nil { return handleCommandLine(key) }
        let typing = queue.isTyping && openCase == nil
        // Space acknowledges only on the queue: on the case screen it may be text being typed.
        if !typing, key != .character(" ") || openCase == nil, status.handle(key) == .handled { return [] }
        status.clearMessage()
        if let effects = handleScreen(key) { return effects }
        return handleGlobal(key)
    }

    /// Below 80x24 only quitting and redrawing work; unsaved edits are kept as a draft, as no dialog can show, and
    /// the console quits only once the draft is written (or, when it could not be, on a second `q`).
    private mutating func handleTooSmall(_ key: Key) -> [ConsoleEffect] {
        guard key == .character("q") || key == .function(10) else { return [] }
        let draft = draftEffects()
        guard !draft.isEmpty, smallScreenQuit != .draftFailed else { return [.quit] }
        smallScreenQuit = .awaitingDraft
        return draft
    }

    /// The screen's own keys; nil when the key is not the screen's.
    private mutating func handleScreen(_ key: Key) -> [ConsoleEffect]? {
        guard var view = openCase else {
            switch queue.handle(key) {
            case .handled: return []
            case .ignored: return nil
            case .open(let ref): return open(ref)
            case .message(let text):
                status.show(text)
                return []
            }
        }
        let outcome = view.handle(key)
        openCase = view
        switch outcome {
        case .handled: return []
        case .ignored: return nil
        case .back: return leaveCase(thenOpen: nil)
        case .perform(let action):
            leaveAfterSave = view.leavesAfterSave ? view.ref : nil
            status.show("Saving \(view.ref)…")
            return [.perform(action, ref: view.ref, expectedRevision: view.record.revision)]
        case .message(let text):
            status.show(text)
            return []
        case .error(let text):
            status.fail(text)
            return []
        }
    }

    private mutating func handleGlobal(_ key: Key) -> [ConsoleEffect] {
        switch key {
        case .character("q"), .function(10): return requestQuit()
        case .character("?"), .function(1): showHelp()
        case .function(2): return openCase == nil ? [] : leaveCase(thenOpen: nil)
        case .function(let number):
            if let screen = ComingScreen.allCases.first(where: { $0.functionKey == number }) { status.show(screen.message) }
        case .character(":"): command = TextField("", maxLength: 200)
        case .escape: return openCase == nil ? [] : leaveCase(thenOpen: nil)
        default: break
        }
        return []
    }

    private mutating func handleCommandLine(_ key: Key) -> [ConsoleEffect] {
        guard var field = command else { return [] }
        if key == .backspace && field.text.isEmpty {
            command = nil
            return []
        }
        switch field.handle(key) {
        case .submitted:
            command = nil
            switch ConsoleCommand.parse(field.text, context: context) {
            case .success(let parsed): return run(parsed)
            case .failure(let problem): status.fail(problem.description)
            }
        case .cancelled: command = nil
        default: command = field
        }
        return []
    }

    public mutating func run(_ command: ConsoleCommand) -> [ConsoleEffect] {
        switch command {
        case .quit: return requestQuit()
        case .help: showHelp()
        case .queue: return openCase == nil ? [] : leaveCase(thenOpen: nil)
        case .coming(let screen): status.show(screen.message)
        case .open(let ref): return open(ref)
        case .mine: showQueueMessage(queue.toggleMine())
        case .route(let team): narrow { $0.team = team }
        case .status(let value): narrow { $0.status = value }
        case .officer(let officer): narrow { $0.officer = officer }
        case .sort(let column, let ascending):
            queue.sort(by: column, ascending: ascending)
            status.show("Queue " + queue.sortDescription)
        case .clear:
            queue.setFilter(QueueFilter())
            queue.setText("")
            status.show("Filters cleared: every case in the queue")
        case .reload:
            guard let view = openCase else {
                status.show("No case is open to reload")
                return []
            }
            return [.reload(ref: view.ref)]
        case .redraw: return [.redraw]
        }
        return []
    }

    private mutating func narrow(_ change: (inout QueueFilter) -> Void) {
        var filter = queue.filter
        change(&filter)
        queue.setFilter(filter)
        status.show(filter.isEmpty ? "Showing every case in the queue" : "Queue: " + filter.summary(context: context))
    }

    private mutating func showQueueMessage(_ outcome: QueueOutcome) {
        if case .message(let text) = outcome { status.show(text) }
    }

    /// Opening goes through the runtime even for a restricted case, so a refusal is audited too.
    private mutating func open(_ ref: String) -> [ConsoleEffect] {
        if let view = openCase, view.hasUnsavedEdits { return leaveCase(thenOpen: ref) }
        status.show("Opening \(ref)…")
        return [.open(ref: ref)]
    }

    /// Back to the queue; with unsaved edits, only after the officer agrees to drop them.
    private mutating func leaveCase(thenOpen ref: String?) -> [ConsoleEffect] {
        guard let view = openCase else { return ref.map { [.open(ref: $0)] } ?? [] }
        guard view.hasUnsavedEdits else { return closeCase(thenOpen: ref) }
        modal = .leave(Dialog.confirm(title: "Leave case \(view.ref)",
                                      message: "You have unsaved changes to case \(view.ref). Leave without saving them?",
                                      yes: "Leave", no: "Stay"), thenOpen: ref)
        return []
    }

    mutating func closeCase(thenOpen ref: String?) -> [ConsoleEffect] {
        guard let view = openCase else { return [] }
        openCase = nil
        queue.select(ref: view.ref)
        var effects: [ConsoleEffect] = []
        if restoredDrafts.remove(view.ref) != nil { effects.append(.discardDraft(ref: view.ref)) }
        if let ref {
            status.show("Opening \(ref)…")
            effects.append(.open(ref: ref))
        }
        return effects
    }

    private mutating func requestQuit() -> [ConsoleEffect] {
        guard let view = openCase, view.hasUnsavedEdits else { return [.quit] }
        modal = .quit(Dialog.confirm(title: "Quit", message: "You have unsaved changes to case \(view.ref). Quit without saving them?",
                                     yes: "Quit", no: "Stay"))
        return []
    }

    private mutating func showHelp() {
        let title = openCase.map { "Help: case \($0.ref)" } ?? "Help: triage queue"
        modal = .help(HelpOverlay(title: title, sections: helpSections))
    }

    /// The unsaved edits as a draft to write, or nothing.
    func draftEffects() -> [ConsoleEffect] {
        guard let view = openCase, view.hasUnsavedEdits, let details = view.editedDetails else { return [] }
        var record = view.record
        details.apply(to: &record)
        return [.saveDraft(record: record, base: view.record)]
    }
}

/// `q` below 80x24 with unsaved edits quits once their draft is on disk; if it could not be written, the screen says
/// so and a second `q` quits without it.
enum SmallScreenQuit {
    case none, awaitingDraft, draftFailed
}
