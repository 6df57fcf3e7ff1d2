import CaseworkCore

/// One case, opened from the queue (or another screen): a summary header over nine tabs, each a pane of its own
/// (`CasePane`). The shell keeps only what they share: the tabs, the case and its edited facts (`CaseSheet`), and the
/// form and question over them (`overlays`). A pure component: keys in, outcomes out, rendered into a buffer.
/// Changes the App must write come back as `.perform(CaseAction)`; the facts on the Household and Home & notice tabs
/// are edited in place and saved together with Ctrl-S.
struct CaseScreen: Sendable {
    var sheet: CaseSheet
    /// One pane per tab, in `CaseTab` order.
    var panes: [any CasePane]
    var tab: CaseTab = .household
    var overlays = ScreenOverlays<CaseAnswer, CaseFormPurpose>()

    init(record: Case, context: ConsoleContext) {
        sheet = CaseSheet(record: record, context: context)
        panes = CaseTab.allCases.map { $0.makePane(record, context: context) }
    }

    var ref: String { sheet.ref }
    var record: Case { sheet.record }
    var facts: FactsEditor { sheet.facts }
    var hasUnsavedEdits: Bool { sheet.facts.hasEdits || planPane?.plan.hasUnsavedEdits == true }
    var editedDetails: CaseDetails? { sheet.facts.hasEdits ? sheet.facts.details : nil }
    /// The form open over the tab, if any.
    var form: Form<CaseFormPurpose>? { overlays.form }
    var question: Dialog<ScreenOverlays<CaseAnswer, CaseFormPurpose>.Reply>? { overlays.question }

    /// The pane of a tab, as its own type.
    func pane<Pane: CasePane>(_ type: Pane.Type, on tab: CaseTab) -> Pane? { panes[tab.rawValue] as? Pane }

    var documents: Table<StaticRows> { pane(DocumentsPane.self, on: .documents)!.table }
    var timeline: Table<StaticRows> { pane(TimelinePane.self, on: .timeline)!.table }

    /// The selected fact on a facts tab.
    var selectedFact: Fact? { pane(FactsPane.self, on: tab)?.selectedFact(sheet) }

    /// Whether the acting officer may see this case at all; the App refuses others, this is the screen's own guard.
    var mayView: Bool { CaseAccess.mayView(sheet.record, as: sheet.context.actor) }

    /// After a save or a change by someone else. With `keepEdits` the officer's unsaved changes stay on top of the
    /// newer facts (the facts both changed are returned); without, they are dropped.
    @discardableResult
    mutating func reload(_ newer: Case, keepEdits: Bool) -> [String] {
        let old = sheet.record
        sheet.replace(newer)
        var clashes: [String] = []
        if keepEdits { clashes = sheet.facts.rebase(onto: CaseDetails(newer)) } else { sheet.facts.reset(to: CaseDetails(newer)) }
        overlays.sent(wentThrough: true)
        reloadPanes(from: old)
        return clashes + (planPane?.clashes ?? [])
    }

    /// The Plan tab's pane.
    var planPane: PlanTabPane? { pane(PlanTabPane.self, on: .plan) }

    private mutating func reloadPanes(from old: Case) {
        sheet.refresh()
        for index in panes.indices { panes[index].reload(from: old, sheet: sheet) }
    }

    /// Edits kept when the console was killed, offered back at the next start; see `FactsEditor.restore`.
    @discardableResult
    mutating func restore(draft details: CaseDetails, madeOn base: CaseDetails? = nil) -> [String] {
        let clashes = sheet.facts.restore(details, madeOn: base)
        sheet.refresh()
        return clashes
    }

    /// Records the body area the screen will be drawn in, so paging and scrolling know its size (optional:
    /// the App's 80x24 body is assumed until this is called).
    mutating func layout(in area: Rect) {
        sheet.viewArea = area
        for index in panes.indices { panes[index].layout(in: sheet.content) }
    }

    mutating func show(_ next: CaseTab) { tab = next }

    /// Goes to the tab holding `fact` and selects it.
    mutating func showFact(_ fact: Fact) {
        for candidate in [CaseTab.household, .home] {
            guard var facts = pane(FactsPane.self, on: candidate), facts.select(fact, sheet: sheet) else { continue }
            panes[candidate.rawValue] = facts
            tab = candidate
            return
        }
    }

    /// The problem a save would stop on: the first in the order the two tabs show their facts.
    var firstProblem: FactProblem? {
        let details = sheet.facts.details, today = sheet.today
        let order = FactLayout.facts(.household, details: details, today: today) + FactLayout.facts(.home, details: details, today: today)
        return sheet.facts.problems(today: today).min {
            (order.firstIndex(of: $0.fact) ?? .max) < (order.firstIndex(of: $1.fact) ?? .max)
        }
    }

    /// Ctrl-S: the edited facts, if they pass every check; otherwise the first fact at fault is selected.
    mutating func save() -> ScreenOutcome {
        sheet.facts.commit()
        guard sheet.facts.hasEdits else { return .message("Nothing to save on \(ref)") }
        if let problem = firstProblem {
            showFact(problem.fact)
            // The field's own message may repeat what was typed (a date of birth): the status line names only the field.
            return .error("Not saved: \(problem.fact.label) on \(ref) needs correcting (see beside it)")
        }
        return .perform(.saveDetails(sheet.facts.details))
    }

    /// The day moved on: the rules, the documents' statuses and the header count from the new one.
    mutating func moveTo(_ context: ConsoleContext) {
        sheet.moveTo(context)
        reloadPanes(from: sheet.record)
    }
}

/// What the store answers the case screen: each officer's open cases, for the assign form.
enum CaseMessage: Sendable {
    case caseloads([String: Int])
    case failed(String)
}

extension CaseScreen {
    /// Each officer's open cases, counted from the index when the assign form is asked for, so the numbers are today's.
    static let countCaseloads = ScreenOutcome.request(StoreRequest("count each officer's open cases") { services in
        do {
            var counts: [String: Int] = [:]
            for summary in try services.store.summaries().summaries
            where summary.status != .closed && summary.status != .dutyEnded {
                if let officer = summary.assignedOfficer { counts[officer, default: 0] += 1 }
            }
            return CaseMessage.caseloads(counts)
        } catch {
            return CaseMessage.failed("could not count the officers' cases: " + ConsoleRuntime.describe(error))
        }
    })
}

/// What the case screen's questions answer, matched by value, never by a button's label.
enum CaseAnswer: Hashable, Sendable {
    case keep
    case removeMember(Int)
    /// Marking a provided document missing again, which forgets when it came in.
    case unprovide(DocumentKind)
    /// Ending the case at triage, confirmed (s184); or not, and back to the form as it was typed.
    case closeAtTriage(CaseAction)
    case backToTriageOutcome
    /// The Plan tab's.
    case plan(PlanAnswer)
}
