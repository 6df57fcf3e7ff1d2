import CaseworkCore

/// One case as the queue shows it: what the rules said when the summary was loaded, in a few bytes, so
/// 100,000 rows cost no rule work after load and cell text is built only for the rows on screen.
public struct QueueRow: Hashable, Sendable {
    /// The queue's sort key, which also holds the ref and the application date.
    public let key: QueueKey
    /// The applicant's name, or "Restricted" for someone not entitled to it: the row never holds what it may not show.
    public let name: String
    public let restricted: Bool
    /// The summary's revision, so a summary seen again unchanged (on opening the case) costs nothing.
    public let revision: Int
    public let status: CaseStatus
    public let household: HouseholdMakeup
    public var adults: Int { household.adults }
    public var children: Int { household.children }
    /// 0 when homeless now; negative when a notice has expired with the household still in the home.
    public let daysUntilLoss: Int?
    public let homeless: Bool
    public let verdict: NoticeVerdict
    public let team: Team
    /// True once an officer accepted or overrode the route; false while it is only the rules' suggestion.
    public let routeDecided: Bool
    public let documentsProvided: Int
    public let documentsTotal: Int
    public let daysWaiting: Int
    /// The assigned officer's id, nil when unassigned.
    public let officer: String?
    public let dutyKind: DutyKind?
    public let dutyDay: Int?
    public let nextAppointmentOn: Day?
    /// The worst alert's severity and kind, and how many alerts there are.
    public let worst: AlertSeverity?
    public let topAlert: AlertKind?
    public let alertCount: Int
    /// The caseloads' facts: the duty's last day, where the plan stands, the earliest plan step overdue.
    public let dutyLastDay: Day?
    public let plan: PlanStanding
    public let overdueStepOn: Day?

    /// Runs every rule once for the summary; the only place the queue evaluates a case. A restricted case the officer
    /// is not cleared for arrives withheld (`ListedCase`): the columns below can only show what may be shown. In a
    /// caseload (`monitored`) the alerts are those still open: an acknowledged or snoozed one does not mark the row.
    public init(_ summary: CaseSummary, context: ConsoleContext, monitored: Bool = false) {
        let today = context.today
        let listed = ListedCase(summary, for: context.actor, today: today, configuration: context.configuration)
        let summary = listed.summary, evaluation = listed.evaluation
        let alerts = monitored && !listed.masked
            ? context.monitor.alerts(for: summary, viewer: context.actor, evaluation: evaluation).filter(\.isOpen).map(\.alert)
            : listed.alerts
        name = listed.name
        restricted = summary.restricted
        revision = summary.revision
        key = evaluation.queueKey
        status = summary.status
        household = HouseholdMakeup(summary, on: today)
        daysUntilLoss = evaluation.daysUntilLoss
        homeless = evaluation.homeless
        verdict = evaluation.notice.verdict
        team = evaluation.route.team
        routeDecided = summary.route != nil
        documentsProvided = summary.documentsProvided
        documentsTotal = summary.documentsTotal
        daysWaiting = summary.receivedOn.days(until: today)
        officer = summary.assignedOfficer
        dutyKind = evaluation.duty?.kind
        dutyDay = evaluation.duty?.day
        nextAppointmentOn = summary.nextAppointmentOn
        dutyLastDay = evaluation.duty?.lastDay
        plan = summary.assessedOn == nil ? .notDue : summary.planSettledOn != nil ? .settled : .notSettled
        overdueStepOn = summary.openStepDueOn.flatMap { $0 < today ? $0 : nil }
        worst = alerts.first?.severity
        topAlert = alerts.first?.kind
        alertCount = alerts.count
    }

    public var ref: String { key.ref }
    public var receivedOn: Day { key.receivedOn }

    /// The sooner of the duty's last day and an overdue plan step: what makes the case pressing in a caseload.
    public var pressingOn: Day? {
        switch (dutyLastDay, overdueStepOn) {
        case let (a?, b?): min(a, b)
        case let (a, b): a ?? b
        }
    }

    /// Where the row goes: the triage queue's priority order, or in a caseload the most pressing first (the worst open
    /// alert, the pressing date, the oldest application), as `case list --scope` orders it.
    func rank(in scope: CaseloadScope) -> QueueRank {
        guard scope != .triage else { return .priority(key) }
        return .pressing(alert: 3 - QueueRows.severity(worst), on: pressingOn?.daysSinceEpoch ?? Int.max,
                         receivedOn: receivedOn.daysSinceEpoch, ref: ref)
    }
}

/// A row's place in its list: comparable only within one kind, as a list holds rows of one scope.
enum QueueRank: Hashable, Sendable, Comparable {
    case priority(QueueKey)
    case pressing(alert: Int, on: Int, receivedOn: Int, ref: String)

    static func < (lhs: QueueRank, rhs: QueueRank) -> Bool {
        switch (lhs, rhs) {
        case let (.priority(a), .priority(b)): return a < b
        case let (.pressing(a1, a2, a3, a4), .pressing(b1, b2, b3, b4)):
            if (a1, a2, a3) != (b1, b2, b3) { return (a1, a2, a3) < (b1, b2, b3) }
            return a4 != b4 && CaseRef.precedes(a4, b4)
        case (.priority, .pressing): return true
        case (.pressing, .priority): return false
        }
    }
}
