/// What the index keeps for one case: enough to list it, filter it and run every rule on it,
/// so the queue at 100,000 cases never decodes a full record. Built only by `Case.summary`.
public struct CaseSummary: Codable, Hashable, Sendable {
    public struct Member: Codable, Hashable, Sendable {
        public var bornOn: Day?
        public var relationship: Relationship
        public var pregnant: Bool

        public init(bornOn: Day?, relationship: Relationship, pregnant: Bool) {
            self.bornOn = bornOn
            self.relationship = relationship
            self.pregnant = pregnant
        }
    }

    public var ref: String
    public var revision: Int
    public var externalId: String?
    public var receivedOn: Day
    public var status: CaseStatus
    public var restricted: Bool
    public var assignedOfficer: String?
    public var firstName: String
    public var lastName: String

    public var applicantBornOn: Day?
    public var applicantPregnant: Bool
    public var members: [Member]

    public var homelessNow: Bool
    public var lossDate: Day?
    public var accommodationType: AccommodationType
    public var tenancyStartedOn: Day?
    public var notice: Notice?
    /// Why the home is being lost; the priority-need indicators read "fleeing violence" from it.
    public var reasonForLoss: LossReason?

    public var domesticAbuse: Bool
    public var careLeaver: Bool
    public var emergency: Bool
    public var supportNeeds: SupportNeeds
    public var documentsProvided: Int
    public var documentsTotal: Int
    /// The earliest request for a document still not provided.
    public var documentsRequestedOn: Day?
    public var referralAgency: Referral.Agency?
    public var findings: Findings

    public var triageOutcome: TriageOutcome?
    public var route: RouteDecision?
    /// Every duty, without free-text notes.
    public var duties: [Duty]
    public var assessedOn: Day?
    public var planSettledOn: Day?
    public var planReviewDueOn: Day?
    /// The earliest due date among plan steps not yet done.
    public var openStepDueOn: Day?
    /// What the plan's steps commit the council to spend (partners' interventions); nil with no costed step.
    public var planCommittedCost: Money?
    /// The day of the first change to a plan already notified in writing that is not yet notified (s189A(11)).
    public var planChangesUnnotifiedSince: Day?
    public var lastApplicantContactOn: Day?
    public var nextAppointmentOn: Day?
    /// The earliest contact follow-up not yet met by a later contact (`Case.pendingFollowUp`).
    public var followUpOn: Day?
    /// Every appointment, cancelled ones too, without the free text of a cancellation or who booked it when (on the
    /// case, not needed by any list): the diary's slots, the appointment alerts, the calendar export and the
    /// forecast's missed rate are read from these.
    public var appointments: [Appointment]
    /// The applicant needs an interpreter: the diary offers such a case only slots long enough for one.
    public var interpreterNeeded: Bool
    public var decisions: [Decision]
    public var accommodationSecuredOn: Day?
    /// Fixed term or periodic, for the notice periods that depend on it.
    public var tenancyPeriod: TenancyPeriod?
    /// Interim accommodation (s188) recorded as provided or not owed: either answers the possible-s188 alert.
    public var interimAccommodation: InterimAccommodation.Outcome?

    public var updatedAt: Timestamp
    public var updatedBy: String

    public init(_ record: Case) {
        ref = record.ref
        revision = record.revision
        externalId = record.externalId
        receivedOn = record.receivedOn
        status = record.status
        restricted = record.restricted
        assignedOfficer = record.assignedOfficer
        firstName = record.applicant.firstName
        lastName = record.applicant.lastName
        applicantBornOn = record.applicant.dateOfBirth
        applicantPregnant = record.applicant.pregnant
        members = record.household.map { Member(bornOn: $0.dateOfBirth, relationship: $0.relationship, pregnant: $0.pregnant) }
        homelessNow = record.homelessNow
        lossDate = record.lossDate
        accommodationType = record.accommodation.type
        tenancyStartedOn = record.accommodation.tenancyStartedOn
        notice = record.notice
        reasonForLoss = record.reasonForLoss
        domesticAbuse = record.domesticAbuse
        careLeaver = record.careLeaver
        emergency = record.emergency
        supportNeeds = record.supportNeeds
        documentsProvided = record.documents.filter(\.provided).count
        documentsTotal = record.documents.count
        documentsRequestedOn = record.documents.filter { !$0.provided }.compactMap(\.requestedOn).min()
        referralAgency = record.referral?.agency
        findings = record.findings
        triageOutcome = record.triage.outcome
        route = record.route.map { decision in
            var lean = decision
            lean.overrideReason = decision.overrideReason.map { _ in "" }
            return lean
        }
        duties = record.duties.map { duty in
            var lean = duty
            lean.note = nil
            return lean
        }
        assessedOn = record.assessment?.completedOn
        planSettledOn = record.plan?.settledOn
        planReviewDueOn = record.plan?.reviewDueOn
        openStepDueOn = record.plan?.steps.filter(\.isOpen).compactMap(\.dueOn).min()
        planCommittedCost = record.plan.flatMap { $0.totalCost == .zero ? nil : $0.totalCost }
        planChangesUnnotifiedSince = record.plan?.changedSinceNotifiedOn
        lastApplicantContactOn = record.timeline.filter(\.isContactWithApplicant).map(\.at.day).max()
        nextAppointmentOn = record.appointments.filter { $0.status == .booked }.map(\.on).min()
        followUpOn = record.pendingFollowUp
        appointments = record.appointments.map { appointment in
            var lean = appointment
            lean.cancelReason = appointment.cancelReason.map { _ in "" }
            lean.bookedAt = nil
            lean.bookedBy = nil
            return lean
        }
        interpreterNeeded = record.applicant.interpreterNeeded
        decisions = record.decisions.map { decision in
            var lean = decision
            lean.outcome = ""
            lean.lateRequestAccepted = decision.lateRequestAccepted.map { _ in "" }
            return lean
        }
        accommodationSecuredOn = record.accommodationSecuredOn
        tenancyPeriod = record.accommodation.tenancyPeriod
        interimAccommodation = record.interimAccommodation?.outcome
        updatedAt = record.updatedAt
        updatedBy = record.updatedBy
    }

    public var activeDuty: Duty? { duties.last(where: \.isActive) }
    public var applicantName: String { firstName.isEmpty ? lastName : firstName + " " + lastName }
}
