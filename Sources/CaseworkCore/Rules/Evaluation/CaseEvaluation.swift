/// Everything the rules say about one case on one day. Cheap to make (no text is built until a reason is read),
/// so the console evaluates every case at start-up; its JSON form is the `rules` object of `case show --json`.
public struct CaseEvaluation: Hashable, Sendable {
    public let ref: String
    public let receivedOn: Day
    public let today: Day
    public let threat: ThreatAssessment
    public let notice: NoticeCheck
    public let route: TriageRoute
    public let priorityNeed: PriorityNeedAssessment
    /// Interim accommodation (s188): possible, and whether the officer has answered it.
    public let interim: InterimDutyAssessment
    public let priority: PriorityScore
    /// The active duty's clock; nil when no duty is active.
    public let duty: DutyClock?

    public var homeless: Bool { threat.homeless }
    public var mayBeHomeless: Bool { threat.mayBeHomeless }
    public var threatened: Bool { threat.threatened }
    public var daysUntilLoss: Int? { threat.daysUntilLoss }
    public var indicatedDuty: IndicatedDuty { threat.indicatedDuty }
    /// The threat test's reasons, built when read.
    public var threatReasons: [ThreatReason] { threat.reasons(notice: notice) }
    public var score: Double { priority.total }
    public var queueKey: QueueKey { QueueKey(score: priority.total, receivedOn: receivedOn, ref: ref) }
}

/// The one entry point: every rule for a case, and the alerts derived from them.
public enum CaseRules {
    public static func evaluate(_ summary: CaseSummary, today: Day,
                                configuration: RuleConfiguration = .standard) -> CaseEvaluation {
        let notice = NoticeCheck(summary, today: today)
        let threat = ThreatAssessment(summary, notice: notice, today: today)
        let priorityNeed = PriorityNeedAssessment(summary, today: today)
        let interim = InterimDutyAssessment(summary, threat: threat, priorityNeed: priorityNeed)
        let duty = summary.activeDuty.map { DutyClock($0, findings: summary.findings, today: today) }
        return CaseEvaluation(
            ref: summary.ref, receivedOn: summary.receivedOn, today: today, threat: threat, notice: notice,
            route: TriageRoute(summary, settings: configuration.route), priorityNeed: priorityNeed, interim: interim,
            priority: PriorityScore(summary, threat: threat, priorityNeed: priorityNeed, interim: interim, duty: duty,
                                    today: today, weights: configuration.priority),
            duty: duty)
    }

    /// The alerts for a case, most urgent first. Pass the evaluation when you already have it.
    public static func alerts(_ summary: CaseSummary, today: Day, configuration: RuleConfiguration = .standard,
                              evaluation: CaseEvaluation? = nil) -> [Alert] {
        let evaluation = evaluation ?? evaluate(summary, today: today, configuration: configuration)
        return AlertRules.alerts(summary, evaluation: evaluation, settings: configuration.alerts)
    }

    /// The `rules` object and the `alerts` array together, as `case show --json` prints them.
    public static func report(_ summary: CaseSummary, today: Day,
                              configuration: RuleConfiguration = .standard) -> CaseReport {
        let evaluation = evaluate(summary, today: today, configuration: configuration)
        return CaseReport(rules: evaluation, alerts: alerts(summary, today: today, configuration: configuration,
                                                            evaluation: evaluation))
    }
}

/// What `case show --json` adds to a case: `{"rules": {...}, "alerts": [...]}`.
public struct CaseReport: Hashable, Sendable, Encodable {
    public let rules: CaseEvaluation
    public let alerts: [Alert]
}
