extension Alert {
    /// What is due and when; never who.
    public func words(_ wording: Wording) -> String {
        let due = wording.date(dueOn) + " (" + Alert.relative(today.days(until: dueOn)) + ")"
        let duty = dutyKind.map { $0 == .prevention ? "Prevention duty" : $0 == .relief ? "Relief duty" : "Main duty" }
            ?? "Duty"
        let decision = decisionKind?.label.lowercased() ?? "decision"
        switch kind {
        case .dutyDeadlineNear:
            return "\(duty) reaches day 56 on \(due)"
        case .dutyDeadlinePassed:
            return dutyKind == .relief
                ? "Relief duty passed day 56 on \(due): decide priority need and intentionality, or end the duty"
                : "\(duty) passed day 56 on \(due): decide whether to continue or end it"
        case .mainDutyDecisionDue:
            return "Relief duty ended at day 56 on \(due): main duty decision (s193) due"
        case .planNotAgreed:
            return "Personalised housing plan not agreed 10 working days after assessment: due \(due)"
        case .planStepOverdue:
            return "A plan step was due on \(due)"
        case .planReviewDue:
            return "Plan review due on \(due)"
        case .noContact:
            return "No contact with the applicant: contact was due by \(due)"
        case .documentsMissing:
            return "Documents still missing 7 days after application: due \(due)"
        case .noticeExpiring:
            return "The notice expires on \(due) and no accommodation is secured"
        case .noticeExpired:
            return "The notice expired on \(due) and no accommodation is secured: possession proceedings may follow"
        case .possibleInterimDuty:
            return "Homeless and possibly in priority need: interim accommodation (s188) may be owed today"
        case .reviewRequestDeadline:
            return "A review of the \(decision) decision may be requested until \(due)"
        case .reviewDecisionDeadline:
            return "Review of the \(decision) decision due by \(due)"
        }
    }
}
