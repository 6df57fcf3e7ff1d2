/// Why a duty may not start or end as asked, with the dates it rests on; its words are in `Rules/Words`.
public enum DutyRefusal: RuleReason, CustomStringConvertible {
    case inTheFuture(Day)
    case beforeApplication(receivedOn: Day)
    case ineligible
    case alreadyActive(DutyKind)
    case homelessSoReliefApplies
    case notThreatened(daysUntilLoss: Int)
    case notHomeless
    case reliefNotAtDay56
    case mainDutyFindingsMissing
    case noActiveDuty
    case beforeStart(Day)
    case reasonNotForKind(DutyEndReason, DutyKind)
    /// The 56-days-elapsed reasons are available from `noticeFrom`; the date asked is day `day` of the period.
    case periodNotOver(day: Int, noticeFrom: Day)
    case section21Protects(expiresOn: Day?, verdict: NoticeVerdict)
    /// s193B: no step agreed or recorded in a settled plan to have refused.
    case noSettledPlan
    case warnedBeforeDuty(warnedOn: Day, duty: Duty)
    case warnedNotBeforeNotice
    /// s193B(2): the step is not one the applicant must take (a recommended or council step, or not in the plan).
    case stepNotRequired(stepId: Int)
    /// s193B(2): the step was not yet in a settled plan on the day of the refusal.
    case stepNotSettledBy(stepId: Int, refusedOn: Day)
    /// s193B(4): no written warning after a recorded refusal.
    case noWarning
    /// A warning needs a refusal of a required step before it.
    case noRefusalBeforeWarning
    /// s193B(4)(b): the reasonable period after the warning has not passed by `day`; it ends on `periodEndsOn`.
    case warningPeriodNotOver(periodEndsOn: Day)
    /// The warning's period is shorter than the law allows: a further refusal the next day is never reasonable.
    case warningPeriodTooShort(days: Int)
    /// s193B(5): no refusal after the warning's period ended.
    case noFurtherRefusal(after: Day)
    /// Reg 3: the authorising officer must be another officer.
    case authorisedBySelf
    /// Reg 3: at least as senior as the officer giving the notice.
    case authoriserNotSenior
    /// Reg 3: not involved in the case: not its assigned officer, not the warning's author.
    case authoriserInvolved(reason: AuthoriserInvolvement)

    /// The command line's words; each front end words a refusal through `words(_:)`.
    public var description: String { words(.commandLine) }
}

/// How an authorising officer is involved in a case, which rules them out (reg 3).
public enum AuthoriserInvolvement: Hashable, Sendable {
    case assignedOfficer
    case gaveTheWarning
}

/// Every reason a change was refused, as a value the service can show or throw.
public struct DutyRefusals: Error, Hashable, Sendable, CustomStringConvertible {
    public let refusals: [DutyRefusal]

    public init(refusals: [DutyRefusal]) { self.refusals = refusals }

    public var description: String { words(.commandLine) }

    /// The refusals joined into one clause, as an error message carries them.
    public func words(_ wording: Wording) -> String { refusals.map { $0.words(wording.joined) }.joined(separator: "; ") }
}

/// What follows a duty's end by law.
public enum DutyFollowOn: String, Codable, Sendable {
    /// Prevention ended because the household became homeless: the relief duty starts the same day.
    case relief
    /// Relief reached day 56 with priority need and no intentionality: the main duty decision (s193) is due.
    case mainDutyDecision = "main-duty-decision"
}

/// A permitted end: which duty ends, when, why, and what the law says comes next.
public struct DutyEnding: Hashable, Sendable {
    public let kind: DutyKind
    public let endedOn: Day
    public let reason: DutyEndReason
    public let followedBy: DutyFollowOn?
}

/// A permitted start, with the duty it ends (prevention the same day when relief starts; relief at the end of its
/// last day when the main duty follows it by law), so the service writes both in one record.
public struct DutyStart: Hashable, Sendable {
    public let kind: DutyKind
    public let startedOn: Day
    /// The 56th day (start + 55) for prevention and relief.
    public let lastDay: Day?
    public let ends: DutyEnding?
}

/// The validator the service calls before writing a duty change. Pure: the same facts give the same answer.
///
/// Readings chosen to protect the applicant:
/// - A prevention duty may start when the facts do not show the loss is more than 56 days away: an officer may be
///   satisfied on facts the record does not hold, and refusing would withhold help.
/// - Ending prevention on 56 days elapsed is refused while a section 21 notice that is valid *or still needs
///   checking* has expired or expires within 56 days, or its expiry is unknown (s195(6)).
/// - The 56-days-elapsed and main-duty-decision reasons are available from start + 56, once the period of 56 days
///   beginning with the start day has ended (s189B(4), s195(8)(b)), not before.
/// - The main duty (s193(1)) needs the council's finding of priority need, not indicators, and no finding that the
///   applicant became homeless intentionally; an intentionality not yet decided does not stop it (s189B(4)). Relief
///   then ends at the end of its last day by law, with no notice and no decision of its own.
/// - The s193B warning and second-officer authorisation for a non-co-operation notice are not in the record:
///   the service must confirm them before it ends a duty on that reason.
public enum DutyRules {
    /// Which end reasons apply to which duty (s195(8), s189B(7), s193(5)-(7), s193B).
    public static func endReasons(for kind: DutyKind) -> [DutyEndReason] {
        switch kind {
        case .prevention:
            [.accommodationSecured, .fiftySixDaysElapsed, .becameHomeless, .refusedSuitableOffer,
             .intentionallyHomelessFromAccommodationProvided, .ineligible, .withdrew, .lostContact, .nonCooperation, .died]
        case .relief:
            [.accommodationSecured, .fiftySixDaysElapsed, .refusedSuitableOffer, .refusedFinalOffer,
             .intentionallyHomelessFromAccommodationProvided, .ineligible, .withdrew, .lostContact, .nonCooperation,
             .mainDutyDecision, .died]
        case .main:
            [.accommodationSecured, .refusedSuitableOffer, .refusedFinalOffer,
             .intentionallyHomelessFromAccommodationProvided, .ineligible, .withdrew, .died]
        }
    }

