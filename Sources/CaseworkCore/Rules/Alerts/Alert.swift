public enum AlertKind: String, Codable, CaseIterable, Sendable {
    case dutyDeadlineNear = "duty-deadline-near"
    case dutyDeadlinePassed = "duty-deadline-passed"
    case mainDutyDecisionDue = "main-duty-decision-due"
    case planNotAgreed = "plan-not-agreed"
    case planStepOverdue = "plan-step-overdue"
    case planReviewDue = "plan-review-due"
    case noContact = "no-contact"
    case documentsMissing = "documents-missing"
    case noticeExpiring = "notice-expiring"
    /// The notice has run out and nothing is secured: the landlord may now seek possession.
    case noticeExpired = "notice-expired"
    case possibleInterimDuty = "possible-interim-duty"
    /// The facts indicate relief or prevention and no duty has started 5 working days after the application.
    case dutyNotStarted = "duty-not-started"
    case reviewRequestDeadline = "review-request-deadline"
    case reviewDecisionDeadline = "review-decision-deadline"
    /// A contact's follow-up day has come and no contact has been logged since.
    case followUpDue = "follow-up-due"
    /// The applicant missed an appointment and has no later one: offer the next slot.
    case appointmentMissed = "appointment-missed"
    /// A second appointment missed in a row: someone must decide whether to warn about lost contact.
    case contactWarningUndecided = "contact-warning-undecided"
    case interpreterNotArranged = "interpreter-not-arranged"
    case thirdPartyNotArranged = "third-party-not-arranged"

    public var label: String {
        switch self {
        case .dutyDeadlineNear: "Duty deadline near"
        case .dutyDeadlinePassed: "Duty deadline passed"
        case .mainDutyDecisionDue: "Main duty decision due"
        case .planNotAgreed: "Plan not agreed"
        case .planStepOverdue: "Plan step overdue"
        case .planReviewDue: "Plan review due"
        case .noContact: "No contact"
        case .documentsMissing: "Documents missing"
        case .noticeExpiring: "Notice expiring"
        case .noticeExpired: "Notice expired"
        case .possibleInterimDuty: "Possible interim duty (s188)"
        case .dutyNotStarted: "Duty not started"
        case .reviewRequestDeadline: "Review request deadline"
        case .reviewDecisionDeadline: "Review decision deadline"
        case .followUpDue: "Follow-up due"
        case .appointmentMissed: "Appointment missed"
        case .contactWarningUndecided: "Second appointment missed"
        case .interpreterNotArranged: "Interpreter not arranged"
        case .thirdPartyNotArranged: "Third party not arranged"
        }
    }

    /// The kind and how far off its date is (`Alert.relative`), where the whole message does not fit:
    /// "Notice expired 200 days ago", "Plan review due in 3 days", "No contact, due yesterday".
    public func brief(_ relative: String) -> String {
        let readsOn = self == .noticeExpired || label.hasSuffix(" due")
        return label + (readsOn ? " " : ", due ") + relative
    }
}

/// Red: act today (a deadline passed or a duty may be owed now). Amber: due soon. Green: worth knowing.
public enum AlertSeverity: String, Codable, CaseIterable, Sendable, Comparable {
    case red, amber, green

    private var rank: Int {
        switch self {
        case .red: 0
        case .amber: 1
        case .green: 2
        }
    }

    /// Red sorts first.
    public static func < (lhs: AlertSeverity, rhs: AlertSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// One derived alert. It names the case only by its ref; the message says what is due and when, never who.
public struct Alert: Hashable, Sendable, Encodable {
    public let kind: AlertKind
    public let severity: AlertSeverity
    public let dueOn: Day
    public let ref: String
    /// The day the alert was derived on, for "in 3 days" / "5 days ago".
    public let today: Day
    /// The duty or decision the alert is about, where it is about one.
    public let dutyKind: DutyKind?
    public let decisionKind: DecisionKind?
    /// The day the matter began, where the message names it ("relief duty indicated since …").
    public let since: Day?

    public init(kind: AlertKind, severity: AlertSeverity, dueOn: Day, ref: String, today: Day,
                dutyKind: DutyKind? = nil, decisionKind: DecisionKind? = nil, since: Day? = nil) {
        self.kind = kind
        self.severity = severity
        self.dueOn = dueOn
        self.ref = ref
        self.today = today
        self.dutyKind = dutyKind
        self.decisionKind = decisionKind
        self.since = since
    }

    /// "today", "in 3 days", "2 days ago": how far a due date is, as every screen words it.
    public static func relative(_ days: Int) -> String {
        switch days {
        case 0: "today"
        case 1: "tomorrow"
        case -1: "yesterday"
        case ..<0: "\(-days) days ago"
        default: "in \(days) days"
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, severity, dueOn, ref, message }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(severity, forKey: .severity)
        try container.encode(dueOn, forKey: .dueOn)
        try container.encode(ref, forKey: .ref)
        try container.encode(words(.commandLine), forKey: .message)
    }
}
