import CaseworkCore

/// The Priority tab: the queue score and its parts, priority need and vulnerability, and the case's alerts.
struct PriorityPane: ReadingPane {
    enum Action: Sendable { case scroll(Scroll) }

    var scroll = 0
    var tab: CaseTab { .priority }
    var keys: KeyTable<State, Action> { PriorityPane.keys }

    static let keys = KeyTable<State, Action>("Priority", scrollKeys(Action.scroll))

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        switch action {
        case .scroll(let scrolling): move(scrolling, sheet: sheet)
        }
        return .handled
    }

    func write(_ left: inout PaneText, _ right: inout PaneText, sheet: CaseSheet) {
        let context = sheet.context, report = sheet.report
        let rules = report.rules
        left.heading("Priority score " + Points.plain(rules.priority.total))
        let labelWidth = min(44, left.width - 10)
        for (part, points) in rules.priority.parts {
            left.line([Span(TextFit.padRight(part.label, to: labelWidth)),
                       Span(TextFit.padLeft(Points.signed(points), to: 7), points < 0 ? .amber : .normal)])
        }
        // Most councils never write a rules.json: say where the weights come from, and how they could change.
        let weights = context.configuration.priority == .standard
            ? "Default weights; a rules.json in the data directory can change them"
            : "Weights set by the rules.json in the data directory"
        left.wrapped(weights, style: .muted, lead: [Span("  ")], indent: 2)
        left.heading("Priority need", note: "s189")
        left.field("Indicators", rules.priorityNeed.likely ? "Likely" : "Not indicated", style: Style.normal.bolded)
        for reason in rules.priorityNeed.reasons { left.bullet(reason.words(.console)) }
        left.heading("Vulnerability factors", note: "for the officer's judgement")
        let factors = rules.priorityNeed.vulnerabilityFactors
        if factors.isEmpty { left.line([Span("None recorded", .muted)]) }
        for factor in factors { left.bullet(factor) }

        right.heading("Alerts", note: "most urgent first")
        if report.alerts.isEmpty { right.line([Span("No alerts", .muted)]) }
        for alert in report.alerts {
            right.bullet(alert.severity.rawValue.capitalized + " · " + alert.kind.label,
                         style: CaseScreen.alertStyle(alert.severity).bolded, mark: "●")
            right.bullet(alert.words(.console), indent: 4, mark: " ")
        }
    }
}

extension CaseScreen {
    static func alertStyle(_ severity: AlertSeverity) -> Style {
        switch severity {
        case .red: .red
        case .amber: .amber
        case .green: .green
        }
    }
}
