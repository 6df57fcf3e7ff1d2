import CaseworkCore

extension AlertKind {
    /// The case screen's tab an alert is about, so Enter on it opens the case where the officer acts on it. A kind
    /// this list does not know (one added to the rules later) opens the case on its first tab.
    var caseTab: CaseTab? {
        switch self {
        case .dutyDeadlineNear, .dutyDeadlinePassed, .mainDutyDecisionDue, .reviewRequestDeadline, .reviewDecisionDeadline,
             .dutyNotStarted, .possibleInterimDuty: .duty
        case .planNotAgreed, .planStepOverdue, .planReviewDue: .plan
        case .noContact: .timeline
        case .documentsMissing: .documents
        case .noticeExpiring, .noticeExpired: .home
        default: nil
        }
    }
}
