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
    /// When it happened: for a contact logged after the fact, the time given, not the time it was written.
    public var at: Timestamp
    public var by: String
    public var channel: ContactChannel
    public var party: ContactParty
    public var text: String
    /// What a change was, in a few words ("Documents requested", "Triage outcome: advice only"); absent from contacts
    /// and notes, and from changes written before it was kept.
    public var summary: String?
    /// The person spoken to, when the officer named them.
    public var person: String?
    /// A reminder: the case alerts on this day until a contact on or after it.
    public var followUpOn: Day?
    /// When the entry was written, where that is later than `at` (a contact logged after the fact).
    public var loggedAt: Timestamp?

    public init(id: Int, at: Timestamp, by: String, channel: ContactChannel, party: ContactParty, text: String,
                summary: String? = nil, person: String? = nil, followUpOn: Day? = nil, loggedAt: Timestamp? = nil) {
        self.id = id
        self.at = at
        self.by = by
        self.channel = channel
        self.party = party
        self.text = text
        self.summary = summary
        self.person = person
        self.followUpOn = followUpOn
        self.loggedAt = loggedAt
    }

    /// A contact with someone (not a note, not a change).
    public var isContact: Bool { channel != .note && channel != .system }

    /// Contact that counts for "no contact with the applicant for 14 days".
    public var isContactWithApplicant: Bool { party == .applicant && isContact }
}

/// A contact as the officer logs it: how, with whom, what was said, and optionally when it happened (it may be logged
/// after the fact), the person spoken to, and a day to follow it up.
public struct ContactLog: Hashable, Sendable {
    public var channel: ContactChannel
    public var party: ContactParty
    public var text: String
    /// nil: now.
    public var happenedAt: Timestamp?
    public var person: String?
    public var followUpOn: Day?

    public init(channel: ContactChannel, party: ContactParty, text: String, happenedAt: Timestamp? = nil, person: String? = nil,
                followUpOn: Day? = nil) {
        self.channel = channel
        self.party = party
        self.text = text
        self.happenedAt = happenedAt
        self.person = person
        self.followUpOn = followUpOn
    }
}

extension Case {
    /// The earliest follow-up day set on a contact and not yet met by a contact on or after it.
    public var pendingFollowUp: Day? {
        let contacts = timeline.filter(\.isContact).map(\.at.day)
        return timeline.compactMap(\.followUpOn).filter { due in !contacts.contains { $0 >= due } }.min()
    }
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
