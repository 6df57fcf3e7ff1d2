import CaseworkCore

/// The Duty tab: the active duty on its 56-day clock, past duties, and every decision with its review rights.
extension CaseScreen {
    func dutyText(_ left: inout PaneText, _ right: inout PaneText) {
        let today = context.today
        if let duty = record.activeDuty, let clock = report.rules.duty {
            left.heading(duty.kind.label, note: "active")
            left.field("Started", "\(DayFormat.long(duty.startedOn)) by \(context.name(of: duty.startedBy))")
            if let deadline = clock.deadline, let left56 = clock.daysLeft {
                let style: Style = clock.hasReachedDeadline ? Style.red.bolded : left56 <= 7 ? Style.amber.bolded : Style.normal.bolded
                left.field("Today", clock.progress + (clock.hasReachedDeadline ? " · day 56 reached" : " · \(left56) days left"), style: style)
                left.line([Span(TextFit.padRight("", to: PaneText.labelWidth - 2))] + CaseScreen.progressBar(day: clock.day, width: left.width),
                          indent: 2)
                left.field("Deadline", "\(DayFormat.long(deadline)) (day 56, \(Alert.relative(today.days(until: deadline))))")
            } else {
                left.field("Today", clock.progress, style: Style.normal.bolded)
            }
            if duty.kind == .relief { left.field("Main duty", mainDutyNote(clock), style: clock.mainDutyDecisionDue ? Style.red.bolded : .normal) }
        } else {
            left.heading("No duty active")
            left.field("Facts indicate", report.rules.indicatedDuty.label, style: Style.normal.bolded)
            for reason in report.rules.threat.reasons { left.bullet(reason.words(.console)) }
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
        left.blank()
        left.line([Span("s starts a duty · e ends the active one", .muted)])

        right.heading("Decisions and review rights", note: "s202")
        if record.decisions.isEmpty { right.line([Span("No written decisions yet", .muted)]) }
        for decision in record.decisions.reversed() {
            let rights = ReviewRights(decision, duties: record.duties)
            right.line([Span(decision.kind.label, Style.normal.bolded),
                        Span(" · \(DayFormat.medium(decision.decidedOn)) by \(context.name(of: decision.decidedBy))", .muted)])
            for (index, reason) in rights.reasons.enumerated() {
                let pending = index > 0 && rights.reviewPending
                let near = index == 0 && !rights.reviewPending && rights.requestedOn == nil && today.days(until: rights.requestBy) >= 0
                    && today.days(until: rights.requestBy) <= 7
                right.bullet(reason.words(.console), style: pending || near ? .amber : .normal, indent: 4)
            }
        }
    }

    /// When the main duty decision (s193) falls due on a relief duty, given what the council has found so far.
    private func mainDutyNote(_ clock: DutyClock) -> String {
        if clock.mainDutyDecisionDue { return "decision (s193) due now: the relief duty ended at day 56" }
        if DutyClock.reliefEndsAutomatically(record.findings) {
            return "priority need and no intentionality found: relief ends at day 56 and the decision (s193) is due then"
        }
        return "due at day 56 only if priority need and no intentionality are found (not decided yet)"
    }

    /// A bar of 56 cells (or fewer when narrow): days used filled, amber in the last week, red at day 56.
    static func progressBar(day: Int, width: Int) -> [Span] {
        let cells = max(10, min(DutyClock.length, width - PaneText.labelWidth - 8))
        let used = max(0, min(cells, day * cells / DutyClock.length))
        let style: Style = day >= DutyClock.length ? .red : DutyClock.length - day <= 7 ? .amber : .green
        return [Span(String(repeating: "█", count: used), style), Span(String(repeating: "░", count: cells - used), .muted),
                Span(" \(min(day, DutyClock.length))/\(DutyClock.length)", .muted)]
    }

    mutating func handleDutyKey(_ key: Key) -> CaseScreenOutcome? {
        switch key {
        case .character("s"):
            if let blocked = unsavedEditsBlockRules { return blocked }
            return open(CaseForms.startDuty(indicated: report.rules.indicatedDuty, today: context.today))
        case .character("e"):
            if let blocked = unsavedEditsBlockRules { return blocked }
            guard let duty = record.activeDuty else { return .message("No duty is active on \(ref)") }
            return open(CaseForms.endDuty(duty.kind, today: context.today, staff: context.staff, actor: context.actor))
        default:
            return handleScrollKey(key)
        }
    }
}
