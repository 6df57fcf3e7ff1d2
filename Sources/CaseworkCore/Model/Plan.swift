/// The s189A assessment: why, what accommodation is suitable, what support is needed.
public struct Assessment: Codable, Hashable, Sendable {
    public var completedOn: Day
    public var completedBy: String
    public var reasonForLoss: LossReason?
    public var circumstances: String
    public var housingNeeds: String
    public var supportNeeded: String
    /// The assessment must be notified in writing (s189A(3)).
    public var notifiedInWritingOn: Day?

    public init(completedOn: Day, completedBy: String, reasonForLoss: LossReason? = nil, circumstances: String = "",
                housingNeeds: String = "", supportNeeded: String = "", notifiedInWritingOn: Day? = nil) {
        self.completedOn = completedOn
        self.completedBy = completedBy
        self.reasonForLoss = reasonForLoss
        self.circumstances = circumstances
        self.housingNeeds = housingNeeds
        self.supportNeeded = supportNeeded
        self.notifiedInWritingOn = notifiedInWritingOn
    }
}

/// Who a plan step belongs to. Applicant steps are required or recommended: missing a recommended
/// step never counts as non-co-operation (s189A(4), s193A).
public enum StepOwner: String, Codable, CaseIterable, Sendable {
    case applicantRequired = "applicant-required"
    case applicantRecommended = "applicant-recommended"
    case council

    public var label: String {
        switch self {
        case .applicantRequired: "Applicant (required)"
        case .applicantRecommended: "Applicant (recommended)"
        case .council: "Council"
        }
    }
}

public struct PlanStep: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var owner: StepOwner
    public var text: String
    public var dueOn: Day?
    public var doneOn: Day?

    public init(id: Int, owner: StepOwner, text: String, dueOn: Day? = nil, doneOn: Day? = nil) {
        self.id = id
        self.owner = owner
        self.text = text
        self.dueOn = dueOn
        self.doneOn = doneOn
    }
}

/// The Personalised Housing Plan. No statutory deadline, but "not agreed 10 working days after
/// assessment" is an alert (the Ombudsman criticised 11 weeks).
public struct Plan: Codable, Hashable, Sendable {
    public var steps: [PlanStep]
    public var agreedOn: Day?
    /// When agreement could not be reached: why, as s189A(5) requires it be recorded.
    public var notAgreedReason: String?
    public var notAgreedOn: Day?
    public var notifiedInWritingOn: Day?
    public var reviewDueOn: Day?
    public var lastReviewedOn: Day?

    public init(steps: [PlanStep] = [], agreedOn: Day? = nil, notAgreedReason: String? = nil,
                notAgreedOn: Day? = nil, notifiedInWritingOn: Day? = nil, reviewDueOn: Day? = nil, lastReviewedOn: Day? = nil) {
        self.steps = steps
        self.agreedOn = agreedOn
        self.notAgreedReason = notAgreedReason
        self.notAgreedOn = notAgreedOn
        self.notifiedInWritingOn = notifiedInWritingOn
        self.reviewDueOn = reviewDueOn
        self.lastReviewedOn = lastReviewedOn
    }

    /// The plan is settled once it is agreed or the disagreement is recorded with the council's steps.
    public var settledOn: Day? { agreedOn ?? notAgreedOn }
}
