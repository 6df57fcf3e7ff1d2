/// Starting and ending duties: the duty rules decide, the record keeps the duty, its written decision
/// (with the s202 review right it carries) and a line in the timeline.
extension CaseService {
    /// The safeguard s193B's regulations add to the sequence recorded on the case: the notice is authorised by another
    /// officer at least as senior who was not involved (reg 3).
    public struct NonCooperationSafeguards: Hashable, Sendable {
        public var authorisedBy: String

        public init(authorisedBy: String) {
            self.authorisedBy = authorisedBy
        }
    }

    /// Starts a duty. `notifiedOn` is the day the applicant was notified of the decision, when known: the 21 days to
    /// ask for a review run from it, never from the decision date.
    @discardableResult
    public func startDuty(_ ref: String, kind: DutyKind, on day: Day? = nil, notifiedOn: Day? = nil,
                          expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        try checkNotification(notifiedOn, decidedOn: day)
        return try change(ref, expectedRevision: expectedRevision, action: "duty-start") { record in
            let start: DutyStart
            switch DutyRules.mayStart(kind, on: day, summary: CaseSummary(record), today: today) {
            case .success(let allowed): start = allowed
            case .failure(let refusals): throw CaseServiceError.refusedByRules(doing: "cannot start the \(kind.rawValue) duty", refusals)
            }
            if let ending = start.ends { close(&record, ending, notifiedOn: nil) }
            record.duties.append(Duty(kind: kind, startedOn: start.startedOn, startedBy: actor.id))
            record.decisions.append(Decision(id: record.nextDecisionId, kind: .dutyOwed, outcome: "\(kind.label) owed",
                                             decidedOn: day, decidedBy: actor.id, notifiedOn: notifiedOn))
            record.status = .duty
            record.timeline.append(systemEvent(record, "\(kind.label) started on \(day)" + CaseService.periodText(start.lastDay),
                                               summary: "\(kind.label) started"))
        }
    }

    /// Ends the active duty. The written notice's review window runs from `notifiedOn` (never from a backdated end
    /// date); unknown until recorded.
    @discardableResult
    public func endDuty(_ ref: String, reason: DutyEndReason, on day: Day? = nil, notifiedOn: Day? = nil,
                        safeguards: NonCooperationSafeguards? = nil, expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        try checkNotification(notifiedOn, decidedOn: day)
        let authoriser = reason == .nonCooperation ? try authoriser(safeguards) : nil
        return try change(ref, expectedRevision: expectedRevision, action: "duty-end") { record in
            let ending: DutyEnding
            switch DutyRules.mayEnd(reason: reason, on: day, summary: CaseSummary(record), today: today) {
            case .success(let allowed): ending = allowed
            case .failure(let refusals): throw CaseServiceError.refusedByRules(doing: "cannot end the duty", refusals)
            }
            if let authoriser {
                let facts = NonCooperationFacts(record)
                let refusals = NonCooperation.noticeProblems(facts, on: day)
                    + NonCooperation.authoriserProblems(facts, authoriser: authoriser, actor: actor)
                if !refusals.isEmpty {
                    throw CaseServiceError.refusedByRules(doing: "cannot end the duty for non-co-operation", DutyRefusals(refusals: refusals))
                }
            }
            close(&record, ending, notifiedOn: notifiedOn)
            if let authoriser {
                let warned = NonCooperationFacts(record).records.last { $0.kind == .warning }
                record.timeline.append(systemEvent(record, "Non-co-operation notice (s193B): warning given "
                    + (warned.map { "\($0.on)" } ?? "as recorded") + "; decision authorised by \(authoriser.name)",
                                                   summary: "Non-co-operation notice"))
            }
            switch ending.followedBy {
            case .relief?:
                record.duties.append(Duty(kind: .relief, startedOn: day, startedBy: actor.id))
                record.decisions.append(Decision(id: record.nextDecisionId, kind: .dutyOwed, outcome: "\(DutyKind.relief.label) owed",
                                                 decidedOn: day, decidedBy: actor.id, notifiedOn: notifiedOn))
                record.timeline.append(systemEvent(record, "\(DutyKind.relief.label) started on \(day)"
                    + CaseService.periodText(DutyClock.lastDay(kind: .relief, startedOn: day)),
                        summary: "\(DutyKind.relief.label) started"))
            case .mainDutyDecision?:
                record.timeline.append(systemEvent(record, "Main duty decision (s193) now due",
                    summary: "Main duty decision due"))
                record.status = .dutyEnded
            case nil:
                record.status = .dutyEnded
            }
            if reason == .accommodationSecured { record.accommodationSecuredOn = day }
        }
    }

    /// "; its 56 days end on 2026-08-27 (notice from 2026-08-28)": the timeline counts as the rules do.
    static func periodText(_ lastDay: Day?) -> String {
        lastDay.map { "; its 56 days end on \($0) (notice from \($0.adding(days: 1)))" } ?? ""
    }

    /// Ends the active duty as the rules allowed, with its written notice and the decision that carries a review right.
    /// Relief ending by law at the end of its last day (s189B(4)) needs no notice: the main duty decision follows.
    private func close(_ record: inout Case, _ ending: DutyEnding, notifiedOn: Day?) {
        guard let index = record.duties.lastIndex(where: { $0.isActive && $0.kind == ending.kind }) else { return }
        record.duties[index].endedOn = ending.endedOn
        record.duties[index].endReason = ending.reason
        record.duties[index].endedBy = actor.id
        let byLaw = ending.kind == .relief && ending.reason == .mainDutyDecision && ending.followedBy == .mainDutyDecision
        if byLaw {
            record.timeline.append(systemEvent(record, "\(ending.kind.label) ended by law at the end of \(ending.endedOn), "
                + "its 56th day (s189B(4))", summary: "\(ending.kind.label) ended"))
            return
        }
        record.duties[index].endNoticeServedOn = ending.endedOn
        let kind: DecisionKind = switch ending.kind {
        case .prevention: ending.reason == .nonCooperation ? .nonCooperation : .preventionDutyEnded
        case .relief: ending.reason == .nonCooperation ? .nonCooperation : .reliefDutyEnded
        case .main: .mainDuty
        }
        record.decisions.append(Decision(id: record.nextDecisionId, kind: kind, outcome: ending.reason.label,
                                         decidedOn: ending.endedOn, decidedBy: actor.id, notifiedOn: notifiedOn))
        record.timeline.append(systemEvent(record, "\(ending.kind.label) ended on \(ending.endedOn): \(ending.reason.label)",
                                           summary: "\(ending.kind.label) ended"))
    }

    /// A notification is recorded on or after the decision, and not in the future.
    func checkNotification(_ notifiedOn: Day?, decidedOn: Day) throws {
        guard let notifiedOn else { return }
        if notifiedOn > today { throw CaseServiceError.dayInFuture(field: "notifiedOn", notifiedOn) }
        if notifiedOn < decidedOn { throw CaseServiceError.dayTooEarly(field: "notifiedOn", notifiedOn, earliest: decidedOn) }
    }

    /// The authorising officer named in the safeguards, from the staff directory.
    private func authoriser(_ safeguards: NonCooperationSafeguards?) throws -> StaffMember {
        guard let safeguards else {
            throw CaseServiceError.refused(reason: "a non-co-operation notice (s193B) needs the officer who authorised it")
        }
        guard let authoriser = try store.staff().member(safeguards.authorisedBy) else {
            throw CaseServiceError.invalid(field: "authorisedBy", message: "'\(safeguards.authorisedBy)' is not in the staff directory")
        }
        return authoriser
    }
}
