import CaseworkCore

/// The Route tab: the team the rules suggest and why, and the decision an officer made.
extension CaseScreen {
    func routeText(_ left: inout PaneText, _ right: inout PaneText) {
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
            right.field("Reason", decision.overrideReason ?? "not recorded")
        } else {
            right.field("Accepted", "the suggestion at the time")
        }
        right.field("Decided", "by \(context.name(of: decision.decidedBy)) on \(DayFormat.long(decision.decidedOn))")
        if decision.suggested != route.suggested {
            right.bullet(RouteReason.factsChangedSince(nowSuggested: route.suggested).words(.console), style: .amber)
        }
    }

    mutating func handleRouteKey(_ key: Key) -> CaseScreenOutcome? {
        switch key {
        case .character("a"):
            if let blocked = unsavedEditsBlockRules { return blocked }
            let suggested = report.rules.route.suggested
            if let decision = record.route, decision.team == suggested, !decision.isOverride {
                return .message("\(ref) is already routed to \(suggested.label)")
            }
            return .perform(.acceptRoute)
        case .character("o"):
            if let blocked = unsavedEditsBlockRules { return blocked }
            return open(CaseForms.overrideRoute(suggested: report.rules.route.suggested))
        default:
            return handleScrollKey(key)
        }
    }
}
