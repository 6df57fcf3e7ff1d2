import CaseworkCore

extension AlertsScreen: ConsoleScreen {
    enum Action: Sendable {
        case up, down, pageUp, pageDown, first, last, left, right
        case open, filter, scope, kind, officer, snoozed, acknowledge, snooze, dashboard, clear, back
    }

    /// The forms: an acknowledgement's note, a snooze's day and reason, for one alert (its facts' fingerprint).
    enum Purpose: Hashable, Sendable {
        case acknowledge(ref: String, kind: AlertKind, fingerprint: String)
        case snooze(ref: String, kind: AlertKind, fingerprint: String)
    }

    enum Message: Sendable {
        case answered(Case, String)
        case failed(String)
        /// The dormant cases, read from the store for the dashboard's history (the console does not hold them).
        case history([CaseSummary])
    }

    private static let moving: [KeyBinding<AlertsScreen, Action>] = [
        KeyBinding([.up, .character("k")], .up, help: "move", keys: "↑ ↓ j k"),
        .with([.down, .character("j")], .down),
        KeyBinding([.pageUp], .pageUp, help: "a page up or down", keys: "PgUp PgDn"),
        .with([.pageDown], .pageDown),
        KeyBinding([.home, .character("g")], .first, help: "the first or the last", keys: "Home End g G"),
        .with([.end, .character("G")], .last),
    ]

    static let alertKeys = KeyTable<AlertsScreen, Action>("Alerts", moving + [
        KeyBinding([.enter], .open, help: "open the case on the tab the alert is about", bar: "Open",
                   unavailable: { $0.selectedLine == nil ? "no alert is selected" : nil }),
        KeyBinding([.character("a")], .acknowledge, help: "acknowledge the alert, with a note", bar: "Ack",
                   unavailable: { $0.whyNotAnswer(acknowledging: true) }),
        KeyBinding([.character("z")], .snooze, help: "snooze the alert until a day, with a reason", bar: "Snooze",
                   unavailable: { $0.whyNotAnswer(acknowledging: false) }),
        KeyBinding([.character("/")], .filter, help: "filter as you type (ref, name, officer, the kind of alert)", bar: "Filter"),
        KeyBinding([.character("s")], .scope, help: "whose alerts: mine, my team's, everyone's (managers)", bar: "Whose"),
        KeyBinding([.character("t")], .kind, help: "only one type of alert; again for the next, then every type",
                   unavailable: { $0.kindsPresent.isEmpty ? "no alerts to narrow" : nil }),
        KeyBinding([.character("o")], .officer, help: "only one officer's; again for the next, then everyone's",
                   unavailable: { $0.officersPresent.count < 2 && $0.officer == nil ? "the alerts are all one officer's" : nil }),
        KeyBinding([.character("v")], .snoozed, help: "show or hide snoozed alerts"),
        KeyBinding([.character("d")], .dashboard, help: "the manager's dashboard", bar: "Dashboard",
                   unavailable: { $0.isManager ? nil : "the dashboard is for managers" }),
        KeyBinding([.escape], .clear, help: "clear the typed filter, then the type and officer filters",
                   unavailable: { $0.filterText.isEmpty && $0.kind == nil && $0.officer == nil ? "" : nil }),
    ])

    static let dashboardKeys = KeyTable<AlertsScreen, Action>("Dashboard", [
        KeyBinding([.up, .character("k")], .up, help: "the number above, below, before or after", keys: "↑ ↓ ← → h j k l"),
        .with([.down, .character("j")], .down),
        .with([.left, .character("h")], .left),
        .with([.right, .character("l")], .right),
        KeyBinding([.pageUp], .pageUp, help: "a page up or down", keys: "PgUp PgDn"),
        .with([.pageDown], .pageDown),
        KeyBinding([.enter], .open, help: "the cases behind the number", bar: "Cases",
                   unavailable: { $0.dashboard?.selected == nil ? "no number is selected" : nil }),
        KeyBinding([.character("d"), .escape], .back, help: "back to the alerts", keys: "d Esc", bar: "Alerts"),
    ])

    static let caseKeys = KeyTable<AlertsScreen, Action>("Cases", [
        KeyBinding([.up, .character("k")], .up, help: "move", keys: "↑ ↓ j k"),
        .with([.down, .character("j")], .down),
        KeyBinding([.pageUp], .pageUp, help: "a page up or down", keys: "PgUp PgDn"),
        .with([.pageDown], .pageDown),
        KeyBinding([.enter], .open, help: "open the case", bar: "Open",
                   unavailable: { $0.cases?.selectedRef == nil ? "no case is listed" : nil }),
        KeyBinding([.escape], .back, help: "back to the dashboard", bar: "Back"),
    ])

    static let typingKeys = KeyTable<AlertsScreen, Action>("Filter", [
        KeyBinding([.enter], .filter, help: "keep the filter", bar: "Keep"),
        KeyBinding([.escape], .clear, help: "clear the filter", bar: "Clear"),
    ])

