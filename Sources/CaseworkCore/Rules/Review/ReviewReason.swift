/// One line of a decision's review rights (s202).
public enum ReviewReason: RuleReason {
    /// The last day to ask: 21 days beginning with the day of notification.
    case requestBy(Day, notifiedOn: Day)
    /// The notification is not recorded: the 21 days run from it, so their end is not known.
    case notificationNotRecorded
    case requested(on: Day, decideBy: Day, weeks: Int, lateAccepted: Bool)
    case decided(on: Day)
}
