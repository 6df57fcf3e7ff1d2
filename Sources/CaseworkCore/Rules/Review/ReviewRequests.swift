/// Why a written decision, its notification or a review request cannot be recorded as asked.
public enum ReviewRefusal: RuleReason {
    case noSuchDecision(Int)
    case alreadyRequested(on: Day)
    case beforeDecision(decidedOn: Day)
    /// Asked after the 21 days; the council may still accept it in writing (s202(3)).
    case late(requestBy: Day, notifiedOn: Day)
    case notifiedBeforeDecision(decidedOn: Day)
    case alreadyNotified(on: Day)
}

/// The checks on recording decisions and reviews (s202), one place for the CLI and the console.
public enum ReviewRequests {
    /// May a review of `decision` be recorded as requested on `day`? Late requests need the council's acceptance.
    public static func problems(_ decision: Decision, duties: [Duty], on day: Day, lateAccepted: String?) -> [ReviewRefusal] {
        var problems: [ReviewRefusal] = []
        if let requested = decision.reviewRequestedOn { problems.append(.alreadyRequested(on: requested)) }
        if day < decision.decidedOn { problems.append(.beforeDecision(decidedOn: decision.decidedOn)) }
        let rights = ReviewRights(decision, duties: duties)
        if rights.isLate(day), (lateAccepted ?? "").trimmingSpaces.isEmpty, let requestBy = rights.requestBy,
           let notifiedOn = rights.notifiedOn {
            problems.append(.late(requestBy: requestBy, notifiedOn: notifiedOn))
        }
        return problems
    }

    /// May `decision` be recorded as notified on `day`?
    public static func notificationProblems(_ decision: Decision, on day: Day) -> [ReviewRefusal] {
        var problems: [ReviewRefusal] = []
        if let notified = decision.notifiedOn { problems.append(.alreadyNotified(on: notified)) }
        if day < decision.decidedOn { problems.append(.notifiedBeforeDecision(decidedOn: decision.decidedOn)) }
        return problems
    }
}
