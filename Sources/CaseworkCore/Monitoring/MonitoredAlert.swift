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
    public let officer: String?
    public let state: AlertState
    /// Red, not acknowledged or snoozed, and red for the kind's escalation period in working days.
    public let escalated: Bool
    /// The manager it escalates to (nil when the officer has none named, or the case is unassigned).
    public let escalatedTo: String?
    /// The last day the case changed, for "new or changed since".
    public let caseChangedOn: Day

    public init(alert: Alert, officer: String?, state: AlertState, escalated: Bool, escalatedTo: String?, caseChangedOn: Day) {
        self.alert = alert
        self.officer = officer
        self.state = state
        self.escalated = escalated
        self.escalatedTo = escalatedTo
        self.caseChangedOn = caseChangedOn
    }

    public var ref: String { alert.ref }
    /// The digest of the facts an acknowledgement or snooze holds for; made when asked, not for every alert listed.
    public var fingerprint: String { AlertFingerprint.of(alert) }
    public var severity: AlertSeverity { alert.severity }
    public var kind: AlertKind { alert.kind }
    /// Counts towards the red and amber figures: neither acknowledged nor snoozed.
    public var isOpen: Bool { state == .open }

    public func message(_ wording: Wording) -> String { alert.words(wording) }

    /// `alerts` most urgent first, as `urgency` orders them. Sorts small keys and moves each alert once: moving these
    /// values about in a sort of 100,000 cost ten times the rules that made them.
    public static func sortedByUrgency(_ alerts: [MonitoredAlert]) -> [MonitoredAlert] {
        urgencyOrder(alerts).map { alerts[$0] }
    }

    /// The positions of `alerts` most urgent first, for a list that keeps more beside each alert.
    public static func urgencyOrder(_ alerts: [MonitoredAlert]) -> [Int] {
        guard alerts.count > 1 else { return Array(alerts.indices) }
        struct Key {
            let rank: Int
            let due: Int
            /// The ref's number where it is `H-` and digits (every ref the store makes), else nil.
            let number: Int?
            let index: Int
        }
        let keys = alerts.enumerated().map { index, alert in
            Key(rank: alert.severity.order * 4 + (alert.escalated ? 0 : 2) + (alert.isOpen ? 0 : 1),
                due: alert.alert.dueOn.daysSinceEpoch, number: CaseRef.number(alert.ref), index: index)
        }
        let order = keys.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.due != b.due { return a.due < b.due }
            if let x = a.number, let y = b.number, x != y { return x < y }
            return urgency(alerts[a.index], alerts[b.index])
        }
        return order.map(\.index)
    }

    /// Most urgent first: red before amber before green, escalated and open first, then the earliest due date.
    public static func urgency(_ a: MonitoredAlert, _ b: MonitoredAlert) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        if a.escalated != b.escalated { return a.escalated }
        if a.isOpen != b.isOpen { return a.isOpen }
        if a.alert.dueOn != b.alert.dueOn { return a.alert.dueOn < b.alert.dueOn }
        if a.ref != b.ref { return CaseRef.precedes(a.ref, b.ref) }
        return a.kind.rawValue < b.kind.rawValue
    }
}

extension AlertSeverity {
    /// Red 0, amber 1, green 2: the order lists sort in.
    var order: Int {
        switch self {
        case .red: 0
        case .amber: 1
        case .green: 2
        }
    }
}

extension CaseRef {
    /// Refs in number order (`H-9999` before `H-10000`), any other text after them in text order.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        switch (number(a), number(b)) {
        case let (x?, y?): x != y ? x < y : a < b
        case (_?, nil): true
        case (nil, _?): false
        case (nil, nil): a < b
        }
    }
}
