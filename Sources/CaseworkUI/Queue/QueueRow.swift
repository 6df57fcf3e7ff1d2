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

    /// Runs every rule once for the summary; the only place the queue evaluates a case. A restricted case the officer
    /// is not cleared for arrives withheld (`ListedCase`): the columns below can only show what may be shown.
    public init(_ summary: CaseSummary, context: ConsoleContext) {
        let today = context.today
        let listed = ListedCase(summary, for: context.actor, today: today, configuration: context.configuration)
        let summary = listed.summary, evaluation = listed.evaluation, alerts = listed.alerts
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
        worst = alerts.first?.severity
        topAlert = alerts.first?.kind
        alertCount = alerts.count
    }

    public var ref: String { key.ref }
    public var receivedOn: Day { key.receivedOn }
}
