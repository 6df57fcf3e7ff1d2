/// Everything an officer can do to a case from the console, as a value: the screen builds one, the runner
/// hands it to `CaseService.perform`, and the same checks, audit and conflict handling apply as on the CLI.
public enum CaseAction: Hashable, Sendable {
    case note(text: String)
    case contact(ContactLog)
    case setDocument(kind: DocumentKind, provided: Bool)
    case requestDocument(kind: DocumentKind, dueOn: Day?)
    /// Every document still to come, asked for together by one date.
    case requestDocuments(kinds: [DocumentKind], dueOn: Day?)
    case acceptRoute
    /// With `recordsAbuse`, the same step records domestic abuse, which restricts the case (a reason that discloses it).
    case overrideRoute(team: Team, reason: String, recordsAbuse: Bool = false)
    /// `reason` and `dutyNotOwedReason` for the outcomes that end a case at triage (the triage gate, s184).
    case triageOutcome(TriageOutcome, preventedHow: String?, reason: String? = nil, dutyNotOwedReason: String? = nil)
    case assign(officer: String)
    case startDuty(DutyKind, on: Day)
    /// `safeguards` only for non-co-operation (s193B), which is refused without them.
    case endDuty(DutyEndReason, on: Day, safeguards: CaseService.NonCooperationSafeguards? = nil)
    /// Edited facts of the application (applicant, household, home, notice, flags), saved with Ctrl-S.
    case saveDetails(CaseDetails)
    /// A finding with the decision letter it produces (s184, s202).
    case recordFinding(FindingKind, Bool, on: Day, notifiedOn: Day?)
    case recordNotification(decisionId: Int, on: Day)
    case requestReview(decisionId: Int, on: Day, lateAccepted: String?)
    case recordInterimAccommodation(InterimAccommodation.Outcome, reason: String?)
    /// The officer's finding on whether an invalid notice still threatens the household.
    case recordNoticeThreat(threatened: Bool)
    /// The s193B sequence: a refused required step, then the written warning.
    case recordRefusal(stepId: Int, on: Day, note: String?)
    case recordWarning(on: Day, periodDays: Int?, note: String?)
    /// The edited assessment and steps, made on `basedOnVersion` (an earlier, frozen version is refused).
    case savePlan(PlanContent, basedOnVersion: Int)
    case agreePlan(on: Day)
    case disagreePlan(reason: String, on: Day)
    case reviewPlan(note: String, on: Day, nextDueOn: Day?)
    /// The plan letter for a version, written to the data directory's letters folder and recorded as sent today.
    case sendPlanLetter(version: Int)

    /// A short past-tense line for the status bar once the action is saved.
    public var doneMessage: String {
        switch self {
        case .note: "Note added"
        case .contact(let log): "\(log.channel.label) with \(log.party.label.lowercased()) logged"
        case .setDocument(let kind, let provided): "\(kind.label) marked \(provided ? "provided" : "missing")"
        case .requestDocument(let kind, _): "\(kind.label) requested"
        case .requestDocuments(let kinds, _): "\(kinds.count) document\(kinds.count == 1 ? "" : "s") requested"
        case .acceptRoute: "Route accepted"
        case .overrideRoute(let team, _, let recordsAbuse):
            "Routed to \(team.label)" + (recordsAbuse ? "; domestic abuse recorded, case restricted" : "")
        case .triageOutcome(let outcome, _, _, _): "Triage outcome: \(outcome.label)"
        case .assign(let officer): "Assigned to \(officer)"
        case .startDuty(let kind, _): "\(kind.label) started"
        case .endDuty(let reason, _, _): "Duty ended: \(reason.label)"
        case .saveDetails: "Changes saved"
        case .recordFinding(let kind, let value, _, _): "Finding recorded: \(kind.outcome(value))"
        case .recordNotification(let id, _): "Decision \(id) notified"
        case .requestReview(let id, _, _): "Review of decision \(id) requested"
        case .recordInterimAccommodation(let outcome, _): outcome.label
        case .recordNoticeThreat(let threatened): threatened ? "Notice found to threaten the household" : "Notice found not to threaten"
        case .recordRefusal(let step, _, _): "Refusal of step \(step) recorded"
        case .recordWarning: "Written warning recorded"
        case .savePlan: "Plan saved"
        case .agreePlan: "Plan agreed"
        case .disagreePlan: "Plan recorded as not agreed"
        case .reviewPlan: "Plan review recorded"
        case .sendPlanLetter(let version): "Plan letter (version \(version)) in the letters folder, recorded as sent"
        }
    }
}

