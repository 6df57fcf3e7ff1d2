import CaseworkCore

/// The console as a state machine: keys and outside events in, effects out, and a pure `render` of the state.
/// It owns the frame (title, status line, key bar, help, the `:` line, the questions about unsaved work), the queue,
/// the open case and the screens of `ScreenRegistry`; `ConsoleRuntime` runs what it asks of the store and the loop
/// what it asks of the terminal.
public struct ConsoleApp {
    typealias CaseViewMaker = @Sendable (Case, ConsoleContext) -> any CaseView

    public internal(set) var context: ConsoleContext
    public internal(set) var width = Frame.minimumWidth
    public internal(set) var height = Frame.minimumHeight
    public internal(set) var queue: QueueScreen
    /// The case on screen when `showing` is `.openCase`.
    var openCase: (any CaseView)?
    /// The registered screens, made at start and kept while the console runs.
    var screens: [ScreenID: any ConsoleScreen]
    public internal(set) var showing: ScreenID = .queue
    /// Where Esc from the open case goes back to.
    var openedFrom: ScreenID = .queue
    /// The tab to show the case on once it is opened.
    var openingTab: CaseTab?
    public internal(set) var status = StatusLine()
    var modal: ConsoleModal?
    /// The `:` line while it is being typed.
    public internal(set) var command: TextField?
    /// Commands run from the `:` line, oldest first; where ↑ ↓ have got to in them, and what was typed before.
    var commandHistory: [String] = []
    var historyPlace: Int?
    var historyTyped = ""
    public internal(set) var localeWarning: String?
    /// Drafts from an earlier session still to be offered.
    var draftsToOffer: [CaseDraft] = []
    /// The draft chosen for restoring, applied when its case opens.
    var restoring: CaseDraft?
    /// Refs whose stored draft goes once the edits are saved or knowingly dropped.
    var restoredDrafts: Set<String> = []
    /// Drafts kept on the way out of a case in this session, put back if it is opened again.
    var keptDrafts: [String: CaseDraft] = [:]
    /// What is done once a save or a draft asked for on the way out is through; a conflict or failure cancels it.
    var afterwards: Afterwards?
    /// Where `q` on the too-small screen has got to with unsaved edits.
    var smallScreenQuit = SmallScreenQuit.none
    /// Set when a letter did nothing: what is typed after it is taken as text meant for a form, not as keys.
    var typingGuard: TypingGuard?
    let makeCaseView: CaseViewMaker
    /// The registered screens' entries: their F-keys, letters and `:` commands.
    let entries: [ScreenEntry]
    let frameKeys: KeyTable<ConsoleApp, FrameAction>

    public init(context: ConsoleContext) {
        self.init(context: context, makeCaseView: { CaseScreen(record: $0, context: $1) })
    }

    /// `makeCaseView` makes the screen for an opened case: the real `CaseScreen` unless a test scripts one.
    init(context: ConsoleContext, makeCaseView: @escaping CaseViewMaker, entries: [ScreenEntry] = ScreenRegistry.entries) {
        self.context = context
        self.makeCaseView = makeCaseView
        queue = QueueScreen(context: context)
        screens = Dictionary(entries.map { ($0.id, $0.make(context)) }, uniquingKeysWith: { first, _ in first })
        self.entries = entries
        frameKeys = ConsoleApp.frameKeys(entries)
    }

    public var fits: Bool { Frame.fits(width: width, height: height) }

    /// Typed work not saved anywhere: the open case, the registered screens' forms, the `:` line.
    var unsavedWork: UnsavedWork {
        var work = openCase?.unsavedWork ?? .none
        for id in screens.keys.sorted(by: { $0.name < $1.name }) { work = work + (screens[id]?.unsavedWork ?? .none) }
        if let command, !command.text.isEmpty {
            work = work + UnsavedWork(["the command you were typing (:\(command.text))"], canSave: false, canKeepDraft: false)
        }
        return work
    }

