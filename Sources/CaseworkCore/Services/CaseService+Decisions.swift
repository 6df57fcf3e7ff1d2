/// Written decisions, their notification and review requests (s202); the findings relief's end and the main duty
/// turn on; interim accommodation (s188) and the officer's finding on an invalid notice. Each is audited and refused
/// on a restricted case for staff not cleared, as every change is.
extension CaseService {
    /// Records a written decision made on `decidedOn`, notified on `notifiedOn` when known.
    @discardableResult
    public func addDecision(_ ref: String, kind: DecisionKind, on decidedOn: Day, notifiedOn: Day? = nil, outcome: String? = nil,
                            expectedRevision: Int?) throws -> Case {
        if decidedOn > today { throw CaseServiceError.dayInFuture(field: "on", decidedOn) }
        try checkNotification(notifiedOn, decidedOn: decidedOn)
        let text = try CaseService.reasonText(outcome, field: "outcome") ?? ""
        return try change(ref, expectedRevision: expectedRevision, action: "decision-add") { record in
            if decidedOn < record.receivedOn {
                throw CaseServiceError.dayTooEarly(field: "on", decidedOn, earliest: record.receivedOn)
            }
            let decision = Decision(id: record.nextDecisionId, kind: kind, outcome: text.isEmpty ? kind.label + " decision" : text,
                                    decidedOn: decidedOn, decidedBy: actor.id, notifiedOn: notifiedOn)
            record.decisions.append(decision)
            record.timeline.append(systemEvent(record, "Decision \(decision.id) (\(kind.label)) made on \(decidedOn)"
                + (notifiedOn.map { ", notified on \($0)" } ?? ", notification not recorded yet"),
                    summary: "Decision made: " + kind.label.lowercased()))
        }
    }

    /// Records the day the applicant was notified of decision `id`: the 21 days to ask for a review start then.
    @discardableResult
    public func recordNotification(_ ref: String, decision id: Int, on day: Day, expectedRevision: Int?) throws -> Case {
        if day > today { throw CaseServiceError.dayInFuture(field: "on", day) }
        return try change(ref, expectedRevision: expectedRevision, action: "decision-notified") { record in
            let index = try decisionIndex(id, in: record, doing: "cannot record the notification")
            let refusals = ReviewRequests.notificationProblems(record.decisions[index], on: day)
            guard refusals.isEmpty else { throw CaseServiceError.reviewRefused(doing: "cannot record the notification", refusals) }
            record.decisions[index].notifiedOn = day
            record.timeline.append(systemEvent(record, "Decision \(id) notified on \(day); a review may be asked for until "
                + "\(ReviewRights.requestBy(notifiedOn: day))", summary: "Decision notified"))
        }
    }

    /// Records a review request; one after the 21 days needs the council's reason for accepting it (s202(3)).
    @discardableResult
    public func requestReview(_ ref: String, decision id: Int, on day: Day, lateAccepted: String? = nil,
                              expectedRevision: Int?) throws -> Case {
        if day > today { throw CaseServiceError.dayInFuture(field: "on", day) }
        let late = try CaseService.reasonText(lateAccepted, field: "lateAccepted") ?? ""
        return try change(ref, expectedRevision: expectedRevision, action: "review-request") { record in
            let index = try decisionIndex(id, in: record, doing: "cannot record the review request")
            let decision = record.decisions[index]
            let refusals = ReviewRequests.problems(decision, duties: record.duties, on: day, lateAccepted: late)
            guard refusals.isEmpty else { throw CaseServiceError.reviewRefused(doing: "cannot record the review request", refusals) }
            let wasLate = ReviewRights(decision, duties: record.duties).isLate(day)
            record.decisions[index].reviewRequestedOn = day
            if wasLate { record.decisions[index].lateRequestAccepted = late }
            let rights = ReviewRights(record.decisions[index], duties: record.duties)
            record.timeline.append(systemEvent(record, "Review of decision \(id) (\(decision.kind.label)) requested on \(day)"
                + (wasLate ? " after the 21 days, accepted" : "") + (rights.decideBy.map { "; to be decided by \($0)" } ?? ""),
                    summary: "Review requested"))
        }
    }

    /// Records a finding (eligibility, priority need, intentionality, local connection) with the decision letter it
    /// produces, so its review right runs from the letter's notification.
    @discardableResult
    public func recordFinding(_ ref: String, _ kind: FindingKind, _ value: Bool, on day: Day? = nil, notifiedOn: Day? = nil,
                              expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        if day > today { throw CaseServiceError.dayInFuture(field: "on", day) }
        try checkNotification(notifiedOn, decidedOn: day)
        return try change(ref, expectedRevision: expectedRevision, action: "finding") { record in
            if day < record.receivedOn { throw CaseServiceError.dayTooEarly(field: "on", day, earliest: record.receivedOn) }
            switch kind {
            case .eligibility: record.findings.eligible = value
            case .priorityNeed: record.findings.priorityNeed = value
            case .intentionality: record.findings.intentionallyHomeless = value
            case .localConnection: record.findings.localConnection = value
            }
            let decision = Decision(id: record.nextDecisionId, kind: kind.decisionKind, outcome: kind.outcome(value),
                                    decidedOn: day, decidedBy: actor.id, notifiedOn: notifiedOn)
            record.decisions.append(decision)
            record.recordedFindings = (record.recordedFindings ?? []) + [
                RecordedFinding(kind: kind, value: value, decidedOn: day, decidedBy: actor.id, decisionId: decision.id),
            ]
            record.timeline.append(systemEvent(record, "Finding on \(day): \(kind.outcome(value)) (decision \(decision.id))",
                summary: "Finding recorded"))
        }
    }

    /// Records interim accommodation (s188) as provided, or as not owed with the officer's reason.
    @discardableResult
    public func recordInterimAccommodation(_ ref: String, _ outcome: InterimAccommodation.Outcome, reason: String? = nil,
                                           expectedRevision: Int?) throws -> Case {
        let why = try CaseService.reasonText(reason, field: "reason") ?? ""
        if outcome == .notOwed, why.isEmpty {
            throw CaseServiceError.invalid(field: "reason", message: "say why interim accommodation (s188) is not owed")
        }
        return try change(ref, expectedRevision: expectedRevision, action: "interim-accommodation") { record in
            record.interimAccommodation = InterimAccommodation(outcome: outcome, recordedOn: today, recordedBy: actor.id,
                                                               reason: why.isEmpty ? nil : why)
            record.timeline.append(systemEvent(record, outcome.label + " (s188)", summary: "Interim accommodation (s188)"))
        }
    }

    /// The officer's finding on whether an invalid notice still threatens the household (s175(4)).
    @discardableResult
    public func recordNoticeThreat(_ ref: String, threatened: Bool, expectedRevision: Int?) throws -> Case {
        try change(ref, expectedRevision: expectedRevision, action: "notice-threat") { record in
            guard record.notice != nil else {
                throw CaseServiceError.invalid(field: "notice", message: "no notice is recorded on \(ref)")
            }
            record.notice?.threatFinding = NoticeThreatFinding(threatened: threatened, decidedOn: today, decidedBy: actor.id)
            record.timeline.append(systemEvent(record, "Finding: the invalid notice "
                + (threatened ? "still threatens the household" : "does not threaten the household"),
                    summary: "Notice threat decided"))
        }
    }

    private func decisionIndex(_ id: Int, in record: Case, doing: String) throws -> Int {
        guard let index = record.decisions.firstIndex(where: { $0.id == id }) else {
            throw CaseServiceError.reviewRefused(doing: doing, [.noSuchDecision(id)])
        }
        return index
    }
}
