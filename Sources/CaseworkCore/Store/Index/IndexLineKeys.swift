// The JSON keys the index reader knows, spelled as the model's synthesized coding keys.
// A test compares each list with the model's stored properties, so a new field cannot slip past the reader.

enum LineKey: String, CaseIterable, Sendable { case commit, summary }

enum CommitKey: String, CaseIterable, Sendable { case line, cases, top, tmp, action, by, at, unlisted }

enum SummaryKey: String, CaseIterable, Sendable {
    case ref, revision, externalId, receivedOn, status, restricted, assignedOfficer, firstName, lastName
    case applicantBornOn, applicantPregnant, members
    case homelessNow, lossDate, accommodationType, tenancyStartedOn, notice, reasonForLoss
    case domesticAbuse, careLeaver, emergency, supportNeeds, documentsProvided, documentsTotal, documentsRequestedOn
    case referralAgency, findings, triageOutcome, route, duties, assessedOn, planSettledOn, planReviewDueOn
    case openStepDueOn, lastApplicantContactOn, nextAppointmentOn, decisions, accommodationSecuredOn
    case followUpOn
    case planCommittedCost, planChangesUnnotifiedSince
    case updatedAt, updatedBy
    case tenancyPeriod, interimAccommodation
    case appointments, interpreterNeeded
}

enum MemberKey: String, CaseIterable, Sendable { case bornOn, relationship, pregnant }

enum NoticeKey: String, CaseIterable, Sendable {
    case type, servedOn, expiresOn, grounds, proceedingsIssuedOn, checks
    case threatFinding
}

enum ThreatFindingKey: String, CaseIterable, Sendable { case threatened, decidedOn, decidedBy }

enum ChecksKey: String, CaseIterable, Sendable {
    case depositProtected, prescribedInformationGiven, gasSafetyCertificateGiven, epcGiven, howToRentGiven
    case licensedIfRequired
    case retaliatoryEviction, prohibitedPaymentHeld
}

enum FindingsKey: String, CaseIterable, Sendable { case eligible, priorityNeed, intentionallyHomeless, localConnection }

enum RouteKey: String, CaseIterable, Sendable { case team, suggested, overrideReason, decidedBy, decidedOn }

enum DutyKey: String, CaseIterable, Sendable {
    case kind, startedOn, startedBy, endedOn, endReason, endedBy, endNoticeServedOn, note
}

enum AppointmentKey: String, CaseIterable, Sendable {
    case id, kind, on, startMinute, durationMinutes, officer, status, location, sequence, bookedAt, bookedBy
    case interpreter, thirdParty, thirdPartyArranged, cancelReason, contactWarning
}

enum DecisionKey: String, CaseIterable, Sendable {
    case id, kind, outcome, decidedOn, decidedBy, notifiedOn, reviewRequestedOn, reviewWithReferee, reviewDecidedOn
    case lateRequestAccepted
}