/// The facts of an application an officer may correct after it arrives.
public struct CaseDetails: Hashable, Sendable {
    public var applicant: Applicant
    public var household: [HouseholdMember]
    public var homelessNow: Bool
    public var lossDate: Day?
    public var accommodation: Accommodation
    public var notice: Notice?
    public var domesticAbuse: Bool
    public var careLeaver: Bool
    public var emergency: Bool
    public var supportNeeds: SupportNeeds

    public init(_ record: Case) {
        applicant = record.applicant
        household = record.household
        homelessNow = record.homelessNow
        lossDate = record.lossDate
        accommodation = record.accommodation
        notice = record.notice
        domesticAbuse = record.domesticAbuse
        careLeaver = record.careLeaver
        emergency = record.emergency
        supportNeeds = record.supportNeeds
    }

    public func apply(to record: inout Case) {
        record.applicant = applicant
        record.household = household
        record.homelessNow = homelessNow
        record.lossDate = lossDate
        record.accommodation = accommodation
        // The officer's finding on an invalid notice belongs to that notice: a different one needs a new finding.
        let sameNotice = notice.map { ($0.type, $0.servedOn, $0.expiresOn) } ?? nil
        let before = record.notice.map { ($0.type, $0.servedOn, $0.expiresOn) } ?? nil
        record.notice = notice
        if let sameNotice, let before, sameNotice != before { record.notice?.threatFinding = nil }
        record.domesticAbuse = domesticAbuse
        record.careLeaver = careLeaver
        record.emergency = emergency
        record.supportNeeds = supportNeeds
        // Recording domestic abuse (the flag or the H-CLIC support need) restricts the case; clearing it never lifts a
        // restriction by itself.
        if domesticAbuse || supportNeeds.contains(.domesticAbuse) { record.restricted = true }
    }

    /// Every problem with the edited facts, by field path, in the importer's words.
    public func problems(today: Day) -> [FieldError] {
        var problems: [FieldError] = []
        func check(_ path: String, _ problem: String?) { if let problem { problems.append(FieldError(path: path, message: problem)) } }
        if applicant.firstName.trimmingSpaces.isEmpty { check("applicant.firstName", "is required") }
        let names = [("applicant.firstName", applicant.firstName), ("applicant.lastName", applicant.lastName)]
            + household.enumerated().flatMap { [("household[\($0)].firstName", $1.firstName), ("household[\($0)].lastName", $1.lastName)] }
        for (path, name) in names { check(path, PersonName.problem(name)) }
        if applicant.lastName.trimmingSpaces.isEmpty { check("applicant.lastName", "is required") }
        if let born = applicant.dateOfBirth, born > today { check("applicant.dateOfBirth", "\(born) is in the future") }
        if let born = applicant.dateOfBirth, born <= today, born.age(on: today) < 16 {
            check("applicant.dateOfBirth", "makes the applicant under 16: children's services, not an application")
        }
        if let phone = applicant.phone, !phone.isEmpty { check("applicant.phone", ContactFormat.phoneProblem(phone)) }
        if let email = applicant.email, !email.isEmpty { check("applicant.email", ContactFormat.emailProblem(email)) }
        if let number = applicant.nationalInsuranceNumber, !number.isEmpty {
            check("applicant.nationalInsuranceNumber", ContactFormat.nationalInsuranceProblem(number))
        }
        if let postcode = applicant.correspondenceAddress?.postcode, !postcode.isEmpty {
            check("applicant.correspondenceAddress.postcode", ContactFormat.postcodeProblem(postcode))
        }
        for (index, member) in household.enumerated() {
            if member.firstName.trimmingSpaces.isEmpty { check("household[\(index)].firstName", "is required") }
            if let born = member.dateOfBirth, born > today { check("household[\(index)].dateOfBirth", "\(born) is in the future") }
        }
        if let started = accommodation.tenancyStartedOn, started > today {
            check("accommodation.tenancyStartedOn", "\(started) is in the future")
        }
        if let notice, let served = notice.servedOn {
            if served > today { check("notice.servedOn", "\(served) is in the future") }
            if let expires = notice.expiresOn, expires < served { check("notice.expiresOn", "\(expires) is before the notice was served") }
        }
        return problems
    }
}

