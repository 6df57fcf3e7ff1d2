import CaseworkCore

/// The Route tab: the team the rules suggest and why, and the decision an officer made.
struct RoutePane: ReadingPane {
    enum Action: Sendable { case accept, override, scroll(Scroll) }

    var scroll = 0
    var tab: CaseTab { .route }
    var keys: KeyTable<State, Action> { RoutePane.keys }

    static let keys = KeyTable<State, Action>("Route", [
        KeyBinding([.character("a")], .accept, help: "accept the suggested route", bar: "Accept", unavailable: { state in
            let sheet = state.sheet
            if let blocked = sheet.unsavedEditsBlockRules { return blocked }
            let suggested = sheet.report.rules.route.suggested
            guard let decision = sheet.record.route, decision.team == suggested, !decision.isOverride else { return nil }
            return "\(sheet.ref) is already routed to \(suggested.label)"
        }),
        KeyBinding([.character("o")], .override, help: "route to another team, with a reason", bar: "Override",
                   unavailable: { $0.sheet.unsavedEditsBlockRules }),
    ] + scrollKeys(Action.scroll))

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        switch action {
        case .accept: return .perform(.acceptRoute)
        case .override:
            overlays.open(CaseForms.overrideRoute(suggested: sheet.report.rules.route.suggested, abuseRecorded: sheet.record.domesticAbuse))
        case .scroll(let scrolling): move(scrolling, sheet: sheet)
        }
        return .handled
    }

    func write(_ left: inout PaneText, _ right: inout PaneText, sheet: CaseSheet) {
        let context = sheet.context, record = sheet.record, viewed = sheet.viewed, liveNote = sheet.liveNote
        var summary = CaseSummary(viewed)
        summary.route = nil
        let route = TriageRoute(summary, settings: context.configuration.route)
        left.heading("Suggested route", note: liveNote)
        left.field("Team", route.suggested.label, style: Style.normal.bolded)
        for reason in route.reasons { left.bullet(reason.words(.console)) }

        right.heading("Decision")
        guard let decision = record.route else {
            right.field("Routed to", "not decided yet", style: .amber)
            right.blank()
            right.line([Span("a accepts the suggestion; o routes to another team with a reason", .muted)])
            return
        }
        right.field("Routed to", decision.team.label, style: Style.normal.bolded)
        if decision.isOverride {
            right.field("Overridden", "suggestion then: \(decision.suggested.label)", style: .amber)
            // A reason for sending a case to the refuge partner may disclose abuse: only staff cleared for restricted cases read it.
            if decision.team == .refuge, !context.actor.mayView(restrictedCaseAssignedTo: record.assignedOfficer) {
                right.field("Reason", "shown only to staff cleared for restricted cases", style: .muted)
            } else {
                right.field("Reason", decision.overrideReason ?? "not recorded")
            }
        } else {
            right.field("Accepted", "the suggestion at the time")
        }
        right.field("Decided", "by \(context.name(of: decision.decidedBy)) on \(DayFormat.long(decision.decidedOn))")
        if decision.suggested != route.suggested {
            right.bullet(RouteReason.factsChangedSince(nowSuggested: route.suggested).words(.console), style: .amber)
        }
    }
}
