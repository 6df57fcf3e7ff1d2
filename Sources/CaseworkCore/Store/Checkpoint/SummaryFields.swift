// The one place a checkpoint reads and writes each field of a summary: a new `CaseSummary` field gets one line here
// (with its `SummaryKey`), and the checkpoint format's version changes by itself (`CheckpointFormat.version`), so
// checkpoints written before it are stale and rebuilt. A test holds the keys visited to `SummaryKey`.

extension CaseSummary: CheckpointRecord {
    static var blank: CaseSummary { IndexLineDecoder.blank }

    static func fields<V: CheckpointFieldVisitor>(_ s: inout CaseSummary, _ v: inout V) throws(CheckpointDamage) {
        // The ref first: the checkpoint finds a case's ref at the start of its record.
        try v.field(SummaryKey.ref, &s.ref)
        try v.field(SummaryKey.revision, &s.revision)
        try v.field(SummaryKey.externalId, &s.externalId)
        try v.field(SummaryKey.receivedOn, &s.receivedOn)
        try v.field(SummaryKey.status, &s.status)
        try v.field(SummaryKey.restricted, &s.restricted)
        try v.field(SummaryKey.assignedOfficer, &s.assignedOfficer)
        try v.field(SummaryKey.firstName, &s.firstName)
        try v.field(SummaryKey.lastName, &s.lastName)
        try v.field(SummaryKey.applicantBornOn, &s.applicantBornOn)
        try v.field(SummaryKey.applicantPregnant, &s.applicantPregnant)
        try v.field(SummaryKey.members, &s.members)
        try v.field(SummaryKey.homelessNow, &s.homelessNow)
        try v.field(SummaryKey.lossDate, &s.lossDate)
        try v.field(SummaryKey.accommodationType, &s.accommodationType)
        try v.field(SummaryKey.tenancyStartedOn, &s.tenancyStartedOn)
        try v.field(SummaryKey.notice, &s.notice)
        try v.field(SummaryKey.reasonForLoss, &s.reasonForLoss)
        try v.field(SummaryKey.domesticAbuse, &s.domesticAbuse)
        try v.field(SummaryKey.careLeaver, &s.careLeaver)
        try v.field(SummaryKey.emergency, &s.emergency)
        try v.field(SummaryKey.supportNeeds, &s.supportNeeds)
        try v.field(SummaryKey.documentsProvided, &s.documentsProvided)
        try v.field(SummaryKey.documentsTotal, &s.documentsTotal)
        try v.field(SummaryKey.documentsRequestedOn, &s.documentsRequestedOn)
        try v.field(SummaryKey.referralAgency, &s.referralAgency)
        try v.field(SummaryKey.findings, &s.findings)
        try v.field(SummaryKey.triageOutcome, &s.triageOutcome)
        try v.field(SummaryKey.route, &s.route)
        try v.field(SummaryKey.duties, &s.duties)
        try v.field(SummaryKey.assessedOn, &s.assessedOn)
        try v.field(SummaryKey.planSettledOn, &s.planSettledOn)
        try v.field(SummaryKey.planReviewDueOn, &s.planReviewDueOn)
        try v.field(SummaryKey.openStepDueOn, &s.openStepDueOn)
        try v.field(SummaryKey.planCommittedCost, &s.planCommittedCost)
        try v.field(SummaryKey.planChangesUnnotifiedSince, &s.planChangesUnnotifiedSince)
        try v.field(SummaryKey.lastApplicantContactOn, &s.lastApplicantContactOn)
        try v.field(SummaryKey.nextAppointmentOn, &s.nextAppointmentOn)
        try v.field(SummaryKey.followUpOn, &s.followUpOn)
        try v.field(SummaryKey.appointments, &s.appointments)
        try v.field(SummaryKey.interpreterNeeded, &s.interpreterNeeded)
        try v.field(SummaryKey.decisions, &s.decisions)
        try v.field(SummaryKey.accommodationSecuredOn, &s.accommodationSecuredOn)
        try v.field(SummaryKey.tenancyPeriod, &s.tenancyPeriod)
        try v.field(SummaryKey.interimAccommodation, &s.interimAccommodation)
        try v.field(SummaryKey.alertResponses, &s.alertResponses)
        try v.field(SummaryKey.lastActionOn, &s.lastActionOn)
        try v.field(SummaryKey.interviewsHeldOn, &s.interviewsHeldOn)
        try v.field(SummaryKey.placements, &s.placements)
        try v.field(SummaryKey.closure, &s.closure)
        try v.field(SummaryKey.updatedAt, &s.updatedAt)
        try v.field(SummaryKey.updatedBy, &s.updatedBy)
    }
}

