import CaseworkCore

/// The Duty tab: the active duty on its 56-day clock, past duties, the findings it turns on, interim accommodation,
/// the invalid notice's threat and the s193B sequence, and every decision with its review rights.
struct DutyPane: ReadingPane {
    enum Action: Sendable { case start, end, record(DutyRecord), scroll(Scroll) }

    var scroll = 0
    var tab: CaseTab { .duty }
    var keys: KeyTable<State, Action> { DutyPane.keys }

    static let keys = KeyTable<State, Action>("Duty", [
        KeyBinding([.character("s")], .start, help: "start a prevention, relief or main duty", bar: "Start",
                   unavailable: { $0.sheet.unsavedEditsBlockRules }),
        KeyBinding([.character("e")], .end, help: "end the active duty with a reason", bar: "End", unavailable: { state in
            if let blocked = state.sheet.unsavedEditsBlockRules { return blocked }
            return state.sheet.record.activeDuty == nil ? "No duty is active on \(state.sheet.ref)" : nil
        }),
    ] + DutyRecord.bindings(Action.record) + scrollKeys(Action.scroll))

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        let context = sheet.context
        switch action {
        case .start: overlays.open(CaseForms.startDuty(indicated: sheet.report.rules.indicatedDuty, today: context.today))
        case .end:
            guard let duty = sheet.record.activeDuty else { return .message("No duty is active on \(sheet.ref)") }
            overlays.open(CaseForms.endDuty(duty.kind, today: context.today, staff: context.staff, actor: context.actor,
                                            facts: NonCooperationFacts(sheet.record)))
        case .record(let what): overlays.open(what.form(sheet))
        case .scroll(let scrolling): move(scrolling, sheet: sheet)
        }
        return .handled
    }

    func write(_ left: inout PaneText, _ right: inout PaneText, sheet: CaseSheet) {
        let context = sheet.context, record = sheet.record, report = sheet.report
        let today = context.today
        if let duty = record.activeDuty, let clock = report.rules.duty {
            left.heading(duty.kind.label, note: "active")
            left.field("Started", "\(DayFormat.long(duty.startedOn)) by \(context.name(of: duty.startedBy))")
            if let lastDay = clock.lastDay, let noticeFrom = clock.noticeFrom, let left56 = clock.daysLeft {
                let style: Style = clock.periodOver ? Style.red.bolded : left56 <= 7 ? Style.amber.bolded : Style.normal.bolded
                let standing = clock.periodOver ? " · the 56 days have ended" : clock.isLastDay ? " · the last day" : " · \(left56) more after today"
                left.field("Today", clock.progress + standing, style: style)
                left.line([Span(TextFit.padRight("", to: PaneText.labelWidth - 2))] + DutyPane.progressBar(day: clock.day, width: left.width),
                          indent: 2)
                left.field("Last day", "\(DayFormat.long(lastDay)) (day 56, \(Alert.relative(today.days(until: lastDay)))); "
                    + "notice from \(DayFormat.medium(noticeFrom))")
            } else {
                left.field("Today", clock.progress, style: Style.normal.bolded)
            }
            if duty.kind == .relief { left.field("Main duty", mainDutyNote(clock, record: record), style: clock.mainDutyDecisionDue ? Style.red.bolded : .normal) }
        } else {
            left.heading("No duty active")
            left.field("Facts indicate", report.rules.indicatedDuty.label, style: Style.normal.bolded)
            for reason in report.rules.threatReasons { left.bullet(reason.words(.console)) }
        }
        let past = record.duties.filter { !$0.isActive }
        if !past.isEmpty {
            left.heading("Past duties")
            for duty in past.reversed() {
                let ended = duty.endedOn.map { " to \(DayFormat.long($0))" } ?? ""
                left.bullet("\(duty.kind.label): \(DayFormat.long(duty.startedOn))\(ended)"
                    + (duty.endReason.map { " · \($0.label)" } ?? ""))
            }
        }
        writeFindings(&left, sheet: sheet)
        left.blank()
        left.line([Span("s start · e end · f finding · n notified · r review · i interim · c close", .muted)])

        right.heading("Decisions and review rights", note: "s202")
        if record.decisions.isEmpty { right.line([Span("No written decisions yet", .muted)]) }
        for decision in record.decisions.reversed() {
            let rights = ReviewRights(decision, duties: record.duties)
            right.line([Span(decision.kind.label, Style.normal.bolded),
                        Span(" · \(DayFormat.medium(decision.decidedOn)) by \(context.name(of: decision.decidedBy))", .muted)])
            for (index, reason) in rights.reasons.enumerated() {
                let pending = index > 0 && rights.reviewPending
                let near = index == 0 && !rights.reviewPending && rights.requestedOn == nil
                    && rights.requestBy.map { (0...7).contains(today.days(until: $0)) } ?? false
                right.bullet(reason.words(.console), style: pending || near ? .amber : .normal, indent: 4)
            }
        }
    }

    /// When the main duty decision (s193) falls due on a relief duty, given what the council has found so far.
    private func mainDutyNote(_ clock: DutyClock, record: Case) -> String {
        if clock.mainDutyDecisionDue { return "decision (s193) due now: the relief duty ended by law at the end of day 56" }
        if DutyClock.reliefEndsAutomatically(record.findings) {
            return "priority need found: relief ends by law at the end of day 56 and the decision (s193) is due then"
        }
        return "relief ends by law at the end of day 56 once priority need is found (s189B(4)); not decided yet"
    }

    /// A bar of 56 cells (or fewer when narrow): days used filled (day 1 is the start day), amber in the last week,
    /// red once the 56 days have ended.
    static func progressBar(day: Int, width: Int) -> [Span] {
        let cells = max(10, min(DutyClock.length, width - PaneText.labelWidth - 8))
        let used = max(0, min(cells, day * cells / DutyClock.length))
        let style: Style = day > DutyClock.length ? .red : DutyClock.length - day < 7 ? .amber : .green
        return [Span(String(repeating: "█", count: used), style), Span(String(repeating: "░", count: cells - used), .muted),
                Span(" \(min(day, DutyClock.length))/\(DutyClock.length)", .muted)]
    }
}
