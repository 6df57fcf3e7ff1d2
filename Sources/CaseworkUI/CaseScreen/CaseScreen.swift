import CaseworkCore

/// One case, opened from the queue: a summary header over eight tabs. A pure component: keys in, outcomes out,
/// rendered into a buffer. Changes the App must write come back as `.perform(CaseAction)`; the facts on the
/// Household and Home & notice tabs are edited in place and saved together with Ctrl-S. The rules are re-run on
/// the edited facts after every change, so the notice check and the header are live while the officer types.
public struct CaseScreen: Sendable {
    let context: ConsoleContext
    /// The case as last loaded or saved.
    public private(set) var record: Case
    var facts: FactsEditor
    /// What the rules say about the record with the edited facts applied.
    private(set) var report: CaseReport
    var tab: CaseTab = .household
    /// The selected fact on each facts tab, and how far past the last fact the pane has been scrolled.
    var factSelection: [CaseTab: Int] = [:]
    var overscroll: [CaseTab: Int] = [:]
    /// The first line shown on each read-only tab.
    var scroll: [CaseTab: Int] = [:]
    var documents: Table<StaticRows>
    var timeline: Table<StaticRows>
    var form: Form?
    /// The last form submitted, offered again if its action did not go through (no reload followed).
    var unsent: Form?
    var dialog: PendingDialog?
    /// The last key chose "Save" on the leave question: once the save goes through, the App goes back to the queue.
    public private(set) var leavesAfterSave = false
    /// The body area last laid out, for paging and scrolling limits; the App's body at 80x24 until told otherwise.
    private(set) var viewArea = Rect(x: 0, y: 0, width: 80, height: 20)

    public init(record: Case, context: ConsoleContext) {
        self.context = context
        self.record = record
        facts = FactsEditor(CaseDetails(record))
        report = CaseScreen.evaluate(record, context: context)
        documents = DocumentsPane.table(record, today: context.today)
        timeline = TimelinePane.table(record, context: context)
    }

    public var ref: String { record.ref }
    public var hasUnsavedEdits: Bool { facts.hasEdits }
    public var editedDetails: CaseDetails? { facts.hasEdits ? facts.details : nil }

    /// After a save or a change by someone else. With `keepEdits` the officer's unsaved changes stay on top of the
    /// newer facts (the facts both changed are returned); without, they are dropped.
    @discardableResult
    public mutating func reload(_ newer: Case, keepEdits: Bool) -> [String] {
        let selectedEvent = TimelinePane.selectedEvent(timeline, record: record)
        // On the newest entry, the selection follows to what was just logged; elsewhere it stays on its entry.
        let followsNewest = timeline.selectedRow == 0
        record = newer
        var clashes: [String] = []
        if keepEdits { clashes = facts.rebase(onto: CaseDetails(newer)) } else { facts.reset(to: CaseDetails(newer)) }
        unsent = nil
        documents.setRows(DocumentsPane.rows(newer, today: context.today), keeping: documents.selectedRow)
        timeline.setRows(TimelinePane.rows(newer, context: context))
        if followsNewest {
            timeline.select(row: 0)
        } else if let selectedEvent {
            timeline.select(row: TimelinePane.row(of: selectedEvent, in: newer))
        }
        refresh()
        return clashes
    }

    /// Edits kept when the console was killed, offered back at the next start; see `FactsEditor.restore`.
    @discardableResult
    public mutating func restore(draft details: CaseDetails, madeOn base: CaseDetails? = nil) -> [String] {
        let clashes = facts.restore(details, madeOn: base)
        refresh()
        return clashes
    }

    /// Records the body area the screen will be drawn in, so paging and scrolling know its size (optional:
    /// the App's 80x24 body is assumed until this is called).
    public mutating func layout(in area: Rect) {
        viewArea = area
        let content = CaseLayout(area).content
        documents.layout(in: DocumentsPane.listArea(content))
        timeline.layout(in: TimelinePane.listArea(content))
    }

    /// Whether the acting officer may see this case at all; the App refuses others, this is the screen's own guard.
    var mayView: Bool { CaseAccess.mayView(record, as: context.actor) }

    /// The record as the rules should see it: the stored case with the officer's edited facts.
    var viewed: Case {
        var copy = record
        facts.details.apply(to: &copy)
        return copy
    }

    mutating func refresh() {
        report = CaseScreen.evaluate(viewed, context: context)
    }

    static func evaluate(_ viewed: Case, context: ConsoleContext) -> CaseReport {
        CaseRules.report(CaseSummary(viewed), today: context.today, configuration: context.configuration)
    }

    // MARK: Keys

    public mutating func handle(_ key: Key) -> CaseScreenOutcome {
        guard mayView else { return key == .escape ? .back : .ignored }
        leavesAfterSave = false
        let outcome = dispatch(key)
        refresh()
        return outcome
    }

    private mutating func dispatch(_ key: Key) -> CaseScreenOutcome {
        if dialog != nil { return handleDialog(key) }
        if form != nil { return handleForm(key) }
        if facts.editing != nil { return handleEditing(key) }
        // The filter line takes what it can use; Tab, Ctrl-S and the like still work while it is open.
        if let table = filteringTable, case let outcome = handleTable(key, table), outcome != .ignored { return outcome }
        switch key {
        case .tab: return select(CaseTab(rawValue: (tab.rawValue + 1) % CaseTab.allCases.count)!)
        case .backTab: return select(CaseTab(rawValue: (tab.rawValue + CaseTab.allCases.count - 1) % CaseTab.allCases.count)!)
        case .character(let c) where CaseTab(digit: c) != nil: return select(CaseTab(digit: c)!)
        case .control("s"): return save()
        default: break
        }
        if let outcome = handleTabKey(key) { return outcome }
        return key == .escape ? leave() : .ignored
    }