extension CaseSummary.Member: CheckpointRecord {
    static var blank: CaseSummary.Member { CaseSummary.Member(bornOn: nil, relationship: .other, pregnant: false) }

    static func fields<V: CheckpointFieldVisitor>(_ m: inout CaseSummary.Member, _ v: inout V) throws(CheckpointDamage) {
        try v.field(MemberKey.bornOn, &m.bornOn)
        try v.field(MemberKey.relationship, &m.relationship)
        try v.field(MemberKey.pregnant, &m.pregnant)
    }
}

extension Notice: CheckpointRecord {
    static var blank: Notice { Notice(type: .other) }

    static func fields<V: CheckpointFieldVisitor>(_ n: inout Notice, _ v: inout V) throws(CheckpointDamage) {
        try v.field(NoticeKey.type, &n.type)
        try v.field(NoticeKey.servedOn, &n.servedOn)
        try v.field(NoticeKey.expiresOn, &n.expiresOn)
        try v.field(NoticeKey.grounds, &n.grounds)
        try v.field(NoticeKey.proceedingsIssuedOn, &n.proceedingsIssuedOn)
        try v.field(NoticeKey.checks, &n.checks)
        try v.field(NoticeKey.threatFinding, &n.threatFinding)
    }
}

extension NoticeChecks: CheckpointRecord {
    static var blank: NoticeChecks { NoticeChecks() }

    static func fields<V: CheckpointFieldVisitor>(_ k: inout NoticeChecks, _ v: inout V) throws(CheckpointDamage) {
        try v.field(ChecksKey.depositProtected, &k.depositProtected)
        try v.field(ChecksKey.prescribedInformationGiven, &k.prescribedInformationGiven)
        try v.field(ChecksKey.gasSafetyCertificateGiven, &k.gasSafetyCertificateGiven)
        try v.field(ChecksKey.epcGiven, &k.epcGiven)
        try v.field(ChecksKey.howToRentGiven, &k.howToRentGiven)
        try v.field(ChecksKey.licensedIfRequired, &k.licensedIfRequired)
        try v.field(ChecksKey.retaliatoryEviction, &k.retaliatoryEviction)
        try v.field(ChecksKey.prohibitedPaymentHeld, &k.prohibitedPaymentHeld)
    }
}

extension NoticeThreatFinding: CheckpointRecord {
    static var blank: NoticeThreatFinding { NoticeThreatFinding(threatened: false, decidedOn: Day(daysSinceEpoch: 0), decidedBy: "") }

    static func fields<V: CheckpointFieldVisitor>(_ f: inout NoticeThreatFinding, _ v: inout V) throws(CheckpointDamage) {
        try v.field(ThreatFindingKey.threatened, &f.threatened)
        try v.field(ThreatFindingKey.decidedOn, &f.decidedOn)
        try v.field(ThreatFindingKey.decidedBy, &f.decidedBy)
    }
}

extension Findings: CheckpointRecord {
    static var blank: Findings { Findings() }

    static func fields<V: CheckpointFieldVisitor>(_ f: inout Findings, _ v: inout V) throws(CheckpointDamage) {
        try v.field(FindingsKey.eligible, &f.eligible)
        try v.field(FindingsKey.priorityNeed, &f.priorityNeed)
        try v.field(FindingsKey.intentionallyHomeless, &f.intentionallyHomeless)
        try v.field(FindingsKey.localConnection, &f.localConnection)
    }
}

