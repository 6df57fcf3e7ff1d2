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

/// Where a step stands: to do, done on a date, or not done with the reason.
public enum StepStatus: Hashable, Sendable {
    case toDo
    case done(on: Day)
    case notDone(reason: String)

    /// The command line's word for it.
    public var code: String {
        switch self {
        case .toDo: "to-do"
        case .done: "done"
        case .notDone: "not-done"
        }
    }
}

public struct PlanStep: Codable, Hashable, Sendable, Identifiable {
    /// Stable for the life of the plan (the command line's `N`); the order on screen is the plan's order.
    public var id: Int
    public var owner: StepOwner
    public var text: String
    public var dueOn: Day?
    public var doneOn: Day?
    public var notDoneReason: String?
    /// A partner from the directory: the step is then a referral to it.
    public var partnerId: String?
    /// The intervention's cost, copied from the directory when the partner was chosen, so a later change to
    /// the directory does not rewrite what was committed.
    public var cost: Money?
    public var referralSentOn: Day?

    public init(id: Int, owner: StepOwner, text: String, dueOn: Day? = nil, doneOn: Day? = nil, notDoneReason: String? = nil,
                partnerId: String? = nil, cost: Money? = nil, referralSentOn: Day? = nil) {
        self.id = id
        self.owner = owner
        self.text = text
        self.dueOn = dueOn
        self.doneOn = doneOn
        self.notDoneReason = notDoneReason
        self.partnerId = partnerId
        self.cost = cost
        self.referralSentOn = referralSentOn
    }

    public var status: StepStatus {
        if let doneOn { return .done(on: doneOn) }
        if let notDoneReason { return .notDone(reason: notDoneReason) }
        return .toDo
    }

    public var isOpen: Bool { status == .toDo }

    /// What the step commits the council to spend: nothing once it is recorded as not done.
    public var committedCost: Money {
        guard let cost, notDoneReason == nil else { return .zero }
        return cost
    }

    /// The same step with its progress (done, not done, referral sent) cleared: what a version's content compares.
    public var agreedTerms: PlanStep {
        PlanStep(id: id, owner: owner, text: text, dueOn: dueOn, partnerId: partnerId, cost: cost)
    }
}
