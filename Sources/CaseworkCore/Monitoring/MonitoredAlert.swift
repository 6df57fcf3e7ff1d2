/// Where an alert stands with the people who must act on it.
public enum AlertState: Hashable, Sendable {
    case open
    case acknowledged(AlertResponse)
    /// Hidden until the response's `until` day.
    case snoozed(AlertResponse)

    public var response: AlertResponse? {
        switch self {
        case .open: nil
        case .acknowledged(let response), .snoozed(let response): response
        }
    }

    public var name: String {
        switch self {
        case .open: "open"
        case .acknowledged: "acknowledged"
        case .snoozed: "snoozed"
        }
    }
}

/// One derived alert as the monitoring screens and the digest show it: coloured by the council's SLA, with the
/// officer whose case it is, the acknowledgement or snooze that holds for its facts, and whether it has escalated.
public struct MonitoredAlert: Hashable, Sendable {
    public let alert: Alert
    public let fingerprint: String
    public let officer: String?
    public let state: AlertState
    /// Red, not acknowledged or snoozed, and red for the kind's escalation period in working days.
    public let escalated: Bool
    /// The manager it escalates to (nil when the officer has none named, or the case is unassigned).
    public let escalatedTo: String?
    /// False when the viewer is not cleared for the restricted case: only its ref, officer and colour may show.
    public let visible: Bool
    /// The last day the case changed, for "new or changed since".
    public let caseChangedOn: Day

    public init(alert: Alert, fingerprint: String, officer: String?, state: AlertState, escalated: Bool, escalatedTo: String?,
                visible: Bool, caseChangedOn: Day) {
        self.alert = alert
        self.fingerprint = fingerprint
        self.officer = officer
        self.state = state
        self.escalated = escalated
        self.escalatedTo = escalatedTo
        self.visible = visible
        self.caseChangedOn = caseChangedOn
    }

    public var ref: String { alert.ref }
    public var severity: AlertSeverity { alert.severity }
    public var kind: AlertKind { alert.kind }
    /// Counts towards the red and amber figures: neither acknowledged nor snoozed.
    public var isOpen: Bool { state == .open }

    /// What a list may say about the alert to this viewer.
    public var label: String { visible ? alert.kind.label : CaseAccess.restrictedLabel }
    public func message(_ wording: Wording) -> String { visible ? alert.words(wording) : CaseAccess.restrictedLabel }

    /// Most urgent first: red before amber before green, escalated and open first, then the earliest due date.
    public static func urgency(_ a: MonitoredAlert, _ b: MonitoredAlert) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        if a.escalated != b.escalated { return a.escalated }
        if a.isOpen != b.isOpen { return a.isOpen }
        if a.alert.dueOn != b.alert.dueOn { return a.alert.dueOn < b.alert.dueOn }
        if a.ref != b.ref { return a.ref < b.ref }
        return a.kind.rawValue < b.kind.rawValue
    }
}