    /// May a duty of `kind` start on `day`? `today` bounds the date; the facts come from the summary.
    public static func mayStart(_ kind: DutyKind, on day: Day, summary: CaseSummary,
                                today: Day) -> Result<DutyStart, DutyRefusals> {
        var refusals = datingRefusals(day, earliest: summary.receivedOn, today: today, beforeStart: false)
        if summary.findings.eligible == false { refusals.append(.ineligible) }
        let active = summary.activeDuty
        let followsActive = active.map { ($0.kind, kind) == (.prevention, .relief) || ($0.kind, kind) == (.relief, .main) }
        if let active, followsActive != true { refusals.append(.alreadyActive(active.kind)) }
        let threat = ThreatAssessment(summary, notice: NoticeCheck(summary, today: day), today: day)
        var ends: DutyEnding?
        switch kind {
        case .prevention:
            if threat.homeless {
                refusals.append(.homelessSoReliefApplies)
            } else if !threat.threatened, let days = threat.daysUntilLoss {
                refusals.append(.notThreatened(daysUntilLoss: days))
            }
        case .relief:
            // May be homeless while still at home (s175(3)): the officer chooses relief or prevention.
            if !threat.homeless && !threat.mayBeHomeless { refusals.append(.notHomeless) }
            if let active, active.kind == .prevention {
                ends = DutyEnding(kind: .prevention, endedOn: day, reason: .becameHomeless, followedBy: .relief)
            }
        case .main:
            if !DutyClock.reliefEndsAutomatically(summary.findings) { refusals.append(.mainDutyFindingsMissing) }
            let relief = summary.duties.last { $0.kind == .relief }
            switch relief {
            case let relief? where relief.isActive && DutyClock.day(of: day, startedOn: relief.startedOn) > DutyClock.length:
                let lastDay = relief.startedOn.adding(days: DutyClock.length - 1)
                ends = DutyEnding(kind: .relief, endedOn: lastDay, reason: .mainDutyDecision, followedBy: .mainDutyDecision)
            case let relief? where relief.endReason == .fiftySixDaysElapsed || relief.endReason == .mainDutyDecision:
                break
            default:
                refusals.append(.reliefNotAtDay56)
            }
        }
        guard refusals.isEmpty else { return .failure(DutyRefusals(refusals: refusals)) }
        return .success(DutyStart(kind: kind, startedOn: day,
                                  lastDay: DutyClock.lastDay(kind: kind, startedOn: day), ends: ends))
    }

    /// May the active duty end on `day` for `reason`?
    public static func mayEnd(reason: DutyEndReason, on day: Day, summary: CaseSummary,
                              today: Day) -> Result<DutyEnding, DutyRefusals> {
        guard let duty = summary.activeDuty else { return .failure(DutyRefusals(refusals: [.noActiveDuty])) }
        var refusals = datingRefusals(day, earliest: duty.startedOn, today: today, beforeStart: true)
        if !endReasons(for: duty.kind).contains(reason) { refusals.append(.reasonNotForKind(reason, duty.kind)) }
        let dayOfPeriod = DutyClock.day(of: day, startedOn: duty.startedOn)
        let needsDay56 = reason == .fiftySixDaysElapsed || reason == .mainDutyDecision
        if needsDay56, duty.kind != .main, dayOfPeriod <= DutyClock.length {
            refusals.append(.periodNotOver(day: dayOfPeriod, noticeFrom: duty.startedOn.adding(days: DutyClock.length)))
        }
        if duty.kind == .prevention, reason == .fiftySixDaysElapsed, let protection = section21Protection(summary, on: day) {
            refusals.append(protection)
        }
        guard refusals.isEmpty else { return .failure(DutyRefusals(refusals: refusals)) }
        let followedBy: DutyFollowOn? = switch duty.kind {
        case .prevention where reason == .becameHomeless: .relief
        case .relief where needsDay56 && DutyClock.reliefEndsAutomatically(summary.findings): .mainDutyDecision
        default: nil
        }
        return .success(DutyEnding(kind: duty.kind, endedOn: day, reason: reason, followedBy: followedBy))
    }

    /// s195(6): a section 21 notice that may be valid and has expired or expires within 56 days of `day`.
    static func section21Protection(_ summary: CaseSummary, on day: Day) -> DutyRefusal? {
        guard let notice = summary.notice, notice.type == .section21 else { return nil }
        let check = NoticeCheck(summary, today: day)
        guard check.verdict == .valid || check.verdict == .needsChecking else { return nil }
        if let expiresOn = notice.expiresOn, day.days(until: expiresOn) > DutyClock.length { return nil }
        return .section21Protects(expiresOn: notice.expiresOn, verdict: check.verdict)
    }

    private static func datingRefusals(_ day: Day, earliest: Day, today: Day, beforeStart: Bool) -> [DutyRefusal] {
        var refusals: [DutyRefusal] = []
        if day > today { refusals.append(.inTheFuture(day)) }
        if day < earliest { refusals.append(beforeStart ? .beforeStart(earliest) : .beforeApplication(receivedOn: earliest)) }
        return refusals
    }
}
