/// The evidence triage asks for before an appointment is worth booking.
public enum DocumentKind: String, Codable, CaseIterable, Sendable {
    case identity
    case proofOfIncome = "proof-of-income"
    case bankStatements = "bank-statements"
    case tenancyAgreement = "tenancy-agreement"
    case notice
    case proofOfAddress = "proof-of-address"
    case immigrationStatus = "immigration-status"
    case medicalEvidence = "medical-evidence"
    case birthCertificates = "birth-certificates"
    case pregnancyConfirmation = "pregnancy-confirmation"
    case other

    public var label: String {
        switch self {
        case .identity: "Photo ID"
        case .proofOfIncome: "Proof of income"
        case .bankStatements: "Bank statements (2 months)"
        case .tenancyAgreement: "Tenancy agreement"
        case .notice: "Copy of the notice"
        case .proofOfAddress: "Proof of address"
        case .immigrationStatus: "Immigration status"
        case .medicalEvidence: "Medical evidence"
        case .birthCertificates: "Children's birth certificates"
        case .pregnancyConfirmation: "Pregnancy confirmation (MATB1)"
        case .other: "Other"
        }
    }
}

/// One line of the documents checklist: provided or not, and when it was asked for.
public struct DocumentCheck: Codable, Hashable, Sendable {
    public var kind: DocumentKind
    public var provided: Bool
    public var requestedOn: Day?
    public var receivedOn: Day?
    /// Set when the document is needed by a date (e.g. before the appointment).
    public var dueOn: Day?
    public var note: String?

    public init(kind: DocumentKind, provided: Bool, requestedOn: Day? = nil, receivedOn: Day? = nil,
                dueOn: Day? = nil, note: String? = nil) {
        self.kind = kind
        self.provided = provided
        self.requestedOn = requestedOn
        self.receivedOn = receivedOn
        self.dueOn = dueOn
        self.note = note
    }
}

/// A duty-to-refer (s213B) notification from a public body; a referral is not itself an application.
public struct Referral: Codable, Hashable, Sendable {
    public enum Agency: String, Codable, CaseIterable, Sendable {
        case prison
        case youthOffenderInstitution = "youth-offender-institution"
        case probation
        case jobcentrePlus = "jobcentre-plus"
        case socialServices = "social-services"
        case emergencyDepartment = "emergency-department"
        case hospital
        case armedForces = "armed-forces"
        case other

        public var label: String {
            switch self {
            case .prison: "Prison"
            case .youthOffenderInstitution: "Youth offender institution"
            case .probation: "Probation service"
            case .jobcentrePlus: "Jobcentre Plus"
            case .socialServices: "Social services"
            case .emergencyDepartment: "A&E"
            case .hospital: "Hospital"
            case .armedForces: "Armed forces"
            case .other: "Other public body"
            }
        }
    }

    public var agency: Agency
    public var referredOn: Day
    public var consentGiven: Bool
    public var referrer: Party?

    public init(agency: Agency, referredOn: Day, consentGiven: Bool, referrer: Party? = nil) {
        self.agency = agency
        self.referredOn = referredOn
        self.consentGiven = consentGiven
        self.referrer = referrer
    }
}

/// What the council has decided on the tests that matter at relief and main duty.
/// `nil` means not yet decided, which the rules treat as "not satisfied" only where that protects the applicant.
public struct Findings: Codable, Hashable, Sendable {
    public var eligible: Bool?
    public var priorityNeed: Bool?
    public var intentionallyHomeless: Bool?
    public var localConnection: Bool?

    public init(eligible: Bool? = nil, priorityNeed: Bool? = nil, intentionallyHomeless: Bool? = nil, localConnection: Bool? = nil) {
        self.eligible = eligible
        self.priorityNeed = priorityNeed
        self.intentionallyHomeless = intentionallyHomeless
        self.localConnection = localConnection
    }
}
