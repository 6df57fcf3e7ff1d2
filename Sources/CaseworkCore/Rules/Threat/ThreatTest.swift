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

    public var reasons: [String] {
        var lines: [String] = []
        switch basis {
        case .homelessNow:
            lines.append("Homeless now, as recorded")
        case .sleepingRough:
            lines.append("Sleeping rough or of no fixed abode: homeless now")
        case .lossDatePassed(let day):
            lines.append("Lost the home on \(day.iso): homeless now")
        case .lossDate(let day):
            lines.append("Expects to lose the home on \(day.iso), \(distance(to: day))")
        case .noticeExpiry(let day):
            lines.append("The notice expires on \(day.iso), \(distance(to: day))")
        case .section21(let day):
            lines.append("A valid section 21 notice expires on \(day.iso), \(distance(to: day)) (s175(5))")
        case .nothingRecorded:
            lines.append("No loss date or notice expiry recorded: not shown to be threatened within 56 days")
        }
        if ineligible { lines.append("Found not eligible for assistance: no prevention or relief duty") }
        return lines
    }

    private func distance(to day: Day) -> String {
        let days = today.days(until: day)
        if days < 0 { return "\(-days) days ago, still in the home: threatened (s175(4))" }
        let within = days <= ThreatAssessment.window ? "within 56 days: threatened (s175(4))" : "more than 56 days away"
        return days == 1 ? "in 1 day, \(within)" : "in \(days) days, \(within)"
    }
}