extension RouteDecision: CheckpointRecord {
    static var blank: RouteDecision {
        RouteDecision(team: .council, suggested: .council, decidedBy: "", decidedOn: Day(daysSinceEpoch: 0))
    }

    static func fields<V: CheckpointFieldVisitor>(_ r: inout RouteDecision, _ v: inout V) throws(CheckpointDamage) {
        try v.field(RouteKey.team, &r.team)
        try v.field(RouteKey.suggested, &r.suggested)
        try v.field(RouteKey.overrideReason, &r.overrideReason)
        try v.field(RouteKey.decidedBy, &r.decidedBy)
        try v.field(RouteKey.decidedOn, &r.decidedOn)
    }
}

extension Duty: CheckpointRecord {
    static var blank: Duty { Duty(kind: .prevention, startedOn: Day(daysSinceEpoch: 0), startedBy: "") }

    static func fields<V: CheckpointFieldVisitor>(_ d: inout Duty, _ v: inout V) throws(CheckpointDamage) {
        try v.field(DutyKey.kind, &d.kind)
        try v.field(DutyKey.startedOn, &d.startedOn)
        try v.field(DutyKey.startedBy, &d.startedBy)
        try v.field(DutyKey.endedOn, &d.endedOn)
        try v.field(DutyKey.endReason, &d.endReason)
        try v.field(DutyKey.endedBy, &d.endedBy)
        try v.field(DutyKey.endNoticeServedOn, &d.endNoticeServedOn)
        try v.field(DutyKey.note, &d.note)
        try v.field(DutyKey.accommodationAtEnd, &d.accommodationAtEnd)
    }
}

extension Appointment: CheckpointRecord {
    static var blank: Appointment { Appointment(id: 0, kind: .other, on: Day(daysSinceEpoch: 0), startMinute: 0, officer: "") }

    static func fields<V: CheckpointFieldVisitor>(_ a: inout Appointment, _ v: inout V) throws(CheckpointDamage) {
        try v.field(AppointmentKey.id, &a.id)
        try v.field(AppointmentKey.kind, &a.kind)
        try v.field(AppointmentKey.on, &a.on)
        try v.field(AppointmentKey.startMinute, &a.startMinute)
        try v.field(AppointmentKey.durationMinutes, &a.durationMinutes)
        try v.field(AppointmentKey.officer, &a.officer)
        try v.field(AppointmentKey.status, &a.status)
        try v.field(AppointmentKey.location, &a.location)
        try v.field(AppointmentKey.sequence, &a.sequence)
        try v.field(AppointmentKey.bookedAt, &a.bookedAt)
        try v.field(AppointmentKey.bookedBy, &a.bookedBy)
        try v.field(AppointmentKey.interpreter, &a.interpreter)
        try v.field(AppointmentKey.thirdParty, &a.thirdParty)
        try v.field(AppointmentKey.thirdPartyArranged, &a.thirdPartyArranged)
        try v.field(AppointmentKey.cancelReason, &a.cancelReason)
        try v.field(AppointmentKey.contactWarning, &a.contactWarning)
    }
}

extension Decision: CheckpointRecord {
    static var blank: Decision { Decision(id: 0, kind: .eligibility, outcome: "", decidedOn: Day(daysSinceEpoch: 0), decidedBy: "") }

    static func fields<V: CheckpointFieldVisitor>(_ d: inout Decision, _ v: inout V) throws(CheckpointDamage) {
        try v.field(DecisionKey.id, &d.id)
        try v.field(DecisionKey.kind, &d.kind)
        try v.field(DecisionKey.outcome, &d.outcome)
        try v.field(DecisionKey.decidedOn, &d.decidedOn)
        try v.field(DecisionKey.decidedBy, &d.decidedBy)
        try v.field(DecisionKey.notifiedOn, &d.notifiedOn)
        try v.field(DecisionKey.reviewRequestedOn, &d.reviewRequestedOn)
        try v.field(DecisionKey.reviewWithReferee, &d.reviewWithReferee)
        try v.field(DecisionKey.reviewDecidedOn, &d.reviewDecidedOn)
        try v.field(DecisionKey.lateRequestAccepted, &d.lateRequestAccepted)
    }
}

