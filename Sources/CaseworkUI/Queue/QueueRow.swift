import CaseworkCore

/// One case as the queue shows it: what the rules said when the summary was loaded, in a few bytes, so
/// 100,000 rows cost no rule work after load and cell text is built only for the rows on screen.
public struct QueueRow: Hashable, Sendable {
    /// The queue's sort key, which also holds the ref and the application date.
    public let key: QueueKey
    /// The applicant's name, or "Restricted" for someone not entitled to it: the row never holds what it may not show.
    public let name: String
    /// Where the family name starts in `name` (UTF-8 bytes), for sorting by family name then given name.
    let familyStart: UInt16
    public let restricted: Bool
    /// Restricted and not for this officer to open: the cursor never lands on it by default, and Enter asks first.
    public let withheld: Bool
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
        withheld = listed.masked
        name = listed.name
        familyStart = listed.masked || summary.firstName.isEmpty ? 0 : UInt16(clamping: summary.firstName.utf8.count + 1)
        let whose = listed.masked ? QueueRow.whoseCase(summary, staff: context.staff) : nil
        let summary = listed.summary, evaluation = listed.evaluation
        let alerts = monitored && !listed.masked
            ? context.monitor.alerts(for: summary, viewer: context.actor, evaluation: evaluation).filter(\.isOpen).map(\.alert)
            : listed.alerts
        restricted = summary.restricted
        revision = summary.revision
        key = evaluation.queueKey
        status = summary.status
        household = HouseholdMakeup(summary, on: today)
        daysUntilLoss = evaluation.daysUntilLoss
        homeless = evaluation.homeless
        verdict = evaluation.notice.verdict
        team = whose ?? evaluation.route.team
        routeDecided = summary.route != nil || whose != nil
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

    /// The family name, then the given name: the order a name column sorts in.
    var familyName: Substring { name.utf8.count >= familyStart ? Substring(name.utf8.dropFirst(Int(familyStart))) : Substring(name) }
    var givenName: Substring { familyStart == 0 ? "" : Substring(name.utf8.prefix(Int(familyStart) - 1)) }

    /// Whose a restricted case is, for the officer who may not open it: the refuge partner's (a case routed there, which
    /// "Restricted" already says is about abuse), or the assigned officer's team. Said in the route column, so the officer
    /// knows who to ask rather than trying to open it.
    static func whoseCase(_ summary: CaseSummary, staff: StaffDirectory) -> Team? {
        summary.route?.team == .refuge ? .refuge : summary.assignedOfficer.flatMap { staff.member($0)?.team }
    }

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
