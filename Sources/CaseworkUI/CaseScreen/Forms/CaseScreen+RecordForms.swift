import CaseworkCore

/// Checking and submitting the forms that record what the law turns on (`CaseForms+Law`): the rules' checks as the
/// officer types, the same the service makes before anything reaches the store.
extension CaseScreen {
    /// No gatekeeping at triage (s184): a reason to end the case here, and why no duty is owed where the household is or
    /// may be homeless or may be owed interim accommodation.
    func checkTriageOutcome(_ form: CaseForm, outcome: TriageOutcome, into check: inout FormCheck) {
        if outcome == .preventedAtTriage, form.text(1).isEmpty { check.problems[1] = "say how homelessness was prevented" }
        guard outcome.closesTheCase else { return }
        let rules = sheet.report.rules
        let notOwed = form.fields.count > 3 ? form.text(3) : nil
        check.notes = [Span("This outcome closes the case; you will be asked to confirm", .muted)]
        // The two reasons are required fields ("is required" beside them); the rule says here why they are asked.
        for refusal in TriageGate.problems(outcome, evaluation: rules, reason: form.text(2), dutyNotOwedReason: notOwed) {
            switch refusal {
            case .reasonRequired, .dutyNotOwedReasonRequired: check.notes.append(Span(refusal.words(.console), .amber))
            case .preventedWhileHomeless: check.refuse([refusal])
            }
        }
        if rules.interim.open {
            check.notes.append(Span("The possible interim accommodation duty (s188) is recorded as not owed, for this reason", .amber))
        }
    }

    /// A closing outcome asks first, the form put aside meanwhile so "keep open" brings it back as typed.
    mutating func submitTriageOutcome(_ form: CaseForm, outcome: TriageOutcome) -> ScreenOutcome {
        let how = outcome == .preventedAtTriage ? form.text(1) : nil
        guard outcome.closesTheCase else { return .perform(.triageOutcome(outcome, preventedHow: how)) }
        let notOwed = form.fields.count > 3 ? form.text(3) : nil
        let action = CaseAction.triageOutcome(outcome, preventedHow: how, reason: form.text(2), dutyNotOwedReason: notOwed)
        overlays.replace(form)
        overlays.putFormAside()
        overlays.ask(Dialog.confirm(title: "Close at triage",
                                    message: "This closes \(ref) at triage as “\(outcome.label)”, with no duty started. "
                                        + "Close the case?",
                                    no: .init("Keep open", .backToTriageOutcome), yes: .init("Close the case", .closeAtTriage(action))))
        return .handled
    }

    /// The officer confirmed: the form put aside goes with the action, to come back if the store refuses it.
    mutating func confirmedTriageOutcome(_ action: CaseAction) -> ScreenOutcome {
        overlays.open(CaseForms.triageOutcome(sheet.record.triage, rules: sheet.report.rules))
        if let form = overlays.form { overlays.submitted(form) }
        return .perform(action)
    }

    func checkRecord(_ form: CaseForm, into check: inout FormCheck) {
        let record = sheet.record, today = sheet.today
        switch form.purpose {
        case .finding:
            let kind = FindingKind.allCases[form.selected(0)]
            if let day = form.day(2) {
                if day > today { check.problems[2] = "is in the future" }
                if day < record.receivedOn { check.problems[2] = "is before the application (\(DayFormat.medium(record.receivedOn)))" }
                if let notified = form.day(3), notified < day { check.problems[3] = "is before the decision" }
            }
            if let notified = form.day(3), notified > today { check.problems[3] = "is in the future" }
            let rights = ReviewRights.weeks(for: kind.decisionKind, endedDuty: nil)
            check.cleared = [Span("✓ Records “\(kind.outcome(form.selected(1) == 0))” with its decision letter: a review may be "
                + "asked for within 21 days of notification, decided within \(rights) weeks (s202)", .green)]
        case .notification(let ids):
            guard !ids.isEmpty, let day = form.day(1), let decision = record.decisions.first(where: { $0.id == ids[form.selected(0)] })
            else { break }
            if day > today { check.problems[1] = "is in the future" }
            check.refuse(ReviewRequests.notificationProblems(decision, on: day))
            check.cleared = [Span("✓ A review may be asked for until "
                + DayFormat.long(ReviewRights.requestBy(notifiedOn: day)) + " (s202)", .green)]
        case .reviewRequest(let ids):
            guard !ids.isEmpty, let day = form.day(1), let decision = record.decisions.first(where: { $0.id == ids[form.selected(0)] })
            else { break }
            if day > today { check.problems[1] = "is in the future" }
            for refusal in ReviewRequests.problems(decision, duties: record.duties, on: day, lateAccepted: form.text(2)) {
                if case .late = refusal { check.problems[2] = refusal.words(.console.joined) } else { check.refuse([refusal]) }
            }
            var requested = decision
            requested.reviewRequestedOn = day
            if let decideBy = ReviewRights(requested, duties: record.duties).decideBy {
                check.cleared = [Span("✓ The review is then due by " + DayFormat.long(decideBy), .green)]
            }
        case .refusal(let ids):
            guard !ids.isEmpty, let day = form.day(1) else { break }
            check.refuse(NonCooperation.refusalProblems(NonCooperationFacts(record), stepId: ids[form.selected(0)], on: day))
        case .warning:
            guard let day = form.day(0) else { break }
            guard let period = Int(form.text(1)) else {
                check.problems[1] = "is a number of days"
                break
            }
            check.refuse(NonCooperation.warningProblems(NonCooperationFacts(record), on: day, periodDays: period))
            if !check.refused {
                let ends = day.adding(days: period)
                check.cleared = [Span("✓ The period to comply runs to \(DayFormat.long(ends)); a refusal after it can found the notice",
                                      .green)]
            }
        default:
            break
        }
    }

    func submitRecord(_ form: CaseForm) -> ScreenOutcome {
        let today = sheet.today
        switch form.purpose {
        case .finding:
            return .perform(.recordFinding(FindingKind.allCases[form.selected(0)], form.selected(1) == 0, on: form.day(2) ?? today,
                                           notifiedOn: form.day(3)))
        case .notification(let ids):
            guard !ids.isEmpty else { return .handled }
            return .perform(.recordNotification(decisionId: ids[form.selected(0)], on: form.day(1) ?? today))
        case .reviewRequest(let ids):
            guard !ids.isEmpty else { return .handled }
            let late = form.text(2)
            return .perform(.requestReview(decisionId: ids[form.selected(0)], on: form.day(1) ?? today,
                                           lateAccepted: late.isEmpty ? nil : late))
        case .interimAccommodation:
            let outcome = InterimAccommodation.Outcome.allCases[form.selected(0)]
            return .perform(.recordInterimAccommodation(outcome, reason: outcome == .notOwed ? form.text(1) : nil))
        case .noticeThreat:
            return .perform(.recordNoticeThreat(threatened: form.selected(0) == 0))
        case .refusal(let ids):
            guard !ids.isEmpty else { return .handled }
            return .perform(.recordRefusal(stepId: ids[form.selected(0)], on: form.day(1) ?? today, note: nil))
        case .warning:
            return .perform(.recordWarning(on: form.day(0) ?? today, periodDays: Int(form.text(1)), note: nil))
        case .close:
            let comment = form.text(1)
            return .perform(.close(Satisfaction.allCases[form.selected(0)], comment: comment.isEmpty ? nil : comment))
        default:
            return .handled
        }
    }
}
