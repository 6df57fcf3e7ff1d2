extension ReviewReason {
    public func words(_ wording: Wording) -> String {
        switch self {
        case .requestBy(let day, let notifiedOn):
            "Review may be requested until \(wording.date(day)) (21 days from notification on \(wording.date(notifiedOn)))"
        case .notificationNotRecorded:
            "Notification not recorded: a review may be requested within 21 days of the day the applicant is notified"
        case .requested(let day, let decideBy, let weeks, let late):
            "Review requested on \(wording.date(day))" + (late ? " (after the 21 days, accepted)" : "")
                + ": decision due by \(wording.date(decideBy)) (\(weeks) weeks)"
        case .decided(let day):
            "Review decided on \(wording.date(day))"
        }
    }
}
