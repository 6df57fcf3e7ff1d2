/// A case nothing more can come due on from a given day, and that nothing the console shows counts: closed, no review
/// of any decision pending, no window to ask for one still open, no appointment booked from that day on, and neither
/// received nor met within the diary's look-back (`recentDays`). No alert can be raised on it from that day (a
/// property test holds `AlertRules`, the diary's bookings and its forecast to this), and a case dormant on a day is
/// dormant on every later day, until someone changes it. The console starts without loading dormant cases: at five
/// years of history that is nearly all.
public enum DormantCase {
    /// Bumped whenever the rule below changes, so checkpoints that sorted cases by the older rule are stale.
    static let ruleVersion = 2

    /// Days back the console still counts a closed case: the forecast's weeks of history before this week's Monday
    /// (at most six days back), which also covers the diary's four weeks shown behind today.
    public static let recentDays = 7 * DiaryForecast.historyWeeks + 6

    public static func isDormant(_ summary: CaseSummary, on day: Day) -> Bool {
        guard summary.status == .closed else { return false }
        if let next = summary.nextAppointmentOn, next >= day { return false }
        let recent = day.adding(days: -recentDays)
        if summary.receivedOn >= recent { return false }
        for appointment in summary.appointments where appointment.on >= recent { return false }
        for decision in summary.decisions {
            let rights = ReviewRights(decision, duties: summary.duties)
            if rights.reviewPending { return false }
            // A window with no request yet: a review can still be asked for, and the alerts count down to its end.
            if rights.requestedOn == nil, let last = rights.requestBy, last >= day { return false }
        }
        return true
    }
}
