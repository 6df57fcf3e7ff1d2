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

    /// Runs every rule once for the summary; the only place the queue evaluates a case. A restricted case the officer
    /// is not cleared for arrives withheld (`ListedCase`): the columns below can only show what may be shown.
    public init(_ summary: CaseSummary, context: ConsoleContext) {
        let today = context.today
        let listed = ListedCase(summary, for: context.actor, today: today, configuration: context.configuration)
        withheld = listed.masked
        name = listed.name
        familyStart = listed.masked || summary.firstName.isEmpty ? 0 : UInt16(clamping: summary.firstName.utf8.count + 1)
        let whose = listed.masked ? QueueRow.whoseCase(summary, staff: context.staff) : nil
        let summary = listed.summary, evaluation = listed.evaluation, alerts = listed.alerts
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
}
