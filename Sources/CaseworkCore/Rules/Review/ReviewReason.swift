/// One line of a decision's review rights (s202).
public enum ReviewReason: RuleReason {
    /// The last day to ask; `fromNotification` false when the decision date stood in for the notification.
    case requestBy(Day, fromNotification: Bool)
    case requested(on: Day, decideBy: Day, weeks: Int)
    case decided(on: Day)
}
