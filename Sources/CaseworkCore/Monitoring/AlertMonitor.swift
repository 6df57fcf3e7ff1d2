/// Derives the monitored alerts of cases: the rules' alerts, coloured by the council's SLA, matched with the
/// acknowledgements and snoozes stored on the case, and escalated when red and unanswered for too long.
/// Nothing here is stored: the same case on the same day always gives the same alerts.
public struct AlertMonitor: Sendable {
    public let today: Day
    public let configuration: RuleConfiguration
    public let settings: MonitoringSettings
    public let staff: StaffDirectory
    /// The alert rules' calendar, so that escalation and the dashboard count working days as the alerts do.
    public let calendar = WorkingCalendar.england
    /// Looked up once, not per alert: at 100,000 cases a search of the staff list per alert cost seconds.
    private let managers: [String: String]
    private let policies: [AlertKind: AlertKindPolicy]
    /// False when no kind sets its own colours, so the rules' alerts pass through untouched.
    private let recolours: Bool

    public init(today: Day, configuration: RuleConfiguration, settings: MonitoringSettings, staff: StaffDirectory) {
        self.today = today
        self.configuration = configuration
        self.settings = settings
        self.staff = staff
        managers = Dictionary(staff.members.compactMap { member in member.manager.map { (member.id, $0) } }, uniquingKeysWith: { a, _ in a })
        policies = Dictionary(uniqueKeysWithValues: AlertKind.allCases.map { ($0, settings.escalation.policy(for: $0)) })
        recolours = policies.values.contains { $0.amberDays != nil || $0.redAfterDays != nil }
    }

    /// The rules' alerts on `day`, with the colours of the council's SLA.
    public func coloured(_ summary: CaseSummary, on day: Day, evaluation: CaseEvaluation? = nil) -> [Alert] {
        let alerts = CaseRules.alerts(summary, today: day, configuration: configuration, evaluation: evaluation)
        guard recolours else { return alerts }
        return alerts.map { alert in
            let policy = policy(for: alert.kind)
            let severity = policy.severity(ruled: alert.severity, dueOn: alert.dueOn, today: day)
            guard severity != alert.severity else { return alert }
            return Alert(kind: alert.kind, severity: severity, dueOn: alert.dueOn, ref: alert.ref, today: alert.today,
                         dutyKind: alert.dutyKind, decisionKind: alert.decisionKind)
        }
    }

    /// The case's alerts, most urgent first; none for a restricted case the viewer is not cleared for, whose alerts
    /// would characterise it (the lists say how many such cases they left out, as `ListedCase` withholds them).
    public func alerts(for summary: CaseSummary, viewer: Actor, evaluation: CaseEvaluation? = nil) -> [MonitoredAlert] {
        guard CaseAccess.mayView(summary, as: viewer) else { return [] }
        let alerts = coloured(summary, on: today, evaluation: evaluation)
        guard !alerts.isEmpty else { return [] }
        var redBefore: [Day: [Alert]] = [:]
        let monitored = alerts.map { alert in
            let state = Self.state(of: alert, responses: summary.alertResponses, today: today)
            var escalated = false
            if alert.severity == .red, state == .open {
                let period = policy(for: alert.kind).escalateAfterWorkingDays ?? settings.escalation.workingDays
                let since = calendar.adding(workingDays: -period, to: today)
                // Before the application there was nothing to be late with.
                if since >= summary.receivedOn {
                    let earlier = redBefore[since] ?? coloured(summary, on: since)
                    redBefore[since] = earlier
                    escalated = earlier.contains { Self.sameConcern($0, alert) && $0.severity == .red }
                }
            }
            let officer = summary.assignedOfficer
            return MonitoredAlert(alert: alert, officer: officer, state: state, escalated: escalated,
                                  escalatedTo: escalated ? officer.flatMap { managers[$0] } : nil, caseChangedOn: summary.updatedAt.day)
        }
        return monitored.count > 1 ? monitored.sorted(by: MonitoredAlert.urgency) : monitored
    }

    private func policy(for kind: AlertKind) -> AlertKindPolicy { policies[kind] ?? AlertKindPolicy() }

    /// The latest response for these facts: an acknowledgement holds until the facts change, a snooze until its day.
    static func state(of alert: Alert, responses: [AlertResponse]?, today: Day) -> AlertState {
        guard let responses, !responses.isEmpty else { return .open }
        let kind = alert.kind.rawValue
        let fingerprint = AlertFingerprint.of(alert)
        guard let latest = responses.last(where: { $0.kind == kind && $0.fingerprint == fingerprint }) else { return .open }
        switch latest.action {
        case .acknowledged: return .acknowledged(latest)
        case .snoozed: return (latest.until.map { today < $0 } ?? false) ? .snoozed(latest) : .open
        }
    }

    /// The same matter on another day: a date that rolls with the day (a duty owed "today") must not hide it.
    static func sameConcern(_ a: Alert, _ b: Alert) -> Bool {
        a.kind == b.kind && a.dutyKind == b.dutyKind && a.decisionKind == b.decisionKind
    }

    /// New or changed since `day`: not raised with these facts then, a case changed since, or a snooze ended since.
    public func isNewOrChanged(_ monitored: MonitoredAlert, summary: CaseSummary, since day: Day) -> Bool {
        if monitored.caseChangedOn >= day { return true }
        let then = coloured(summary, on: day)
        if !then.contains(where: { AlertFingerprint.of($0) == monitored.fingerprint }) { return true }
        let kind = monitored.kind.rawValue
        return (summary.alertResponses ?? []).contains { response in
            response.kind == kind && response.fingerprint == monitored.fingerprint && response.action == .snoozed
                && (response.until.map { $0 > day && $0 <= today } ?? false)
        }
    }
}