    var keys: KeyTable<AlertsScreen, Action> {
        switch mode {
        case .alerts: Self.alertKeys
        case .dashboard: Self.dashboardKeys
        case .cases: Self.caseKeys
        }
    }

    var title: String {
        switch mode {
        case .alerts: "alerts"
        case .dashboard: "dashboard"
        case .cases: "dashboard cases"
        }
    }

    var position: String {
        switch mode {
        case .alerts:
            guard lines != nil else { return "" }
            return shown.isEmpty ? "0 of 0" : "\(selection + 1) of \(shown.count)"
        case .dashboard: return dashboard?.selected.map { "\($0.title): \($0.refs.count)" } ?? ""
        case .cases: return cases.map { $0.rows.isEmpty ? "0 of 0" : "\($0.selection + 1) of \($0.rows.count)" } ?? ""
        }
    }

    /// Why an alert cannot be acknowledged or snoozed now, or nil.
    func whyNotAnswer(acknowledging: Bool) -> String? {
        guard let line = selectedLine else { return "no alert is selected" }
        if acknowledging, case .acknowledged(let response) = line.item.state {
            return "already acknowledged by \(context.name(of: response.by)) on \(DayFormat.dayAndMonth(response.at.day))"
        }
        return nil
    }

    mutating func perform(_ action: Action, key: Key) -> ScreenOutcome {
        switch mode {
        case .alerts: return performOnAlerts(action)
        case .dashboard: return performOnDashboard(action)
        case .cases: return performOnCases(action)
        }
    }

    private mutating func performOnAlerts(_ action: Action) -> ScreenOutcome {
        switch action {
        case .up: move(by: -1)
        case .down: move(by: 1)
        case .pageUp: move(by: -pageRows)
        case .pageDown: move(by: pageRows)
        case .first: moveTo(0)
        case .last: moveTo(shown.count - 1)
        case .open:
            guard let line = selectedLine else { return .handled }
            return .openCase(ref: line.item.ref, tab: line.item.kind.caseTab)
        case .filter:
            startTyping()
        case .scope:
            let scopes: [AlertScope] = isManager ? [.mine, .team, .all] : [.mine, .team]
            let next = scopes[((scopes.firstIndex(of: scope) ?? 0) + 1) % scopes.count]
            setScope(next)
            return .message("Showing \(Self.scopeWords(next)) alerts")
        case .kind:
            let kinds = kindsPresent
            let next = kind.flatMap { kinds.firstIndex(of: $0) }.map { $0 + 1 < kinds.count ? kinds[$0 + 1] : nil } ?? kinds.first
            setKind(next)
        case .officer:
            let officers = officersPresent
            let next = officer.flatMap { officers.firstIndex(of: $0) }.map { $0 + 1 < officers.count ? officers[$0 + 1] : nil }
                ?? officers.first
            setOfficer(next)
        case .snoozed:
            showSnoozedAlerts(!showSnoozed)
            return .message(showSnoozed ? "Showing snoozed alerts too" : "Snoozed alerts hidden")
        case .acknowledge:
            guard let line = selectedLine else { return .handled }
            overlays.open(Form(.acknowledge(ref: line.item.ref, kind: line.item.kind, fingerprint: line.item.fingerprint),
                               title: "Acknowledge \(line.item.ref): \(line.item.kind.label)", fields: [
                FormField("Alert", .fixed(line.item.message(.console))),
                FormField("Note", .text(TextField("", maxLength: 2_000)), required: true),
            ]))
        case .snooze:
            guard let line = selectedLine else { return .handled }
            overlays.open(Form(.snooze(ref: line.item.ref, kind: line.item.kind, fingerprint: line.item.fingerprint),
                               title: "Snooze \(line.item.ref): \(line.item.kind.label)", fields: [
                FormField("Alert", .fixed(line.item.message(.console))),
                FormField("Until", .date(DateField(today: context.today, required: true)), required: true),
                FormField("Reason", .text(TextField("", maxLength: 2_000)), required: true),
            ]))
        case .dashboard:
            if dashboard == nil { dashboard = DashboardPage.make(dashboardSummaries, context: context, width: layoutWidth) }
            dashboard?.layout(rows: max(1, layoutHeight))
            setMode(.dashboard)
            if dormant == nil { return Self.readDormant(on: context.today) }
        case .clear:
            if !filterText.isEmpty {
                setFilterText("")
            } else {
                setKind(nil)
                setOfficer(nil)
            }
        case .left, .right, .back:
            break
        }
        return .handled
    }

    private mutating func performOnDashboard(_ action: Action) -> ScreenOutcome {
        switch action {
        case .up: dashboard?.vertical(-1)
        case .down: dashboard?.vertical(1)
        case .left: dashboard?.step(-1)
        case .right: dashboard?.step(1)
        case .pageUp: dashboard?.page(-1)
        case .pageDown: dashboard?.page(1)
        case .open:
            guard let figure = dashboard?.selected else { return .handled }
            var list = DashboardCases(title: figure.title, refs: figure.refs, summaries: summaries, context: context)
            list.layout(rows: layoutHeight - 2)
            cases = list
            setMode(.cases)
        case .back:
            setMode(.alerts)
        default:
            break
        }
        return .handled
    }

