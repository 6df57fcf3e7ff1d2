import CaseworkCore

extension ScreenID {
    static let alerts = ScreenID("alerts")
}

/// One alert as the alerts screen lists it: the monitored alert and the applicant's name. A restricted case the
/// viewer is not cleared for has no alerts here at all (`AlertMonitor`): the screen says how many it left out.
struct AlertLine: Sendable {
    let item: MonitoredAlert
    let name: String
    /// What the text filter matches, in lower case: the ref, the name, the officer and the kind of alert. (Not the
    /// alert's worded dates: wording every alert of a large caseload cost more than the rest of the screen.)
    let search: String
}

/// F5: the alerts of my cases, my team's, or everyone's (managers), most urgent first, grouped red, amber and green
/// with their counts; filtered by kind, officer and text as it is typed; Enter opens the case on the tab the alert
/// concerns; `a` acknowledges with a note, `z` snoozes until a day. Managers reach the dashboard with `d`.
/// The alerts are built the first time the screen is shown (not at start, where the queue must come first), and kept
/// up to date from the caseload's changes after that.
struct AlertsScreen: Sendable {
    enum Mode: Hashable, Sendable {
        case alerts
        case dashboard
        /// The cases behind a dashboard number.
        case cases
    }

    var overlays = ScreenOverlays<Never, Purpose>()
    private(set) var context: ConsoleContext
    private(set) var mode = Mode.alerts
    private(set) var scope: AlertScope
    private var caseload = LoadedSummaries()
    var isLoaded: Bool { caseload.isLoaded }
    /// The scope's alerts, most urgent first; nil until the screen is first shown.
    private(set) var lines: [AlertLine]?
    /// Restricted cases in the scope the viewer is not cleared for, whose alerts are left out.
    private(set) var withheld = 0
    /// Indexes into `lines` that pass the filters, in order.
    private(set) var shown: [Int] = []
    private(set) var selection = 0
    private(set) var top = 0
    private(set) var pageRows = 10
    /// The text filter while it is typed (`/`), and as it applies.
    private(set) var typing: TextField?
    private(set) var filterText = ""
    private(set) var kind: AlertKind?
    private(set) var officer: String?
    private(set) var showSnoozed = false
    var dashboard: DashboardPage?
    /// Cases dormant when the dashboard was first opened (closed, nothing to come), read then: nil until asked for.
    var dormant: [CaseSummary]?
    var cases: DashboardCases?
    /// The body's size from the last layout, for the pages made after it.
    var layoutWidth = 80
    var layoutHeight = 21
    /// Officers' names for a column of 12, and of 10 at 80 columns ("Amara O.").
    let officerNames: [String: String]
    let shortOfficerNames: [String: String]

    init(context: ConsoleContext) {
        self.context = context
        scope = context.actor.role == .manager ? .team : .mine
        officerNames = QueueScreen.officerNames(context.staff)
        shortOfficerNames = QueueScreen.officerNames(context.staff, room: 10)
    }

    static let entry = ScreenEntry(id: .alerts, name: "Alerts", functionKey: 5, letter: "A", command: "alerts",
                                   help: "alerts: mine, my team's, everyone's; the dashboard (d) for managers",
                                   make: { AlertsScreen(context: $0) })

    var isManager: Bool { context.actor.role == .manager }

    // MARK: The caseload

    var summaries: [CaseSummary] { caseload.all }

    /// The console's caseload with the dormant cases read for the dashboard; a dormant case changed since is the
    /// caseload's (a change wakes it), never counted twice.
    var dashboardSummaries: [CaseSummary] {
        let held = summaries
        guard let dormant, !dormant.isEmpty else { return held }
        let refs = Set(held.map(\.ref))
        return held + dormant.filter { !refs.contains($0.ref) }
    }

    mutating func load(_ summaries: [CaseSummary]) {
        caseload.load(summaries)
        if lines != nil { rebuild() }
        if mode != .alerts, dashboard != nil { dashboard = DashboardPage.make(dashboardSummaries, context: context, width: layoutWidth) }
    }

    /// A new day: every alert's colour and count moves with the date.
    mutating func moveTo(_ newer: ConsoleContext) {
        context = newer
        guard isLoaded else { return }
        let all = summaries
        load(all)
    }

    mutating func merge(_ summaries: [CaseSummary]) {
        caseload.merge(summaries)
        guard var current = lines else { return }
        let refs = Set(summaries.map(\.ref))
        let selected = selectedLine?.item
        current.removeAll { refs.contains($0.item.ref) }
        current += Self.lines(for: summaries, scope: scope, context: context)
        lines = MonitoredAlert.urgencyOrder(current.map(\.item)).map { current[$0] }
        applyFilters(keeping: selected)
        if dashboard != nil { dashboard = DashboardPage.make(dashboardSummaries, context: context, keeping: dashboard, width: layoutWidth) }
    }

