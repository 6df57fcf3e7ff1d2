/// How a contact happened.
public enum ContactChannel: String, Codable, CaseIterable, Sendable {
    case note
    case call
    case email
    case letter
    case visit
    case text
    /// Written by the system when something changed (duty started, route decided).
    case system

    public var label: String {
        switch self {
        case .note: "Note"
        case .call: "Call"
        case .email: "Email"
        case .letter: "Letter"
        case .visit: "Visit"
        case .text: "Text message"
        case .system: "Change"
        }
    }
}

/// Who the contact was with.
public enum ContactParty: String, Codable, CaseIterable, Sendable {
    case applicant
    case landlord
    case benefits
    case dwp
    case socialServices = "social-services"
    case referrer
    case other
    /// An internal note with no outside party.
    case internalNote = "internal"

    public var label: String {
        switch self {
        case .applicant: "Applicant"
        case .landlord: "Landlord"
        case .benefits: "Housing benefit"
        case .dwp: "DWP"
        case .socialServices: "Social services"
        case .referrer: "Referrer"
        case .other: "Other party"
        case .internalNote: "Internal"
        }
    }
}

/// One entry in a case's timeline: a contact or a note, who wrote it, when.
public struct ContactEvent: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var at: Timestamp
    public var by: String
    public var channel: ContactChannel
    public var party: ContactParty
    public var text: String

    public init(id: Int, at: Timestamp, by: String, channel: ContactChannel, party: ContactParty, text: String) {
        self.id = id
        self.at = at
        self.by = by
        self.channel = channel
        self.party = party
        self.text = text
    }

    /// Contact that counts for "no contact with the applicant for 14 days".
    public var isContactWithApplicant: Bool { party == .applicant && channel != .note && channel != .system }
}

/// The written decisions that carry a review right under s202.
public enum DecisionKind: String, Codable, CaseIterable, Sendable {
    case eligibility
    case dutyOwed = "duty-owed"
    case planSteps = "plan-steps"
    case preventionDutyEnded = "prevention-duty-ended"
    case reliefDutyEnded = "relief-duty-ended"
    case nonCooperation = "non-cooperation"
    case mainDuty = "main-duty"
    case suitability
    case localConnectionReferral = "local-connection-referral"
    /// A local-connection referral whose review both authorities carry out jointly (10 weeks, not 8).
    case localConnectionReferralJoint = "local-connection-referral-joint"

    public var label: String {
        switch self {
        case .eligibility: "Eligibility"
        case .dutyOwed: "Duty owed"
        case .planSteps: "PHP steps"
        case .preventionDutyEnded: "Prevention duty ended"
        case .reliefDutyEnded: "Relief duty ended"
        case .nonCooperation: "Non-co-operation (s193B)"
        case .mainDuty: "Main duty"
        case .suitability: "Suitability of accommodation"
        case .localConnectionReferral: "Local connection referral"
        case .localConnectionReferralJoint: "Local connection referral (joint review)"
        }
    }
}

/// A written decision and, if asked for, its review (s202).
public struct Decision: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var kind: DecisionKind
    public var outcome: String
    public var decidedOn: Day
    public var decidedBy: String
    /// The 21 days to request a review run from notification, not from the decision.
    public var notifiedOn: Day?
    public var reviewRequestedOn: Day?
    /// A review with a referee (local connection disputes) has longer; set when one is appointed.
    public var reviewWithReferee: Bool
    public var reviewDecidedOn: Day?
    /// Why a review asked for after the 21 days was accepted (s202(3): the council may allow longer in writing).
    public var lateRequestAccepted: String?

    public init(id: Int, kind: DecisionKind, outcome: String, decidedOn: Day, decidedBy: String, notifiedOn: Day? = nil,
                reviewRequestedOn: Day? = nil, reviewWithReferee: Bool = false, reviewDecidedOn: Day? = nil,
                lateRequestAccepted: String? = nil) {
        self.id = id
        self.kind = kind
        self.outcome = outcome
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
        self.notifiedOn = notifiedOn
        self.reviewRequestedOn = reviewRequestedOn
        self.reviewWithReferee = reviewWithReferee
        self.reviewDecidedOn = reviewDecidedOn
        self.lateRequestAccepted = lateRequestAccepted
    }
}
