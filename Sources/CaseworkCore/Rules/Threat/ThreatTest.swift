/// The duty the facts point to: relief when homeless, prevention when threatened, the officer's choice when the
/// household may be homeless while still at home, otherwise advice.
public enum IndicatedDuty: String, Codable, CaseIterable, Sendable {
    case relief
    case prevention
    /// May be homeless now while still in the home (s175(3), s177(1)): the officer decides which duty applies.
    case reliefOrPrevention = "relief-or-prevention"
    case none

    public var label: String {
        switch self {
        case .relief: "Relief duty (s189B)"
        case .prevention: "Prevention duty (s195)"
        case .reliefOrPrevention: "Relief or prevention: the officer decides (s175(3))"
        case .none: "Advice and information"
        }
    }
}

/// Why a household still in its home may be homeless now (s175(3)): it is not reasonable for it to stay.
public enum HomelessAtHome: Hashable, Sendable {
    /// Domestic abuse recorded with the applicant still in the home (s177(1)).
    case domesticAbuse
    /// A valid notice expired on this day with the household still there (Code of Guidance 6.35).
    case noticeExpired(Day)
}

/// How the notice counts in the threat test.
public enum NoticeThreat: String, Hashable, Sendable {
    /// Valid, needing checking, or invalid and found by the officer to threaten the household: its expiry counts.
    case counts
    /// Invalid, and the officer has not said whether it still threatens the household.
    case toConfirm = "to-confirm"
    /// Invalid, and the officer found that it does not threaten the household.
    case ruledOut = "ruled-out"
}

/// What the homeless/threatened decision rests on.
public enum ThreatBasis: Hashable, Sendable {
    case homelessNow
    case sleepingRough
    case lossDatePassed(Day)
    case mayBeHomelessAtHome(HomelessAtHome)
    case lossDate(Day)
    case noticeExpiry(Day)
    case section21(Day)
    /// An invalid notice's expiry, counted until the officer says whether it threatens the household.
    case unconfirmedNotice(Day)
    case nothingRecorded
}

/// The threat test (s175): homeless now, or threatened with homelessness within 56 days.
///
/// Readings chosen to protect the applicant:
/// - Rough sleeping and no fixed abode count as homeless now, whatever the homeless flag says.
/// - A loss date already passed counts as homeless now.
/// - Domestic abuse recorded with the applicant still in the home, or a valid notice already expired with the
///   household still there, reads "may be homeless now — needs the officer's decision" (s175(3), s177(1); Code of
///   Guidance 6.35), never "not homeless" or "advice only": the indicated duty is relief or prevention, the
///   officer's choice, and a possible s188 duty is raised.
/// - Any notice's expiry counts as the date the home is lost. An invalid notice counts only as a threat to confirm:
///   the officer records whether it threatens the household (the finding then governs), and until then it is
///   scored below a valid notice. A valid section 21 expiring within 56 days (not one already expired) is named as
///   the s175(5) ground. A section 8 notice's expiry is the earliest day proceedings may begin, not the day the
///   home is lost, and the reasons say so.
/// - An expiry already passed while the household is still in the home counts as threatened (negative days).
/// - `daysUntilLoss` is 0 for a household already homeless, or that may be homeless now because of abuse.
/// - A finding that the applicant is not eligible turns the indicated duty to none; an undecided one does not.
public struct ThreatAssessment: Hashable, Sendable {
    public static let window = 56

    public let homeless: Bool
    /// May be homeless while still at home: the officer decides (s175(3)).
    public let mayBeHomeless: Bool
    public let threatened: Bool
    public let daysUntilLoss: Int?
    public let basis: ThreatBasis
    public let ineligible: Bool
    /// How the notice counts; nil with no notice or no expiry.
    public let noticeThreat: NoticeThreat?
    public let noticeType: NoticeType?
    public let today: Day

