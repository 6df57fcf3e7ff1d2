/// A case nothing more can come due on from a given day: closed, no review of any decision pending, no window to
/// ask for one still open, and no appointment booked from that day on. No alert can be raised on it from that day
/// (a property test holds `AlertRules` to this), and a case dormant on a day is dormant on every later day, until
/// someone changes it. The console starts without loading dormant cases: at five years of history that is nearly all.
public enum DormantCase {
    /// Bumped whenever the rule below changes, so checkpoints that sorted cases by the older rule are stale.
    static let ruleVersion = 1

    public static func isDormant(_ summary: CaseSummary, on day: Day) -> Bool {
        guard summary.status == .closed else { return false }
        if let next = summary.nextAppointmentOn, next >= day { return false }
        for decision in summary.decisions {
            let rights = ReviewRights(decision, duties: summary.duties)
            if rights.reviewPending { return false }
            // A window with no request yet: a review can still be asked for, and the alerts count down to its end.
            if rights.requestedOn == nil, let last = rights.requestBy, last >= day { return false }
        }
        return true
    }
}