    public var hasUnsavedEdits: Bool { !unsavedWork.isEmpty }

    public mutating func handle(_ key: Key) -> [ConsoleEffect] {
        if key == .control("l") { return [.redraw] }
        guard key != .resize else { return [] }
        guard fits else { return handleTooSmall(key) }
        // F10 is the way out from anywhere, a form and a question included: the quit rule asks about typed work.
        if key == .function(10), !isAskingToQuit { return requestQuit() }
        if modal != nil { return handleModal(key) }
        if command != nil { return handleCommandLine(key) }
        if let guarded = handleTypingGuard(key) { return guarded }
        let typing = showing == .queue && queue.isTyping
        // Space acknowledges only on the queue: on the case screen it may be text being typed.
        if !typing, key != .character(" ") || showing == .queue, status.handle(key) == .handled { return [] }
        status.clearMessage()
        let outcome = screenKey(key)
        switch outcome {
        case .ignored: return handleFrameKey(key, screenSaid: nil)
        case .unavailable(let why): return handleFrameKey(key, screenSaid: why)
        default: return follow(outcome, from: showing)
        }
    }

    /// The key for the screen on show.
    private mutating func screenKey(_ key: Key) -> ScreenOutcome {
        switch showing {
        case .queue: queue.handleKey(key)
        case .openCase: openCase?.handleKey(key) ?? .ignored
        default: screens[showing]?.handleKey(key) ?? .ignored
        }
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

    /// A key no screen took: the frame's, or a word on why it does nothing.
    private mutating func handleFrameKey(_ key: Key, screenSaid why: String?) -> [ConsoleEffect] {
        switch frameKeys.resolve(key, in: self) {
        case .action(let action): return perform(action)
        case .unavailable(let frameWhy): return didNothing(key, why: why ?? frameWhy)
        case .unbound: return didNothing(key, why: why)
        }
    }

    /// Says why a key did nothing (never for Esc, which is often pressed just in case), and for a letter or digit
    /// turns on the typing guard.
    private mutating func didNothing(_ key: Key, why: String?) -> [ConsoleEffect] {
        if TypingGuard.starts(with: key) {
            startTypingGuard(key, why: why)
        } else if let why, !why.isEmpty, key != .escape {
            status.show(Sentence.capitalised(why))
        }
        return []
    }

    mutating func perform(_ action: FrameAction) -> [ConsoleEffect] {
        switch action {
        case .help: showHelp()
        case .queue: return go(to: .screen(.queue))
        case .show(let id): return go(to: .screen(id))
        case .command: command = TextField("", maxLength: 200)
        case .redraw: return [.redraw]
        case .quit: return requestQuit()
        case .back: return goBack()
        }
        return []
    }

    public mutating func run(_ command: ColonCommand) -> [ConsoleEffect] {
        switch command {
        case .quit: return requestQuit()
        case .help: showHelp()
        case .queue: return go(to: .screen(.queue))
        case .show(let id): return go(to: .screen(id))
        case .open(let ref): return go(to: .openCase(ref: ref, tab: nil))
        case .mine: _ = follow(queue.toggleMine(), from: .queue)
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

    /// What the App does with what a screen said.
    mutating func follow(_ outcome: ScreenOutcome, from id: ScreenID) -> [ConsoleEffect] {
        switch outcome {
        case .handled, .ignored, .unavailable: return []
        case .back: return goBack()
        case .perform(let action):
            guard let view = openCase, id == .openCase else { return [] }
            status.show("Saving \(view.ref)…")
            return [.perform(action, ref: view.ref, base: view.record)]
        case .message(let text): status.show(text)
        case .error(let text): status.fail(text)
        case .openCase(let ref, let tab): return go(to: .openCase(ref: ref, tab: tab))
        case .show(let screen): return go(to: .screen(screen))
        case .request(let request): return [.request(id, request)]
        case .handOver(let screen, let work):
            // The screen takes the work first, so it is there whether or not leaving a case asks about edits first.
            guard let taken = screens[screen]?.take(work) else { return [] }
            return follow(taken, from: screen) + go(to: .screen(screen))
        }
        return []
    }

    // MARK: Going places

    /// To another screen or case; leaving the open case with unsaved work asks first.
    mutating func go(to destination: Destination) -> [ConsoleEffect] {
        if let view = openCase, case let work = view.unsavedWork, !work.isEmpty, !destination.keeps(view.ref) {
            ask(about: work, then: .go(destination), leaving: view.ref)
            return []
        }
        return arrive(at: destination)
    }

    /// Where Esc goes: from the case to where it was opened from, from another screen to the queue.
    mutating func goBack() -> [ConsoleEffect] {
        switch showing {
        case .queue: return []
        case .openCase: return go(to: .screen(openedFrom))
        default: return go(to: .screen(.queue))
        }
    }

    /// Goes there with nothing left to ask: the open case closes on the way to a screen; a case is opened through the
    /// runtime even when restricted, so a refusal is audited too.
    mutating func arrive(at destination: Destination) -> [ConsoleEffect] {
        switch destination {
        case .screen(let id):
            let effects = closeCase()
            show(id)
            guard let arrived = screens[id]?.shown() else { return effects }
            return effects + follow(arrived, from: id)
        case .openCase(let ref, let tab):
            if var view = openCase, view.ref == ref {
                if let tab { view.show(tab) }
                openCase = view
                showing = .openCase
                return []
            }
            if showing != .openCase { openedFrom = showing }
            openingTab = tab
            if restoring == nil, let kept = keptDrafts.removeValue(forKey: ref) { restoring = kept }
            status.show("Opening \(ref)…")
            return [.open(ref: ref)]
        }
    }

    mutating func show(_ id: ScreenID) {
        let body = Frame.body(width: width, height: height)
        switch id {
        case .queue: queue.layout(in: body)
        case .openCase: openCase?.layout(in: body)
        default:
            guard screens[id] != nil else { return }
            screens[id]?.layout(in: body)
        }
        showing = id
    }

    /// The open case goes (its restored draft too, the officer having saved or dropped its edits); the queue selects it.
    mutating func closeCase() -> [ConsoleEffect] {
        guard let view = openCase else { return [] }
        openCase = nil
        if showing == .openCase { showing = openedFrom }
        queue.select(ref: view.ref)
        return restoredDrafts.remove(view.ref) != nil ? [.discardDraft(ref: view.ref)] : []
    }

    private mutating func showHelp() {
        modal = .help(HelpOverlay(title: "Help: " + currentScreen.title, sections: helpSections))
    }

    /// The screen on show, to read from.
    var currentScreen: any ConsoleScreen {
        switch showing {
        case .queue: queue
        case .openCase: openCase ?? queue
        default: screens[showing] ?? queue
        }
    }

    /// The unsaved edits and forms of the open case as a draft to write, or nothing.
    func draftEffects() -> [ConsoleEffect] {
        guard let view = openCase, view.hasUnsavedEdits || !view.draftForms.isEmpty else { return [] }
        var record = view.record
        view.editedDetails?.apply(to: &record)
        if let plan = view.editedPlan { record = plan.drafted(onto: record) }
        return [.saveDraft(record: record, base: view.record, forms: view.draftForms)]
    }
}

/// Where the officer is going: a screen, or a case (on a tab).
enum Destination: Hashable, Sendable {
    case screen(ScreenID)
    case openCase(ref: String, tab: CaseTab?)

    /// Opening the case already open leaves nothing behind.
    func keeps(_ ref: String) -> Bool {
        if case .openCase(let other, _) = self { return other == ref }
        return false
    }
}

/// `q` below 80x24 with unsaved edits quits once their draft is on disk; if it could not be written, the screen says
/// so and a second `q` quits without it.
enum SmallScreenQuit {
    case none, awaitingDraft, draftFailed
}
