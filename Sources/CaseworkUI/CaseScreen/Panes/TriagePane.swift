import CaseworkCore

/// The Triage tab: the outcome and the assigned officer, beside what the officer needs to decide them.
struct TriagePane: ReadingPane {
    enum Action: Sendable { case outcome, assign, scroll(Scroll) }

    var scroll = 0
    var tab: CaseTab { .triage }
    var keys: KeyTable<State, Action> { TriagePane.keys }

    static let keys = KeyTable<State, Action>("Triage", [
        KeyBinding([.character("o")], .outcome, help: "set the triage outcome", bar: "Outcome"),
        KeyBinding([.character("a")], .assign, help: "assign an officer", bar: "Assign"),
    ] + scrollKeys(Action.scroll))

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        switch action {
        case .outcome: overlays.open(CaseForms.triageOutcome(sheet.record.triage, rules: sheet.report.rules))
        case .assign: return CaseScreen.countCaseloads
        case .scroll(let scrolling): move(scrolling, sheet: sheet)
        }
        return .handled
    }

    func write(_ left: inout PaneText, _ right: inout PaneText, sheet: CaseSheet) {
        let context = sheet.context, record = sheet.record, report = sheet.report
        let triage = record.triage
        left.heading("Triage outcome")
        left.field("Outcome", triage.outcome?.label ?? "not decided yet", style: triage.outcome == nil ? .amber : Style.normal.bolded)
        if let by = triage.decidedBy, let on = triage.decidedOn {
            left.field("Decided", "by \(context.name(of: by)) on \(DayFormat.long(on))")
        }
        if let how = triage.preventedHow { left.field("How prevented", how) }
        left.heading("Assigned officer")
        if let id = record.assignedOfficer, let member = context.staff.member(id) {
            left.field("Officer", member.name, style: Style.normal.bolded)
            left.field("Role", member.role.label + (member.team.map { " · " + $0.label } ?? ""))
        } else {
            left.field("Officer", record.assignedOfficer.map { context.name(of: $0) } ?? "unassigned", style: .amber)
        }
        left.blank()
        left.line([Span("o sets the outcome · a assigns an officer", .muted)])

        let rules = report.rules
        right.heading("Before you decide")
        let provided = record.documents.filter(\.provided)
        let missing = record.documents.filter { !$0.provided }.map(\.kind.label)
        right.field("Documents", "\(provided.count) of \(record.documents.count) provided", style: missing.isEmpty ? .normal : .amber)
        if !missing.isEmpty { right.bullet("Missing: " + missing.joined(separator: ", "), indent: PaneText.labelWidth) }
        right.field("Threat", ThreatWords.summary(rules.threat))
        right.field("Notice", rules.notice.verdict.label, style: CaseScreen.verdictStyle(rules.notice.verdict))
        right.field("Priority need", rules.priorityNeed.likely ? "likely" : "not indicated")
        right.field("Route", record.route.map { "\($0.team.label) (decided)" } ?? "\(rules.route.suggested.label) (suggested, not decided)",
                    style: record.route == nil ? .amber : .normal)
        right.field("Appointment", record.appointments.filter { $0.status == .booked }.map(\.on).min()
            .map { "booked for \(DayFormat.long($0))" } ?? "none booked")
    }
}
