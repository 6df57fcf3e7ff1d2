/// One household's homelessness application: the record stored as `cases/<ref>.json`.
/// Everything the law computes (deadlines, verdicts, routes, scores, alerts) is derived by the rules, not stored.
public struct Case: Codable, Hashable, Sendable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var ref: String
    /// Bumped by the store on every save; a save against an older revision is refused.
    public var revision: Int
    public var externalId: String?
    public var receivedOn: Day
    public var status: CaseStatus

    public var applicant: Applicant
    public var household: [HouseholdMember]

    public var homelessNow: Bool
    /// The day the household expects to lose its home, when known without a notice (family asking them to leave).
    public var lossDate: Day?
    public var accommodation: Accommodation
    public var notice: Notice?
    public var reasonForLoss: LossReason?

    public var domesticAbuse: Bool
    public var careLeaver: Bool
    /// Homeless or threatened because of an emergency such as fire or flood (s189(1)(d)).
    public var emergency: Bool
    public var supportNeeds: SupportNeeds
    public var documents: [DocumentCheck]
    public var referral: Referral?
    public var consentToShare: Bool
    public var findings: Findings

    public var triage: Triage
    public var route: RouteDecision?
    public var assignedOfficer: String?
    public var duties: [Duty]
    public var assessment: Assessment?
    public var plan: Plan?
    public var appointments: [Appointment]
    public var timeline: [ContactEvent]
    public var decisions: [Decision]
    /// Set when securing the next home is done (prevention or relief), for alerts about notices.
    public var accommodationSecuredOn: Day?

    /// Domestic-abuse and other sensitive cases: name and address hidden from staff not entitled to them.
    public var restricted: Bool

    /// Acknowledgements and snoozes of this case's alerts (absent from files written before they were kept).
    public var alertResponses: [AlertResponse]?
    /// Stays in temporary accommodation arranged by the council.
    public var placements: [Placement]?
    /// Set when the case is closed, with the applicant's answer to "good or not good enough?".
    public var closure: Closure?
    /// Interim accommodation (s188) recorded as provided, or as not owed with the officer's reason.
    public var interimAccommodation: InterimAccommodation?
    /// The findings behind `findings`, each with its date, officer and the decision letter it produced.
    public var recordedFindings: [RecordedFinding]?
    /// The s193B sequence so far: refusals of required steps and written warnings.
    public var nonCooperation: [NonCooperationRecord]?

    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var updatedBy: String

    public init(ref: String, receivedOn: Day, applicant: Applicant, accommodation: Accommodation, createdAt: Timestamp,
                createdBy: String) {
        schemaVersion = Case.currentSchemaVersion
        self.ref = ref
        revision = 0
        externalId = nil
        self.receivedOn = receivedOn
        status = .received
        self.applicant = applicant
        household = []
        homelessNow = false
        lossDate = nil
        self.accommodation = accommodation
        notice = nil
        reasonForLoss = nil
        domesticAbuse = false
        careLeaver = false
        emergency = false
        supportNeeds = []
        documents = []
        referral = nil
        consentToShare = false
        findings = Findings()
        triage = Triage()
        route = nil
        assignedOfficer = nil
        duties = []
        assessment = nil
        plan = nil
        appointments = []
        timeline = []
        decisions = []
        accommodationSecuredOn = nil
        restricted = false
        self.createdAt = createdAt
        updatedAt = createdAt
        updatedBy = createdBy
    }

    /// The duty being worked now, if any (at most one is active at a time).
    public var activeDuty: Duty? { duties.last(where: \.isActive) }

    /// Next free id for an item list (timeline, steps, appointments, decisions).
    static func nextId(_ ids: some Sequence<Int>) -> Int { (ids.max() ?? 0) + 1 }

    public var nextTimelineId: Int { Case.nextId(timeline.map(\.id)) }
    public var nextStepId: Int { Case.nextId(plan?.steps.map(\.id) ?? []) }
    public var nextAppointmentId: Int { Case.nextId(appointments.map(\.id)) }
    public var nextDecisionId: Int { Case.nextId(decisions.map(\.id)) }
}