    /// The scope's alerts afresh (at first showing, and when the scope changes).
    mutating func rebuild() {
        let selected = selectedLine?.item
        let built = Self.lines(for: summaries, scope: scope, context: context)
        withheld = Self.withheld(in: summaries, scope: scope, context: context)
        lines = MonitoredAlert.urgencyOrder(built.map(\.item)).map { built[$0] }
        applyFilters(keeping: selected)
    }

    static func withheld(in summaries: [CaseSummary], scope: AlertScope, context: ConsoleContext) -> Int {
        guard let covers = try? AlertBoard.includes(scope, viewer: context.actor, staff: context.staff) else { return 0 }
        return summaries.reduce(0) { $0 + (covers($1.assignedOfficer) && !CaseAccess.mayView($1, as: context.actor) ? 1 : 0) }
    }

    /// The alerts of the scope's cases among `summaries`.
    static func lines(for summaries: [CaseSummary], scope: AlertScope, context: ConsoleContext) -> [AlertLine] {
        guard let covers = try? AlertBoard.includes(scope, viewer: context.actor, staff: context.staff) else { return [] }
        let monitor = context.monitor
        var lines: [AlertLine] = []
        for summary in summaries where covers(summary.assignedOfficer) {
            let alerts = monitor.alerts(for: summary, viewer: context.actor)
            guard !alerts.isEmpty else { continue }
            let name = summary.applicantName
            let about = (summary.ref + " " + name + " " + context.name(of: summary.assignedOfficer)).lowercased()
            for item in alerts {
                lines.append(AlertLine(item: item, name: name, search: about + " " + item.kind.label.lowercased()))
            }
        }
        return lines
    }

    // MARK: Filters and the selection

    var selectedLine: AlertLine? {
        guard let lines, shown.indices.contains(selection) else { return nil }
        return lines[shown[selection]]
    }

    /// Applies the kind, officer, snoozed and text filters; the selection stays on `keeping` where it is still shown.
    mutating func applyFilters(keeping item: MonitoredAlert? = nil) {
        guard let lines else { return }
        let words = filterText.lowercased().split(separator: " ").map(String.init)
        shown = lines.indices.filter { index in
            let line = lines[index]
            if !showSnoozed, case .snoozed = line.item.state { return false }
            if let kind, line.item.kind != kind { return false }
            if let officer, line.item.officer != officer { return false }
            return words.allSatisfy { line.search.contains($0) }
        }
        if let item, let index = shown.firstIndex(where: { lines[$0].item.alert == item.alert }) {
            selection = index
        }
        clamp()
    }

    mutating func clamp() {
        selection = max(0, min(selection, shown.count - 1))
        if selection < top { top = selection }
        if selection >= top + pageRows { top = selection - pageRows + 1 }
        top = max(0, min(top, max(0, shown.count - 1)))
    }

    mutating func move(by rows: Int) {
        selection += rows
        clamp()
    }

    mutating func moveTo(_ index: Int) {
        selection = index
        clamp()
    }

    /// The kinds among the scope's alerts the viewer may see, in the rules' order: what `k` steps through.
    var kindsPresent: [AlertKind] {
        let present = Set((lines ?? []).map(\.item.kind))
        return AlertKind.allCases.filter(present.contains)
    }

    /// The officers with alerts in the scope, by name: what `o` steps through.
    var officersPresent: [String] {
        Set((lines ?? []).compactMap(\.item.officer)).sorted { (context.name(of: $0), $0) < (context.name(of: $1), $1) }
    }

    /// Open, acknowledged and snoozed counts of one colour, after the kind, officer and text filters.
    func counts(_ severity: AlertSeverity) -> (open: Int, answered: Int) {
        guard let lines else { return (0, 0) }
        var open = 0, answered = 0
        for index in shown where lines[index].item.severity == severity {
            if lines[index].item.isOpen { open += 1 } else { answered += 1 }
        }
        return (open, answered)
    }

    mutating func setKind(_ newKind: AlertKind?) {
        kind = newKind
        applyFilters(keeping: selectedLine?.item)
    }

    mutating func setOfficer(_ newOfficer: String?) {
        officer = newOfficer
        applyFilters(keeping: selectedLine?.item)
    }

    mutating func showSnoozedAlerts(_ show: Bool) {
        showSnoozed = show
        applyFilters(keeping: selectedLine?.item)
    }

    mutating func setFilterText(_ text: String) {
        filterText = text
        applyFilters(keeping: selectedLine?.item)
    }

    mutating func stopTyping() { typing = nil }

    mutating func startTyping() { typing = TextField(filterText, maxLength: 60) }

    mutating func keepTyping(_ field: TextField) { typing = field }

    mutating func setMode(_ newMode: Mode) { mode = newMode }

    mutating func setPageRows(_ rows: Int) {
        pageRows = rows
        clamp()
    }

    mutating func setScope(_ newScope: AlertScope) {
        scope = newScope
        kind = nil
        officer = nil
        rebuild()
        selection = 0
        top = 0
        clamp()
    }
}