    private mutating func performOnCases(_ action: Action) -> ScreenOutcome {
        switch action {
        case .up: cases?.move(by: -1)
        case .down: cases?.move(by: 1)
        case .pageUp, .pageDown:
            let page = cases?.pageRows ?? 1
            cases?.move(by: action == .pageUp ? -page : page)
        case .open:
            guard let ref = cases?.selectedRef else { return .handled }
            return .openCase(ref: ref, tab: nil)
        case .back:
            setMode(.dashboard)
        default:
            break
        }
        return .handled
    }

    static func scopeWords(_ scope: AlertScope) -> String {
        switch scope {
        case .mine: "your own"
        case .team: "your team's"
        case .all: "everyone's"
        }
    }

    // MARK: Typing the filter

    mutating func type(_ key: Key) -> ScreenOutcome? {
        guard var field = typing, overlays.form == nil, overlays.question == nil else { return nil }
        if key == .backspace, field.text.isEmpty {
            stopTyping()
            return .handled
        }
        switch key {
        case .enter:
            stopTyping()
        case .escape:
            stopTyping()
            setFilterText("")
        default:
            guard field.handle(key) != .ignored else { return .ignored }
            keepTyping(field)
            setFilterText(field.text)
        }
        return .handled
    }

    var typingHelp: (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? {
        guard typing != nil else { return nil }
        return (.init("Filter", [.init("letters", "narrow the alerts as you type"), .init("Enter", "keep the filter"),
                                 .init("Esc", "clear the filter")]), Self.typingKeys.barItems(in: self))
    }

    // MARK: Forms and the store

    func check(_ form: Form<Purpose>) -> FormCheck {
        var check = FormCheck()
        if case .snooze = form.purpose, let until = form.day(1) {
            if until <= context.today {
                check.problems[1] = "a snooze lasts at least until tomorrow"
            } else if until > context.today.adding(days: 90) {
                check.problems[1] = "at most 90 days ahead: act on it instead"
            } else {
                check.cleared = [Span("✓ Back on \(DayFormat.long(until)), or sooner if its facts change", .green)]
            }
        }
        return check
    }

    mutating func submit(_ form: Form<Purpose>) -> ScreenOutcome {
        let settings = context.monitoring
        switch form.purpose {
        case .acknowledge(let ref, let kind, let fingerprint):
            let note = form.text(1)
            return request("acknowledge an alert", { services in
                .answered(try services.service.respond(to: ref, kind: kind, fingerprint: fingerprint, action: .acknowledged, note: note,
                                                       settings: settings), "Acknowledged \(kind.label.lowercased()) on \(ref)")
            }, failed: { .failed($0) })
        case .snooze(let ref, let kind, let fingerprint):
            guard let until = form.day(1) else { return .handled }
            let reason = form.text(2)
            return request("snooze an alert", { services in
                .answered(try services.service.respond(to: ref, kind: kind, fingerprint: fingerprint, action: .snoozed, note: reason,
                                                       until: until, settings: settings),
                          "Snoozed \(kind.label.lowercased()) on \(ref) until \(DayFormat.medium(until))")
            }, failed: { .failed($0) })
        }
    }

    mutating func receive(_ message: Message) -> ScreenOutcome {
        switch message {
        case .answered(let record, let words):
            overlays.sent(wentThrough: true)
            merge([CaseSummary(record)])
            return .message(words)
        case .failed(let why):
            overlays.sent(wentThrough: false)
            return .error(why)
        case .history(let closed):
            dormant = closed
            if dashboard != nil {
                dashboard = DashboardPage.make(dashboardSummaries, context: context, keeping: dashboard, width: layoutWidth)
                dashboard?.layout(rows: max(1, layoutHeight))
            }
            return .handled
        }
    }

    /// The quarters' outcomes and answers count cases closed long ago, which the console leaves in the store.
    static func readDormant(on day: Day) -> ScreenOutcome {
        .request(StoreRequest("read the closed cases for the dashboard") { services in
            do {
                return Message.history(try services.store.summaries(.all).summaries.filter { DormantCase.isDormant($0, on: day) })
            } catch {
                return Message.failed("could not read the closed cases for the dashboard: " + ConsoleRuntime.describe(error))
            }
        })
    }

    mutating func apply(_ event: ScreenEvent) {
        switch event {
        case .loaded(let summaries): load(summaries)
        case .changed(let summaries): merge(summaries)
        case .newDay(let newer): moveTo(newer)
        }
    }

    mutating func willShow() {
        if lines == nil, isLoaded { rebuild() }
    }

    mutating func layout(in area: Rect) {
        layoutWidth = area.width
        layoutHeight = area.height
        // The title and filter rows, the selected alert's two lines and their rule, and room for the groups' headers.
        setPageRows(max(1, area.height - 2 - AlertsScreen.detailRows - 4))
        dashboard?.layout(rows: max(1, area.height - 1))
        cases?.layout(rows: max(1, area.height - 2))
    }

    func formArea(_ area: Rect) -> Rect { area.splitTop(1).rest }
}
