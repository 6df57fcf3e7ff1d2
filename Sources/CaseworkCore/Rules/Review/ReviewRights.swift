/// How long the council has to decide a review of one kind of decision (Homelessness (Review Procedure etc.)
/// Regulations 2018, reg 9), counted from the day the review was requested.
public enum ReviewPeriod: Hashable, Sendable {
    case weeks(Int)
    /// A s193B non-co-operation notice: 3 weeks when it ended the prevention duty, 8 when it ended relief.
    case byEndedDuty(prevention: Int, relief: Int)
}

/// The review rights (s202) of one recorded decision: until when a review may be requested, and, once it has
/// been, until when the council must decide it. The one review-date rule: every screen, alert, letter and the JSON
/// read it from here.
///
/// Readings chosen to protect the applicant:
/// - A period "beginning with" a day includes that day, so 21 days from notification ends on notification + 20,
///   and 8 weeks from the request ends on request + 55.
/// - The 21 days run from the day the applicant was notified (s202(3)), never from the decision date or from a
///   backdated end of a duty: a letter posted is not received the same day. Where the notification is not recorded
///   the last day to ask is unknown and said to be, and a request is never refused as late.
/// - A local-connection referral reviewed by the notifying authority alone has 8 weeks; 10 weeks only where both
///   authorities carry out the review jointly (reg 9).
/// - A non-co-operation notice whose duty cannot be found in the record takes the shorter, 3-week period.
/// - The 3-week period can run from the day representations arrive (reg 9(1)(a)); that date is not recorded, so
///   it runs from the request.
/// - A referee (reg 6) lengthens any review to 12 weeks.
public struct ReviewRights: Hashable, Sendable {
    public static let requestDays = 21
    public static let refereeWeeks = 12

    /// The review period for each kind of decision, with where it comes from.
    public static let periods: [(kind: DecisionKind, period: ReviewPeriod, basis: String)] = [
        (.eligibility, .weeks(8), "s202(1)(a)"),
        (.dutyOwed, .weeks(8), "s202(1)(b)"),
        (.planSteps, .weeks(3), "s202(1)(ba)(i), (bc)(i)"),
        (.preventionDutyEnded, .weeks(3), "s202(1)(bc)(ii)"),
        (.reliefDutyEnded, .weeks(8), "s202(1)(ba)(ii)"),
        (.nonCooperation, .byEndedDuty(prevention: 3, relief: 8), "s202(1)(bb)"),
        (.mainDuty, .weeks(8), "s202(1)(b)"),
        (.suitability, .weeks(8), "s202(1)(f)"),
        (.localConnectionReferral, .weeks(8), "s202(1)(c), reviewed by the notifying authority (reg 9)"),
        (.localConnectionReferralJoint, .weeks(10), "s202(1)(d), reviewed jointly by both authorities (reg 9)"),
    ]

    public let decisionId: Int
    public let kind: DecisionKind
    public let notifiedOn: Day?
    /// The last day a review may be asked for; nil while the notification is not recorded.
    public let requestBy: Day?
    public let reviewWeeks: Int
    public let requestedOn: Day?
    /// The request came after `requestBy` and the council accepted it (s202(3)).
    public let lateAccepted: Bool
    public let decideBy: Day?
    public let decidedOn: Day?

    public init(_ decision: Decision, duties: [Duty]) {
        decisionId = decision.id
        kind = decision.kind
        notifiedOn = decision.notifiedOn
        requestBy = decision.notifiedOn.map(ReviewRights.requestBy(notifiedOn:))
        reviewWeeks = decision.reviewWithReferee
            ? ReviewRights.refereeWeeks
            : ReviewRights.weeks(for: decision.kind, endedDuty: ReviewRights.dutyEnded(by: decision, in: duties))
        requestedOn = decision.reviewRequestedOn
        lateAccepted = decision.lateRequestAccepted != nil
        decideBy = decision.reviewRequestedOn?.adding(days: reviewWeeks * 7 - 1)
        decidedOn = decision.reviewDecidedOn
    }

    /// 21 days beginning with the day of notification.
    public static func requestBy(notifiedOn: Day) -> Day { notifiedOn.adding(days: requestDays - 1) }

    public static func weeks(for kind: DecisionKind, endedDuty: DutyKind?) -> Int {
        switch periods.first(where: { $0.kind == kind })?.period ?? .weeks(8) {
        case .weeks(let weeks): weeks
        case .byEndedDuty(let prevention, let relief): endedDuty == .relief ? relief : prevention
        }
    }

    /// The duty a non-co-operation decision ended: the one ended for that reason nearest the decision date.
    static func dutyEnded(by decision: Decision, in duties: [Duty]) -> DutyKind? {
        guard decision.kind == .nonCooperation else { return nil }
        return duties.filter { $0.endReason == .nonCooperation }
            .min { abs(($0.endedOn ?? $0.startedOn).days(until: decision.decidedOn))
                < abs(($1.endedOn ?? $1.startedOn).days(until: decision.decidedOn)) }?.kind
    }

    /// A review has been asked for and not yet decided.
    public var reviewPending: Bool { requestedOn != nil && decidedOn == nil }

    /// Would a request on `day` be late? Never while the notification is unknown.
    public func isLate(_ day: Day) -> Bool { requestBy.map { day > $0 } ?? false }

    public var reasons: [ReviewReason] {
        var reasons: [ReviewReason] = []
        if let requestBy, let notifiedOn {
            reasons.append(.requestBy(requestBy, notifiedOn: notifiedOn))
        } else {
            reasons.append(.notificationNotRecorded)
        }
        if let requestedOn, let decideBy {
            reasons.append(.requested(on: requestedOn, decideBy: decideBy, weeks: reviewWeeks, lateAccepted: lateAccepted))
        }
        if let decidedOn { reasons.append(.decided(on: decidedOn)) }
        return reasons
    }
}
