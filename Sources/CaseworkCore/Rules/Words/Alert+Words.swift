extension Alert {
    /// What is due and when; never who.
    public func words(_ wording: Wording) -> String {
        let due = wording.date(dueOn) + " (" + Alert.relative(today.days(until: dueOn)) + ")"
        let duty = dutyKind.map { $0 == .prevention ? "Prevention duty" : $0 == .relief ? "Relief duty" : "Main duty" }
            ?? "Duty"
        let decision = decisionKind?.label.lowercased() ?? "decision"
        let noticeFrom = wording.date(dueOn.adding(days: 1))
        switch kind {
        case .dutyDeadlineNear:
            return "\(duty): its 56 days end on \(due); notice that they have passed may be given from \(noticeFrom)"
        case .dutyDeadlinePassed:
            return dutyKind == .relief
                ? "Relief duty: its 56 days ended on \(due): decide priority need (s189B(4)), or end the duty"
                : "\(duty): its 56 days ended on \(due): end it by notice (from \(noticeFrom)) or continue"
        case .mainDutyDecisionDue:
            return "Relief duty ended by law at the end of \(due), its 56th day: main duty decision (s193) due"
        case .planNotAgreed:
            return "Personalised housing plan not agreed 10 working days after assessment (the council's target, "
                + "not a legal deadline): due \(due)"
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
            return "Possible s188 duty — officer to decide: reason to believe the applicant may be homeless, eligible "
                + "and in priority need; record interim accommodation as provided or not owed"
        case .dutyNotStarted:
            let what = dutyKind.map { $0 == .relief ? "Relief duty" : "Prevention duty" } ?? "Relief or prevention duty"
            let since = since.map { " since \(wording.date($0))" } ?? ""
            return "\(what) indicated\(since), not started: due by \(due)"
        case .reviewRequestDeadline:
            return "A review of the \(decision) decision may be requested until \(due)"
        case .reviewDecisionDeadline:
            return "Review of the \(decision) decision due by \(due)"
        case .followUpDue:
            return "A contact was to be followed up on \(due)"
        case .appointmentMissed:
            return "Missed the appointment on \(due): offer the next slot"
        case .contactWarningUndecided:
            return "A second appointment in a row missed on \(due): decide whether to warn that the duty may end if contact "
                + "is lost (never automatic)"
        case .interpreterNotArranged:
            return "No interpreter recorded as arranged for the appointment on \(due)"
        case .thirdPartyNotArranged:
            return "The support or social worker is not recorded as arranged for the appointment on \(due)"
        }
    }
}