    private mutating func select(_ next: CaseTab) -> CaseScreenOutcome {
        tab = next
        return .handled
    }

    private mutating func handleTabKey(_ key: Key) -> CaseScreenOutcome? {
        switch tab {
        case .household, .home: handleFactsKey(key)
        case .documents: handleDocumentsKey(key)
        case .timeline: handleTimelineKey(key)
        case .route: handleRouteKey(key)
        case .duty: handleDutyKey(key)
        case .priority: handleScrollKey(key)
        case .triage: handleTriageKey(key)
        }
    }

    /// Ctrl-S: the edited facts, if they pass every check; otherwise the first fact at fault is selected.
    mutating func save() -> CaseScreenOutcome {
        guard facts.hasEdits else { return .message("Nothing to save on \(ref)") }
        if let problem = firstProblem {
            showFact(problem.fact)
            // The field's own message may repeat what was typed (a date of birth): the status line names only the field.
            return .error("Not saved: \(problem.fact.label) on \(ref) needs correcting (see beside it)")
        }
        return .perform(.saveDetails(facts.details))
    }

    /// Esc with nothing open: back to the queue, asking first when there are unsaved changes.
    private mutating func leave() -> CaseScreenOutcome {
        guard facts.hasEdits else { return .back }
        dialog = .leave(Dialog(title: "Unsaved changes",
                               message: "Case \(ref) has unsaved changes. Save them, discard them, or cancel and stay?",
                               buttons: ["Cancel", "Discard", "Save"]))
        return .handled
    }

    private mutating func handleDialog(_ key: Key) -> CaseScreenOutcome {
        guard var pending = dialog else { return .ignored }
        let outcome = pending.dialog.handle(key)
        dialog = pending
        guard outcome == .submitted || outcome == .cancelled else { return .handled }
        dialog = nil
        switch pending {
        case .discardForm(let dialog):
            if dialog.confirmed { form = nil }
        case .removeMember(let index, let dialog):
            if dialog.confirmed { facts.removeMember(at: index) }
        case .unprovide(let kind, let dialog):
            if dialog.confirmed { return .perform(.setDocument(kind: kind, provided: false)) }
        case .leave(let dialog):
            switch dialog.selectedButton {
            case "Discard":
                facts.reset(to: CaseDetails(record))
                return .back
            case "Save":
                let outcome = save()
                if case .perform = outcome { leavesAfterSave = true }
                return outcome
            default: break
            }
        }
        return .handled
    }

    private mutating func handleForm(_ key: Key) -> CaseScreenOutcome {
        guard var open = form else { return .ignored }
        let event = open.handle(key)
        form = open
        switch event {
        case .ignored: return .ignored
        case .handled: return .handled
        case .cancel:
            if open.isDirty {
                dialog = .discardForm(Dialog.confirm(title: "Discard", message: "Discard what you entered in “\(open.title)”?",
                                                     yes: "Discard", no: "Keep editing"))
            } else {
                form = nil
            }
            return .handled
        case .submit: return submit(open)
        }
    }

    /// Opens a form, or the same one submitted a moment ago if its action did not go through.
    mutating func open(_ fresh: Form) -> CaseScreenOutcome {
        if let unsent, unsent.purpose == fresh.purpose { form = unsent } else { form = fresh }
        unsent = nil
        return .handled
    }

    /// The table whose filter line is being typed into takes every key.
    private var filteringTable: CaseTab? {
        switch tab {
        case .documents where documents.isEditingFilter: .documents
        case .timeline where timeline.isEditingFilter: .timeline
        default: nil
        }
    }

    mutating func handleTable(_ key: Key, _ which: CaseTab) -> CaseScreenOutcome {
        let outcome = which == .documents ? documents.handle(key) : timeline.handle(key)
        return outcome == .ignored ? .ignored : .handled
    }

    /// ↑ ↓ PgUp PgDn Home End (and j k g G) on a read-only tab.
    mutating func handleScrollKey(_ key: Key) -> CaseScreenOutcome? {
        let page = max(1, CaseLayout(viewArea).content.height - 1)
        let step: Int
        switch key {
        case .up, .character("k"): step = -1
        case .down, .character("j"): step = 1
        case .pageUp: step = -page
        case .pageDown: step = page
        case .home, .character("g"): step = -Int.max / 2
        case .end, .character("G"): step = Int.max / 2
        default: return nil
        }
        let limit = maxScroll(tab)
        scroll[tab] = max(0, min(limit, (scroll[tab] ?? 0) + step))
        return .handled
    }
}

/// A question the screen is asking over everything else.
enum PendingDialog: Hashable, Sendable {
    case discardForm(Dialog)
    case removeMember(Int, Dialog)
    case leave(Dialog)
    /// Marking a provided document missing again, which forgets when it came in.
    case unprovide(DocumentKind, Dialog)

    var dialog: Dialog {
        get {
            switch self {
            case .discardForm(let dialog), .removeMember(_, let dialog), .leave(let dialog), .unprovide(_, let dialog): dialog
            }
        }
        set {
            switch self {
            case .discardForm: self = .discardForm(newValue)
            case .removeMember(let index, _): self = .removeMember(index, newValue)
            case .leave: self = .leave(newValue)
            case .unprovide(let kind, _): self = .unprovide(kind, newValue)
            }
        }
    }
}
