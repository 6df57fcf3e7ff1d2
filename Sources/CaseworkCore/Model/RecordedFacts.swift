/// Interim accommodation (s188): provided, or not owed in the officer's judgement (with the reason). Either
/// answers the "possible s188 duty" alert.
public struct InterimAccommodation: Codable, Hashable, Sendable {
    public enum Outcome: String, Codable, CaseIterable, Sendable {
        case provided
        case notOwed = "not-owed"

        public var label: String {
            switch self {
            case .provided: "Interim accommodation provided"
            case .notOwed: "Interim accommodation not owed"
            }
        }
    }

    public var outcome: Outcome
    public var recordedOn: Day
    public var recordedBy: String
    /// Why it is not owed; required for `notOwed`.
    public var reason: String?

    public init(outcome: Outcome, recordedOn: Day, recordedBy: String, reason: String? = nil) {
        self.outcome = outcome
        self.recordedOn = recordedOn
        self.recordedBy = recordedBy
        self.reason = reason
    }
}

/// The four findings relief's end and the main duty turn on.
public enum FindingKind: String, Codable, CaseIterable, Sendable {
    case eligibility
    case priorityNeed = "priority-need"
    case intentionality
    case localConnection = "local-connection"

    public var label: String {
        switch self {
        case .eligibility: "Eligibility"
        case .priorityNeed: "Priority need"
        case .intentionality: "Intentionality"
        case .localConnection: "Local connection"
        }
    }

    /// The written decision a finding produces, and so its review right (s202).
    public var decisionKind: DecisionKind {
        switch self {
        case .eligibility: .eligibility
        case .priorityNeed, .intentionality: .dutyOwed
        case .localConnection: .localConnectionReferral
        }
    }

    /// The words of the finding as its letter states it.
    public func outcome(_ value: Bool) -> String {
        switch (self, value) {
        case (.eligibility, true): "Eligible for assistance"
        case (.eligibility, false): "Not eligible for assistance"
        case (.priorityNeed, true): "In priority need"
        case (.priorityNeed, false): "Not in priority need"
        case (.intentionality, true): "Became homeless intentionally"
        case (.intentionality, false): "Did not become homeless intentionally"
        case (.localConnection, true): "Has a local connection with this district"
        case (.localConnection, false): "Has no local connection with this district"
        }
    }
}

/// One finding as the council made it: what, when, by whom, and the decision (letter) that notified it.
public struct RecordedFinding: Codable, Hashable, Sendable {
    public var kind: FindingKind
    public var value: Bool
    public var decidedOn: Day
    public var decidedBy: String
    public var decisionId: Int

    public init(kind: FindingKind, value: Bool, decidedOn: Day, decidedBy: String, decisionId: Int) {
        self.kind = kind
        self.value = value
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
        self.decisionId = decisionId
    }
}

/// One step of the s193B sequence: an applicant's refusal of a required plan step, or the written warning.
public struct NonCooperationRecord: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case refusal
        case warning
    }

    public var kind: Kind
    public var on: Day
    public var by: String
    /// The refused step (a refusal), by its id in the plan.
    public var stepId: Int?
    /// The period the warning gives to comply, in days (a warning).
    public var periodDays: Int?
    public var note: String?

    public init(kind: Kind, on: Day, by: String, stepId: Int? = nil, periodDays: Int? = nil, note: String? = nil) {
        self.kind = kind
        self.on = on
        self.by = by
        self.stepId = stepId
        self.periodDays = periodDays
        self.note = note
    }
}
