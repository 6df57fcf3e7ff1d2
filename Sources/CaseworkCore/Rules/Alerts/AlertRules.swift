/// Alerts derived from a case and its evaluation, never stored. Case-work alerts show while the case is being
/// worked (not closed, no duty ended); review alerts show whatever the status, since a review outlives the case.
///
/// Readings chosen to protect the applicant:
/// - A notice already expired while the household is still in the home stays red until accommodation is secured;
///   an invalid notice the officer has not found to threaten the household raises no "possession may follow" (it
///   cannot found proceedings), and one the officer ruled out raises nothing.
/// - With no contact ever logged, the 14 days run from the application date.
/// - A contact's follow-up day alerts from that day on, amber, until a contact is logged on or after it.
/// - The possible s188 duty (InterimDutyAssessment) is raised at any stage of a case being worked, and holds until
///   interim accommodation is recorded as provided or not owed: reason to believe is enough (s188(1)).
/// - The duty's alerts count as the law does: its 56 days end on its last day (start + 55); relief ends by itself
///   then for an applicant found in priority need and not found intentionally homeless (s189B(4)).
/// - Facts indicating relief or prevention with no duty started 5 working days after the application (assessed, or
///   past triage) raise an amber alert: a duty owed and not started.
enum AlertRules {
    static func alerts(_ summary: CaseSummary, evaluation: CaseEvaluation, settings: AlertSettings) -> [Alert] {
        var collector = AlertCollector(ref: summary.ref, today: evaluation.today)
        if summary.status != .closed && summary.status != .dutyEnded {
            collector.duty(evaluation.duty, settings: settings)
            collector.plan(summary, settings: settings)
            collector.contactAndDocuments(summary, settings: settings)
            collector.notice(summary, evaluation: evaluation, settings: settings)
            collector.interimDuty(evaluation)
            collector.dutyNotStarted(summary, evaluation: evaluation, settings: settings)
            collector.appointments(summary)
        }
        collector.reviews(summary, settings: settings)
        guard collector.alerts.count > 1 else { return collector.alerts }
        return collector.alerts.sorted { ($0.severity, $0.dueOn, $0.kind.rawValue) < ($1.severity, $1.dueOn, $1.kind.rawValue) }
    }
}

/// Gathers one case's alerts; each method is one family from issue 3.
struct AlertCollector {
    let ref: String
    let today: Day
    var alerts: [Alert] = []

    private mutating func add(_ kind: AlertKind, _ severity: AlertSeverity, due: Day, duty: DutyKind? = nil,
                              decision: DecisionKind? = nil, since: Day? = nil) {
        alerts.append(Alert(kind: kind, severity: severity, dueOn: due, ref: ref, today: today,
                            dutyKind: duty, decisionKind: decision, since: since))
    }

    /// Red when an amber window is over, amber inside it, nothing before it.
    private func severity(dueIn days: Int, warning: Int, redWhenPassed: Bool = true) -> AlertSeverity? {
        if days < 0 { return redWhenPassed ? .red : .amber }
        return days <= warning ? .amber : nil
    }

    mutating func duty(_ clock: DutyClock?, settings: AlertSettings) {
        guard let clock, let lastDay = clock.lastDay else { return }
        if clock.mainDutyDecisionDue {
            add(.mainDutyDecisionDue, .red, due: lastDay, duty: clock.kind)
        } else if clock.periodOver {
            add(.dutyDeadlinePassed, .red, due: lastDay, duty: clock.kind)
        } else if today.days(until: lastDay) <= settings.dutyDeadlineWarningDays {
            add(.dutyDeadlineNear, .amber, due: lastDay, duty: clock.kind)
        }
    }

