/// Why the threat test reads as it does: one value per line of its reasons.
public enum ThreatReason: RuleReason {
    case homelessNow
    case sleepingRough
    case lostHome(on: Day)
    /// Domestic abuse recorded with the applicant still in the home (s175(3), s177(1)).
    case mayBeHomelessAfterAbuse
    /// A valid notice expired `daysAgo` days ago with the household still there (s175(3); Code of Guidance 6.35).
    case mayBeHomelessAfterNotice(expiredOn: Day, daysAgo: Int)
    /// The loss date recorded, `inDays` from today (negative once passed with the household still in the home).
    case expectsLoss(on: Day, inDays: Int)
    case noticeExpires(on: Day, inDays: Int)
    /// A section 8 notice's expiry: the earliest day proceedings may begin, not the day the home is lost.
    case section8Expires(on: Day, inDays: Int)
    /// A valid section 21 notice expiring within 56 days: the s175(5) ground.
    case validSection21Expires(on: Day, inDays: Int)
    /// An invalid notice the officer has not judged: threatened? The first reason it fails, and what a lawful notice
    /// served today could do.
    case threatToConfirm(expiresOn: Day, inDays: Int, invalidBecause: NoticeReason?, lawful: LawfulNotice?)
    /// The officer's finding on an invalid notice.
    case officerFoundNotice(threatens: Bool, on: Day)
    case nothingRecorded
    case foundIneligible
}