extension AlertResponse: CheckpointRecord {
    static var blank: AlertResponse {
        AlertResponse(kind: "", fingerprint: "", action: .acknowledged, by: "", at: Timestamp(day: Day(daysSinceEpoch: 0), secondOfDay: 0),
                      note: "")
    }

    static func fields<V: CheckpointFieldVisitor>(_ r: inout AlertResponse, _ v: inout V) throws(CheckpointDamage) {
        try v.field(AlertResponseKey.kind, &r.kind)
        try v.field(AlertResponseKey.fingerprint, &r.fingerprint)
        try v.field(AlertResponseKey.action, &r.action)
        try v.field(AlertResponseKey.by, &r.by)
        try v.field(AlertResponseKey.at, &r.at)
        try v.field(AlertResponseKey.note, &r.note)
        try v.field(AlertResponseKey.until, &r.until)
    }
}

extension Placement: CheckpointRecord {
    static var blank: Placement { Placement(id: 0, type: .other, duty: .interim, enteredOn: Day(daysSinceEpoch: 0)) }

    static func fields<V: CheckpointFieldVisitor>(_ p: inout Placement, _ v: inout V) throws(CheckpointDamage) {
        try v.field(PlacementKey.id, &p.id)
        try v.field(PlacementKey.type, &p.type)
        try v.field(PlacementKey.duty, &p.duty)
        try v.field(PlacementKey.enteredOn, &p.enteredOn)
        try v.field(PlacementKey.leftOn, &p.leftOn)
    }
}

extension Closure: CheckpointRecord {
    static var blank: Closure { Closure(on: Day(daysSinceEpoch: 0), by: "", satisfaction: .good) }

    static func fields<V: CheckpointFieldVisitor>(_ c: inout Closure, _ v: inout V) throws(CheckpointDamage) {
        try v.field(ClosureKey.on, &c.on)
        try v.field(ClosureKey.by, &c.by)
        try v.field(ClosureKey.satisfaction, &c.satisfaction)
        try v.field(ClosureKey.comment, &c.comment)
    }
}

// The enums a summary holds, each held as its place among its cases.
extension CaseStatus: CheckpointEnum { static let cases = allCases }
extension Relationship: CheckpointEnum { static let cases = allCases }
extension AccommodationType: CheckpointEnum { static let cases = allCases }
extension NoticeType: CheckpointEnum { static let cases = allCases }
extension LossReason: CheckpointEnum { static let cases = allCases }
extension Referral.Agency: CheckpointEnum { static let cases = allCases }
extension TriageOutcome: CheckpointEnum { static let cases = allCases }
extension Team: CheckpointEnum { static let cases = allCases }
extension DutyKind: CheckpointEnum { static let cases = allCases }
extension DutyEndReason: CheckpointEnum { static let cases = allCases }
extension DecisionKind: CheckpointEnum { static let cases = allCases }
extension TenancyPeriod: CheckpointEnum { static let cases = allCases }
extension InterimAccommodation.Outcome: CheckpointEnum { static let cases = allCases }
extension AppointmentKind: CheckpointEnum { static let cases = allCases }
extension AppointmentStatus: CheckpointEnum { static let cases = allCases }
extension Arrangement: CheckpointEnum { static let cases = allCases }
extension ThirdPartyKind: CheckpointEnum { static let cases = allCases }
extension AlertResponse.Action: CheckpointEnum { static let cases = allCases }
extension PlacementType: CheckpointEnum { static let cases = allCases }
extension PlacementDuty: CheckpointEnum { static let cases = allCases }
extension Satisfaction: CheckpointEnum { static let cases = allCases }