    mutating func plan(_ summary: CaseSummary, settings: AlertSettings) {
        if let assessedOn = summary.assessedOn, summary.planSettledOn == nil {
            let due = assessedOn.adding(workingDays: settings.planWorkingDaysAfterAssessment)
            if let level = severity(dueIn: today.days(until: due), warning: 3) { add(.planNotAgreed, level, due: due) }
        }
        if let due = summary.openStepDueOn, due < today {
            add(.planStepOverdue, .amber, due: due)
        }
        if let due = summary.planReviewDueOn {
            let days = today.days(until: due)
            if days <= 0 {
                add(.planReviewDue, .amber, due: due)
            } else if days <= settings.planReviewWarningDays {
                add(.planReviewDue, .green, due: due)
            }
        }
    }

    mutating func contactAndDocuments(_ summary: CaseSummary, settings: AlertSettings) {
        let lastContact = summary.lastApplicantContactOn ?? summary.receivedOn
        let contactDue = lastContact.adding(days: settings.noContactDays)
        if today >= contactDue {
            let long = today >= lastContact.adding(days: 2 * settings.noContactDays)
            add(.noContact, long ? .red : .amber, due: contactDue)
        }
        let documentsDue = summary.receivedOn.adding(days: settings.documentsMissingDays)
        if summary.documentsProvided < summary.documentsTotal, today >= documentsDue {
            add(.documentsMissing, .amber, due: documentsDue)
        }
        // The officer's own reminder: from its day until a contact is logged on or after it.
        if let followUp = summary.followUpOn, today >= followUp { add(.followUpDue, .amber, due: followUp) }
    }

    mutating func notice(_ summary: CaseSummary, evaluation: CaseEvaluation, settings: AlertSettings) {
        guard let expiresOn = summary.notice?.expiresOn, summary.accommodationSecuredOn == nil,
              !evaluation.homeless, evaluation.threat.noticeThreat != .ruledOut else { return }
        let days = today.days(until: expiresOn)
        if days < 0 {
            if evaluation.threat.noticeThreat == .counts { add(.noticeExpired, .red, due: expiresOn) }
        } else if days <= settings.noticeExpiryRedDays {
            add(.noticeExpiring, .red, due: expiresOn)
        } else if days <= settings.noticeExpiryWarningDays {
            add(.noticeExpiring, .amber, due: expiresOn)
        }
    }

    mutating func interimDuty(_ evaluation: CaseEvaluation) {
        guard evaluation.interim.open else { return }
        add(.possibleInterimDuty, .red, due: today)
    }

    mutating func dutyNotStarted(_ summary: CaseSummary, evaluation: CaseEvaluation, settings: AlertSettings) {
        guard summary.duties.isEmpty, evaluation.indicatedDuty != .none else { return }
        let pastTriage = summary.assessedOn != nil || summary.triageOutcome == .readyForAppointment
            || [.routed, .appointmentBooked, .assessment].contains(summary.status)
        guard pastTriage else { return }
        let due = summary.receivedOn.adding(workingDays: settings.dutyNotStartedWorkingDays)
        guard today > due else { return }
        let kind: DutyKind? = switch evaluation.indicatedDuty {
        case .relief: .relief
        case .prevention: .prevention
        case .reliefOrPrevention, .none: nil
        }
        add(.dutyNotStarted, .amber, due: due, duty: kind, since: summary.receivedOn)
    }

    mutating func reviews(_ summary: CaseSummary, settings: AlertSettings) {
        for decision in summary.decisions {
            let rights = ReviewRights(decision, duties: summary.duties)
            if rights.reviewPending, let decideBy = rights.decideBy {
                if let level = severity(dueIn: today.days(until: decideBy), warning: settings.reviewWarningDays) {
                    add(.reviewDecisionDeadline, level, due: decideBy, decision: decision.kind)
                }
            } else if rights.requestedOn == nil, let requestBy = rights.requestBy {
                let days = today.days(until: requestBy)
                if days >= 0 && days <= settings.reviewWarningDays {
                    add(.reviewRequestDeadline, .green, due: requestBy, decision: decision.kind)
                }
            }
        }
    }
}