    public init(_ summary: CaseSummary, notice: NoticeCheck, today: Day) {
        self.today = today
        ineligible = summary.findings.eligible == false
        noticeType = summary.notice?.type
        let expiry = summary.notice?.expiresOn
        let threat: NoticeThreat? = expiry == nil ? nil
            : notice.verdict != .invalid ? .counts
            : summary.notice?.threatFinding.map { $0.threatened ? .counts : .ruledOut } ?? .toConfirm
        noticeThreat = threat
        let lossDate = summary.lossDate
        let countedExpiry = threat == .ruledOut ? nil : expiry
        let soonest = lossDate.map { loss in countedExpiry.map { min(loss, $0) } ?? loss } ?? countedExpiry
        let stillAtHome = summary.accommodationType != .roughSleeping && summary.accommodationType != .noFixedAbode
        if summary.homelessNow {
            basis = .homelessNow
        } else if !stillAtHome {
            basis = .sleepingRough
        } else if let lossDate, lossDate <= today {
            basis = .lossDatePassed(lossDate)
        } else if summary.domesticAbuse || summary.supportNeeds.contains(.domesticAbuse) {
            basis = .mayBeHomelessAtHome(.domesticAbuse)
        } else if let expiry, expiry < today, notice.verdict == .valid {
            basis = .mayBeHomelessAtHome(.noticeExpired(expiry))
        } else if let expiry, expiry == soonest, threat == .toConfirm {
            basis = .unconfirmedNotice(expiry)
        } else if let expiry, expiry == soonest, notice.verdict == .valid, summary.notice?.type == .section21,
                  (0...ThreatAssessment.window).contains(today.days(until: expiry)) {
            basis = .section21(expiry)
        } else if let soonest {
            basis = soonest == lossDate ? .lossDate(soonest) : .noticeExpiry(soonest)
        } else {
            basis = .nothingRecorded
        }
        switch basis {
        case .homelessNow, .sleepingRough, .lossDatePassed:
            homeless = true
            mayBeHomeless = false
            threatened = false
            daysUntilLoss = 0
        case .mayBeHomelessAtHome(let reason):
            homeless = false
            mayBeHomeless = true
            threatened = true
            if case .noticeExpired(let day) = reason { daysUntilLoss = today.days(until: day) } else { daysUntilLoss = 0 }
        case .lossDate(let day), .noticeExpiry(let day), .section21(let day), .unconfirmedNotice(let day):
            homeless = false
            mayBeHomeless = false
            daysUntilLoss = today.days(until: day)
            threatened = today.days(until: day) <= ThreatAssessment.window
        case .nothingRecorded:
            homeless = false
            mayBeHomeless = false
            threatened = false
            daysUntilLoss = nil
        }
    }

    public var indicatedDuty: IndicatedDuty {
        if ineligible { return .none }
        return homeless ? .relief : mayBeHomeless ? .reliefOrPrevention : threatened ? .prevention : .none
    }

    /// The date counted is a section 8 notice's expiry: the earliest day proceedings may begin, not the day the home
    /// is lost, and every place that shows it says so.
    public var lossIsEarliestProceedings: Bool {
        if case .noticeExpiry = basis { return noticeType == .section8 }
        return false
    }

    /// The threat rests on an invalid notice the officer has not yet judged.
    public var unconfirmed: Bool {
        if case .unconfirmedNotice = basis { return true }
        return false
    }

    /// The reasons, built only when read; `notice` is the check this assessment was made with (the evaluation's), for
    /// why an invalid notice fails and what a lawful one could do.
    public func reasons(notice: NoticeCheck) -> [ThreatReason] {
        let invalid = notice.verdict == .invalid
        var reasons: [ThreatReason] = []
        switch basis {
        case .homelessNow: reasons.append(.homelessNow)
        case .sleepingRough: reasons.append(.sleepingRough)
        case .lossDatePassed(let day): reasons.append(.lostHome(on: day))
        case .mayBeHomelessAtHome(.domesticAbuse): reasons.append(.mayBeHomelessAfterAbuse)
        case .mayBeHomelessAtHome(.noticeExpired(let day)):
            reasons.append(.mayBeHomelessAfterNotice(expiredOn: day, daysAgo: day.days(until: today)))
        case .lossDate(let day): reasons.append(.expectsLoss(on: day, inDays: today.days(until: day)))
        case .noticeExpiry(let day):
            reasons.append(lossIsEarliestProceedings
                ? .section8Expires(on: day, inDays: today.days(until: day))
                : .noticeExpires(on: day, inDays: today.days(until: day)))
        case .section21(let day): reasons.append(.validSection21Expires(on: day, inDays: today.days(until: day)))
        case .unconfirmedNotice(let day):
            reasons.append(.threatToConfirm(expiresOn: day, inDays: today.days(until: day),
                                            invalidBecause: notice.reasons.first { $0.fails }, lawful: notice.lawfulNotice))
        case .nothingRecorded: reasons.append(.nothingRecorded)
        }
        if let noticeFinding = notice.notice?.threatFinding, invalid {
            reasons.append(.officerFoundNotice(threatens: noticeFinding.threatened, on: noticeFinding.decidedOn))
        }
        if ineligible { reasons.append(.foundIneligible) }
        return reasons
    }
}

extension NoticeReason {
    /// The reason makes the notice invalid.
    var fails: Bool {
        switch self {
        case .section21Abolished, .servedWithinFourMonths, .periodTooShort, .proceedingsTooLate, .proceedingsWindowClosed,
             .groundsPeriodTooShort, .firstYearBar, .beforeNoticeToQuitDate:
            true
        case .checkFailed:
            true
        default:
            false
        }
    }
}
