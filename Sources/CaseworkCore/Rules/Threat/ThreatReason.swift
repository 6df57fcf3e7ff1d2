/// Why the threat test reads as it does: one value per line of its reasons.
public enum ThreatReason: RuleReason {
    case homelessNow
    case sleepingRough
    case lostHome(on: Day)
    /// The loss date recorded, `inDays` from today (negative once passed with the household still in the home).
    case expectsLoss(on: Day, inDays: Int)
    case noticeExpires(on: Day, inDays: Int)
    /// A valid section 21 notice expiring within 56 days: the s175(5) ground.
    case validSection21Expires(on: Day, inDays: Int)
    case nothingRecorded
    case foundIneligible
}
