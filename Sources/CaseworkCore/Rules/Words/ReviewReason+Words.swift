extension ReviewReason {
    public func words(_ wording: Wording) -> String {
        switch self {
        case .requestBy(let day, let fromNotification):
            "Review may be requested until \(wording.date(day)) (21 days from "
                + (fromNotification ? "notification)" : "the decision date; notification not recorded)")
        case .requested(let day, let decideBy, let weeks):
            "Review requested on \(wording.date(day)): decision due by \(wording.date(decideBy)) (\(weeks) weeks)"
        case .decided(let day):
            "Review decided on \(wording.date(day))"
        }
    }
}
