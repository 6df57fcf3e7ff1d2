/// Which cases a caseload list shows: the triage queue, the officer's own, their team's, or every open case.
public enum CaseloadScope: String, CaseIterable, Sendable {
    case triage
    case mine
    case team
    case open

    public var label: String {
        switch self {
        case .triage: "Triage queue"
        case .mine: "My caseload"
        case .team: "My team's caseload"
        case .open: "All open cases"
        }
    }
}

/// Where the plan stands: settled (agreed, or the disagreement recorded with the council's steps), due after an
/// assessment and not yet settled, or not due (no assessment yet).
public enum PlanStanding: String, Sendable {
    case settled
    case notSettled = "not-settled"
    case notDue = "not-due"
}

/// One case as a caseload list shows it: the duty and its day, its last day, the next appointment, the plan, the
/// worst open alert. Built from the summary alone; `name` is "Restricted" for a viewer not cleared.
public struct CaseloadRow: Hashable, Sendable {
    public let ref: String
    public let name: String
    /// False for a restricted case the viewer is not cleared for: only the ref, officer and colour may show.
    public let visible: Bool
    public let officer: String?
    public let status: CaseStatus
    public let receivedOn: Day
    public let duty: DutyKind?
    public let dutyDay: Int?
    public let dutyLastDay: Day?
    public let nextAppointmentOn: Day?
    public let plan: PlanStanding
    /// The earliest due date of a plan step not done, when it has passed.
    public let overdueStepOn: Day?
    /// The worst alert neither acknowledged nor snoozed.
    public let worstAlert: Alert?
    public let queueKey: QueueKey

    /// The date that makes the case pressing: the duty's last day or an overdue step, whichever is sooner.
    public var pressingOn: Day? {
        switch (dutyLastDay, overdueStepOn) {
        case let (a?, b?): min(a, b)
        case let (a, b): a ?? b
        }
    }

    /// Most pressing first: the worst alert's colour, then the pressing date (none last), then the oldest application.
    public static func pressing(_ a: CaseloadRow, _ b: CaseloadRow) -> Bool {
        switch (a.worstAlert?.severity, b.worstAlert?.severity) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        switch (a.pressingOn, b.pressingOn) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        if a.receivedOn != b.receivedOn { return a.receivedOn < b.receivedOn }
        return a.ref < b.ref
    }
}

public enum Caseload {
    /// The rows of a scope for `viewer`, in its order: the triage queue by the rules' priority, the others by what
    /// is most pressing. Closed cases are in none of them.
    public static func rows(_ summaries: [CaseSummary], scope: CaseloadScope, viewer: Actor,
                            monitor: AlertMonitor) -> [CaseloadRow] {
        let team = scope == .team ? monitor.staff.team(of: viewer.id) : []
        var rows: [CaseloadRow] = []
        for summary in summaries {
            switch scope {
            case .triage: guard QueueOrder.admits(summary) else { continue }
            case .mine: guard summary.status != .closed, summary.assignedOfficer == viewer.id else { continue }
            case .team: guard summary.status != .closed, let officer = summary.assignedOfficer, team.contains(officer) else { continue }
            case .open: guard summary.status != .closed else { continue }
            }
            rows.append(row(summary, viewer: viewer, monitor: monitor))
        }
        if scope == .triage {
            rows.sort { $0.queueKey < $1.queueKey }
        } else {
            rows.sort(by: CaseloadRow.pressing)
        }
        return rows
    }

    /// A restricted case the viewer is not cleared for is listed withheld (`ListedCase`): its ref, officer and status.
    public static func row(_ summary: CaseSummary, viewer: Actor, monitor: AlertMonitor) -> CaseloadRow {
        let today = monitor.today
        let listed = ListedCase(summary, for: viewer, today: today, configuration: monitor.configuration)
        let shown = listed.summary, evaluation = listed.evaluation
        let worst = listed.masked ? nil : monitor.alerts(for: shown, viewer: viewer, evaluation: evaluation).first { $0.isOpen }?.alert
        let plan: PlanStanding = shown.planSettledOn != nil ? .settled : shown.assessedOn != nil ? .notSettled : .notDue
        return CaseloadRow(
            ref: shown.ref, name: listed.name, visible: !listed.masked,
            officer: shown.assignedOfficer, status: shown.status, receivedOn: shown.receivedOn,
            duty: evaluation.duty?.kind, dutyDay: evaluation.duty?.day, dutyLastDay: evaluation.duty?.lastDay,
            nextAppointmentOn: shown.nextAppointmentOn, plan: plan,
            overdueStepOn: shown.openStepDueOn.flatMap { $0 < today ? $0 : nil },
            worstAlert: worst, queueKey: evaluation.queueKey)
    }
}
