/// The duty the facts point to: relief when homeless, prevention when threatened, otherwise advice.
public enum IndicatedDuty: String, Codable, CaseIterable, Sendable {
    case relief
    case prevention
    case none

    public var label: String {
        switch self {
        case .relief: "Relief duty (s189B)"
        case .prevention: "Prevention duty (s195)"
        case .none: "Advice and information"
        }
    }
}

/// What the homeless/threatened decision rests on.
public enum ThreatBasis: Hashable, Sendable {
    case homelessNow
    case sleepingRough
    case lossDatePassed(Day)
    case lossDate(Day)
    case noticeExpiry(Day)
    case section21(Day)
    case nothingRecorded
}

/// The threat test (s175): homeless now, or threatened with homelessness within 56 days.
///
/// Readings chosen to protect the applicant:
/// - Rough sleeping and no fixed abode count as homeless now, whatever the homeless flag says.
/// - A loss date already passed counts as homeless now.
/// - Any notice's expiry counts as the date the home is lost, valid or not: a landlord acting on a flawed notice
///   still puts the household at risk, and the prevention duty is what answers that. A valid section 21 is named
///   separately as the s175(5) ground.
/// - An expiry already passed while the household is still in the home counts as threatened (negative days).
/// - `daysUntilLoss` is 0 for a household already homeless.
/// - A finding that the applicant is not eligible turns the indicated duty to none; an undecided one does not.
public struct ThreatAssessment: Hashable, Sendable {
    public static let window = 56

    public let homeless: Bool
    public let threatened: Bool
    public let daysUntilLoss: Int?
    public let basis: ThreatBasis
    public let ineligible: Bool
    public let today: Day

    public init(_ summary: CaseSummary, notice: NoticeCheck, today: Day) {
        self.today = today
        ineligible = summary.findings.eligible == false
        let lossDate = summary.lossDate
        let expiry = summary.notice?.expiresOn
        let soonest = lossDate.map { loss in expiry.map { min(loss, $0) } ?? loss } ?? expiry
        if summary.homelessNow {
            basis = .homelessNow
        } else if summary.accommodationType == .roughSleeping || summary.accommodationType == .noFixedAbode {
            basis = .sleepingRough
        } else if let lossDate, lossDate <= today {
            basis = .lossDatePassed(lossDate)
        } else if let expiry, expiry == soonest, notice.verdict == .valid, summary.notice?.type == .section21,
                  today.days(until: expiry) <= ThreatAssessment.window {
            basis = .section21(expiry)
        } else if let soonest {
            basis = soonest == lossDate ? .lossDate(soonest) : .noticeExpiry(soonest)
        } else {
            basis = .nothingRecorded
        }
        switch basis {
        case .homelessNow, .sleepingRough, .lossDatePassed:
            homeless = true
            threatened = false
            daysUntilLoss = 0
        case .lossDate(let day), .noticeExpiry(let day), .section21(let day):
            homeless = false
            daysUntilLoss = today.days(until: day)
            threatened = today.days(until: day) <= ThreatAssessment.window
        case .nothingRecorded:
            homeless = false
            threatened = false
            daysUntilLoss = nil
        }
    }

    public var indicatedDuty: IndicatedDuty {
        if ineligible { return .none }
        return homeless ? .relief : threatened ? .prevention : .none
    }

    public var reasons: [ThreatReason] {
        var reasons: [ThreatReason] = []
        switch basis {
        case .homelessNow: reasons.append(.homelessNow)
        case .sleepingRough: reasons.append(.sleepingRough)
        case .lossDatePassed(let day): reasons.append(.lostHome(on: day))
        case .lossDate(let day): reasons.append(.expectsLoss(on: day, inDays: today.days(until: day)))
        case .noticeExpiry(let day): reasons.append(.noticeExpires(on: day, inDays: today.days(until: day)))
        case .section21(let day): reasons.append(.validSection21Expires(on: day, inDays: today.days(until: day)))
        case .nothingRecorded: reasons.append(.nothingRecorded)
        }
        if ineligible { reasons.append(.foundIneligible) }
        return reasons
    }
}