extension CaseService {
    /// Performs one console action against the revision the officer was looking at.
    @discardableResult
    public func perform(_ action: CaseAction, on ref: String, expectedRevision: Int?) throws -> Case {
        switch action {
        case .note(let text):
            return try addNote(ref, text: text, expectedRevision: expectedRevision)
        case .contact(let log):
            return try logContact(ref, log, expectedRevision: expectedRevision)
        case .setDocument(let kind, let provided):
            return try setDocument(ref, kind: kind, provided: provided, expectedRevision: expectedRevision)
        case .requestDocument(let kind, let dueOn):
            return try requestDocument(ref, kind: kind, dueOn: dueOn, expectedRevision: expectedRevision)
        case .requestDocuments(let kinds, let dueOn):
            return try requestDocuments(ref, kinds: kinds, dueOn: dueOn, expectedRevision: expectedRevision)
        case .acceptRoute:
            return try acceptRoute(ref, expectedRevision: expectedRevision).record
        case .overrideRoute(let team, let reason, let recordsAbuse):
            return try overrideRoute(ref, to: team, reason: reason, recordingAbuse: recordsAbuse, expectedRevision: expectedRevision)
        case .triageOutcome(let outcome, let how, let reason, let notOwed):
            return try setTriageOutcome(ref, outcome: outcome, preventedHow: how, reason: reason, dutyNotOwedReason: notOwed,
                                        expectedRevision: expectedRevision)
        case .recordFinding(let kind, let value, let day, let notified):
            return try recordFinding(ref, kind, value, on: day, notifiedOn: notified, expectedRevision: expectedRevision)
        case .recordNotification(let id, let day):
            return try recordNotification(ref, decision: id, on: day, expectedRevision: expectedRevision)
        case .requestReview(let id, let day, let late):
            return try requestReview(ref, decision: id, on: day, lateAccepted: late, expectedRevision: expectedRevision)
        case .recordInterimAccommodation(let outcome, let reason):
            return try recordInterimAccommodation(ref, outcome, reason: reason, expectedRevision: expectedRevision)
        case .recordNoticeThreat(let threatened):
            return try recordNoticeThreat(ref, threatened: threatened, expectedRevision: expectedRevision)
        case .recordRefusal(let step, let day, let note):
            return try recordRefusal(ref, step: step, on: day, note: note, expectedRevision: expectedRevision)
        case .recordWarning(let day, let period, let note):
            return try recordWarning(ref, on: day, periodDays: period, note: note, expectedRevision: expectedRevision)
        case .assign(let officer):
            return try assign(ref, to: officer, expectedRevision: expectedRevision)
        case .startDuty(let kind, let day):
            return try startDuty(ref, kind: kind, on: day, expectedRevision: expectedRevision)
        case .endDuty(let reason, let day, let safeguards):
            return try endDuty(ref, reason: reason, on: day, safeguards: safeguards, expectedRevision: expectedRevision)
        case .savePlan(let content, let version):
            return try savePlan(ref, content: content, basedOnVersion: version, expectedRevision: expectedRevision)
        case .agreePlan(let day):
            return try agreePlan(ref, on: day, expectedRevision: expectedRevision)
        case .disagreePlan(let reason, let day):
            return try disagreePlan(ref, reason: reason, on: day, expectedRevision: expectedRevision)
        case .reviewPlan(let note, let day, let next):
            return try recordPlanReview(ref, note: note, on: day, nextDueOn: next, expectedRevision: expectedRevision)
        case .sendPlanLetter(let version):
            return try sendPlanLetterToStore(ref, version: version)
        case .saveDetails(let details):
            let problems = details.problems(today: today)
            guard problems.isEmpty else {
                throw CaseServiceError.invalid(field: problems[0].path, message: problems.map(\.description).joined(separator: "; "))
            }
            return try change(ref, expectedRevision: expectedRevision, action: "details") { record in
                // On top of a newer revision only the facts this save changes are written (`perform(_:on:over:)`).
                let details = merging.map { details.merged(over: CaseDetails($0.base), onto: CaseDetails(record)) } ?? details
                let changed = details.changedFacts(since: CaseDetails(record))
                details.apply(to: &record)
                // Who changed which fact is on the timeline, as it is in the audit journal.
                if !changed.isEmpty {
                    record.timeline.append(systemEvent(record, "Details changed: " + changed.joined(separator: ", "),
                        summary: "Details changed"))
                }
            }
        }
    }
}
