/// Starting and ending duties: the duty rules decide, the record keeps the duty, its written decision
/// (with the s202 review right it carries) and a line in the timeline.
extension CaseService {
    /// The safeguards s193B requires before a non-co-operation notice: a prior written warning, and the decision
    /// authorised by another officer at least as senior who was not involved.
    public struct NonCooperationSafeguards: Hashable, Sendable {
        public var warningServedOn: Day
        public var authorisedBy: String

        public init(warningServedOn: Day, authorisedBy: String) {
            self.warningServedOn = warningServedOn
            self.authorisedBy = authorisedBy
        }

        /// Who may authorise `actor`'s notice: another officer at least as senior.
        public static func authorisers(in staff: StaffDirectory, for actor: Actor) -> [StaffMember] {
            staff.members.filter { $0.id != actor.id && $0.role.seniority >= actor.role.seniority }
        }
    }

    @discardableResult
    public func startDuty(_ ref: String, kind: DutyKind, on day: Day? = nil, expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        return try change(ref, expectedRevision: expectedRevision, action: "duty-start") { record in
            let start: DutyStart
            switch DutyRules.mayStart(kind, on: day, summary: CaseSummary(record), today: today) {
            case .success(let allowed): start = allowed
            case .failure(let refusals): throw CaseServiceError.refusedByRules(doing: "cannot start the \(kind.rawValue) duty", refusals)
            }
            if let ending = start.ends { close(&record, ending) }
            record.duties.append(Duty(kind: kind, startedOn: start.startedOn, startedBy: actor.id))
            record.decisions.append(Decision(id: record.nextDecisionId, kind: .dutyOwed, outcome: "\(kind.label) owed",
                                             decidedOn: day, decidedBy: actor.id, notifiedOn: day))
            record.status = .duty
            let deadline = start.deadline.map { "; 56 days end on \($0)" } ?? ""
            record.timeline.append(systemEvent(record, "\(kind.label) started on \(day)\(deadline)"))
        }
    }

    @discardableResult
    public func endDuty(_ ref: String, reason: DutyEndReason, on day: Day? = nil,
                        safeguards: NonCooperationSafeguards? = nil, expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        let authorisedBy = reason == .nonCooperation ? try checkSafeguards(safeguards) : nil
        return try change(ref, expectedRevision: expectedRevision, action: "duty-end") { record in
            let ending: DutyEnding
            switch DutyRules.mayEnd(reason: reason, on: day, summary: CaseSummary(record), today: today) {
            case .success(let allowed): ending = allowed
            case .failure(let refusals): throw CaseServiceError.refusedByRules(doing: "cannot end the duty", refusals)
            }
            if let safeguards, authorisedBy != nil {
                let refusals = NonCooperation.refusals(CaseSummary(record), warnedOn: safeguards.warningServedOn, endingOn: day)
                if !refusals.isEmpty {
                    throw CaseServiceError.refusedByRules(doing: "cannot end the duty for non-co-operation", DutyRefusals(refusals: refusals))
                }
            }
            close(&record, ending)
            if let safeguards, let authorisedBy {
                record.timeline.append(systemEvent(record, "Non-co-operation: warning served \(safeguards.warningServedOn); "
                    + "decision authorised by \(authorisedBy.name)"))
            }
            switch ending.followedBy {
            case .relief?:
                record.duties.append(Duty(kind: .relief, startedOn: day, startedBy: actor.id))
                record.decisions.append(Decision(id: record.nextDecisionId, kind: .dutyOwed, outcome: "\(DutyKind.relief.label) owed",
                                                 decidedOn: day, decidedBy: actor.id, notifiedOn: day))
                record.timeline.append(systemEvent(record, "\(DutyKind.relief.label) started on \(day)"))
            case .mainDutyDecision?:
                record.timeline.append(systemEvent(record, "Main duty decision (s193) now due"))
                record.status = .dutyEnded
            case nil:
                record.status = .dutyEnded
            }
            if reason == .accommodationSecured { record.accommodationSecuredOn = day }
        }
    }

    /// Ends the active duty as the rules allowed, with its written notice and the decision that carries a review right.
    private func close(_ record: inout Case, _ ending: DutyEnding) {
        guard let index = record.duties.lastIndex(where: { $0.isActive && $0.kind == ending.kind }) else { return }
        record.duties[index].endedOn = ending.endedOn
        record.duties[index].endReason = ending.reason
        record.duties[index].endedBy = actor.id
        record.duties[index].endNoticeServedOn = ending.endedOn
        let kind: DecisionKind = switch ending.kind {
        case .prevention: ending.reason == .nonCooperation ? .nonCooperation : .preventionDutyEnded
        case .relief: ending.reason == .nonCooperation ? .nonCooperation : .reliefDutyEnded
        case .main: .mainDuty
        }
        record.decisions.append(Decision(id: record.nextDecisionId, kind: kind, outcome: ending.reason.label,
                                         decidedOn: ending.endedOn, decidedBy: actor.id, notifiedOn: ending.endedOn))
        record.timeline.append(systemEvent(record, "\(ending.kind.label) ended on \(ending.endedOn): \(ending.reason.label)"))
    }

    /// The authorising officer, once the safeguards hold.
    private func checkSafeguards(_ safeguards: NonCooperationSafeguards?) throws -> StaffMember {
        guard let safeguards else {
            throw CaseServiceError.refused(reason: "a non-co-operation notice (s193B) needs the date of the prior written warning "
                + "and the officer who authorised it")
        }
        guard safeguards.authorisedBy != actor.id else {
            throw CaseServiceError.refused(reason: "a non-co-operation notice must be authorised by another officer, not by you")
        }
        let staff = try store.staff()
        guard let authoriser = staff.member(safeguards.authorisedBy) else {
            throw CaseServiceError.invalid(field: "authorisedBy", message: "'\(safeguards.authorisedBy)' is not in the staff directory")
        }
        guard authoriser.role.seniority >= actor.role.seniority else {
            throw CaseServiceError.refused(reason: "the authorising officer must be at least as senior as you (s193B)")
        }
        return authoriser
    }
}
