public enum NoticeVerdict: String, Codable, CaseIterable, Sendable {
    case valid
    case invalid
    case needsChecking = "needs-checking"
    case none

    public var label: String {
        switch self {
        case .valid: "Valid"
        case .invalid: "Invalid"
        case .needsChecking: "Needs checking"
        case .none: "No notice"
        }
    }
}

/// Whether an eviction notice can found possession proceedings, judged by the regime in force on its service date
/// for the kind of tenancy it ends.
///
/// Readings chosen where the law leaves room, always so that a notice is never called valid on a guess:
/// - A fact not recorded (service date, expiry, tenancy start, any landlord check or bar) makes the verdict
///   "needs checking", never "valid"; the retaliatory-eviction and prohibited-payment bars (Deregulation Act 2015
///   s33, Tenant Fees Act 2019 s17) are facts like the others.
/// - Periods "beginning with" a day include that day: the section 21 six-month proceedings window ends the day
///   before the same date six months on (s21(4D)); the four months of s21(4E) and the twelve of the old s8(3)(c)
///   likewise.
/// - A social landlord's tenancy was not switched over on 1 May 2026: its notices, whenever served, are judged by
///   the old rules, and the 31 July 2026 cut-off does not apply to its section 21 (the commencement is data in
///   `NoticeRegime.commencements`). The cut-off applies to every other section 21 served before 1 May 2026.
/// - A section 21 served from 1 May 2026 is invalid on a private tenancy; on a home recorded as neither private nor
///   social it needs checking.
/// - A quarterly or yearly periodic tenancy needs a full period's notice (half a year for yearly) and has four months
///   from the notice's date to begin proceedings (s21(4E)); a tenancy period not recorded is taken as monthly, the
///   common case, with a note saying so.
/// - A section 8 notice naming several grounds must give the longest of their notice periods; under the old rules a
///   periodic tenancy's grounds 1, 2, 5-7, 9, 16 and 7A also need a date no earlier than a notice to quit could end
///   it (s8(4A)(b), s8(3A)), and the notice lapses 12 months after service (s8(3)(c)).
/// - Whether a section 8 ground is made out (arrears, a sale) is for the court; the check judges the notice itself.
public struct NoticeCheck: Hashable, Sendable {
    public let verdict: NoticeVerdict
    public let regime: NoticeRegime
    public let findings: NoticeFindings
    /// Bit `i` is `LandlordCheck(rawValue: i)`: the checks recorded against the notice, and those not recorded.
    public let checksFailed: UInt8
    public let checksUnknown: UInt8
    /// The facts the reasons are written from, kept so the reasons are built only when someone reads them.
    public let notice: Notice?
    public let tenancyStartedOn: Day?
    public let tenancyPeriod: TenancyPeriod?
    public let accommodationType: AccommodationType
    public let today: Day

    public var rulesVersion: String { regime.rulesVersion }

    public init(_ summary: CaseSummary, today: Day) {
        self.init(notice: summary.notice, tenancyStartedOn: summary.tenancyStartedOn, tenancyPeriod: summary.tenancyPeriod,
                  accommodationType: summary.accommodationType, today: today)
    }

    public init(notice: Notice?, tenancyStartedOn: Day?, tenancyPeriod: TenancyPeriod? = nil, accommodationType: AccommodationType,
                today: Day) {
        self.notice = notice
        self.tenancyStartedOn = tenancyStartedOn
        self.tenancyPeriod = tenancyPeriod
        self.accommodationType = accommodationType
        self.today = today
        var inspection = NoticeInspection(tenancyStartedOn: tenancyStartedOn, tenancyPeriod: tenancyPeriod,
                                          accommodationType: accommodationType, today: today)
        regime = NoticeRegime.inForce(on: notice?.servedOn ?? today, accommodation: accommodationType)
        if let notice {
            inspection.inspect(notice, regime: regime)
        } else {
            inspection.findings.insert(.noNotice)
        }
        findings = inspection.findings
        checksFailed = inspection.checksFailed
        checksUnknown = inspection.checksUnknown
        verdict = notice == nil ? .none
            : findings.contains(effect: .fails) ? .invalid
            : findings.contains(effect: .unknown) ? .needsChecking
            : .valid
    }

    /// The last day possession proceedings on this notice may be issued, and what sets it: for a section 21, six
    /// months from service (s21(4D)) or four months from the notice's date (s21(4E)), and never after the Renters'
    /// Rights Act cut-off for a private tenancy; for a section 8 under the old rules, twelve months from service
    /// (s8(3)(c)). Nil where no limit is modelled.
    public static func proceedingsDeadline(_ notice: Notice, servedOn: Day, regime: NoticeRegime, tenancyPeriod: TenancyPeriod?,
                                           accommodationType: AccommodationType) -> (day: Day, limit: ProceedingsLimit)? {
        switch (notice.type, regime) {
        case (.section21, .housingAct1988):
            var deadline = (day: servedOn.adding(months: 6).adding(days: -1), limit: ProceedingsLimit.sixMonthsFromService)
            if let period = tenancyPeriod, period.noticeMonths > 2, let expiresOn = notice.expiresOn {
                deadline = (expiresOn.adding(months: 4).adding(days: -1), .fourMonthsFromNoticeDate)
            }
            if NoticeRegime.Sector(accommodationType) == .privateRented, deadline.day > NoticeRegime.section21ProceedingsCutOff {
                deadline = (NoticeRegime.section21ProceedingsCutOff, .rentersRightsCutOff)
            }
            return deadline
        case (.section8, .housingAct1988):
            return (servedOn.adding(months: 12).adding(days: -1), .twelveMonthsFromService)
        default:
            return nil
        }
    }

    /// The earliest expiry a section 8 notice may name for these grounds (the longest period among them).
    public static func earliestExpiry(servedOn: Day, grounds: [PossessionGround]) -> Day {
        grounds.reduce(servedOn) { max($0, $1.period.earliestExpiry(servedOn: servedOn)) }
    }
}

extension TenancyPeriod {
    /// The notice a section 21 must give on this tenancy, in months: two, or a full period where that is longer.
    var noticeMonths: Int {
        switch self {
        case .quarterly: 3
        case .yearly: 6
        case .fixedTerm, .weekly, .monthly: 2
        }
    }
}

/// The working state of one check: the findings gathered so far.
struct NoticeInspection {
    let tenancyStartedOn: Day?
    let tenancyPeriod: TenancyPeriod?
    let accommodationType: AccommodationType
    let today: Day
    var findings = NoticeFindings()
    var checksFailed: UInt8 = 0
    var checksUnknown: UInt8 = 0

    init(tenancyStartedOn: Day?, tenancyPeriod: TenancyPeriod?, accommodationType: AccommodationType, today: Day) {
        self.tenancyStartedOn = tenancyStartedOn
        self.tenancyPeriod = tenancyPeriod
        self.accommodationType = accommodationType
        self.today = today
    }

    mutating func inspect(_ notice: Notice, regime: NoticeRegime) {
        guard notice.type != .other else { return findings.insert(.otherType) }
        guard let servedOn = notice.servedOn else { return findings.insert(.serviceDateUnknown) }
        switch (notice.type, regime) {
        case (.section21, .rentersRights2025):
            findings.insert(accommodationType.isPrivateTenancy ? .section21Abolished : .section21AbolitionUnclear)
        case (.section21, .housingAct1988):
            inspectSection21(notice, servedOn: servedOn, regime: regime)
        case (.section8, _):
            inspectSection8(notice, servedOn: servedOn, regime: regime)
        case (.other, _):
            findings.insert(.otherType)
        }
    }

    private mutating func inspectSection21(_ notice: Notice, servedOn: Day, regime: NoticeRegime) {
        if accommodationType != .privateRented && accommodationType != .socialRented {
            findings.insert(.notAssuredShorthold)
        }
        if let tenancyStartedOn {
            findings.insert(servedOn < tenancyStartedOn.adding(months: 4) ? .servedWithinFourMonths : .servedAfterFourMonths)
        } else {
            findings.insert(.tenancyStartUnknown)
        }
        if tenancyPeriod == nil { findings.insert(.tenancyPeriodAssumed) }
        if let expiresOn = notice.expiresOn {
            let months = (tenancyPeriod ?? .monthly).noticeMonths
            findings.insert(expiresOn < servedOn.adding(months: months) ? .periodTooShort : .periodMet)
        } else {
            findings.insert(.expiryUnknown)
        }
        inspectChecks(notice.checks)
        inspectProceedings(notice, servedOn: servedOn, regime: regime)
    }

    private mutating func inspectProceedings(_ notice: Notice, servedOn: Day, regime: NoticeRegime) {
        guard let deadline = NoticeCheck.proceedingsDeadline(notice, servedOn: servedOn, regime: regime,
                                                            tenancyPeriod: tenancyPeriod, accommodationType: accommodationType)?.day
        else { return }
        if let issuedOn = notice.proceedingsIssuedOn {
            findings.insert(issuedOn > deadline ? .proceedingsTooLate : .proceedingsInTime)
        } else {
            findings.insert(today > deadline ? .proceedingsWindowClosed : .proceedingsDueBy)
        }
    }

    private mutating func inspectChecks(_ checks: NoticeChecks) {
        for check in LandlordCheck.allCases {
            guard let answer = checks[check] else {
                checksUnknown |= 1 << UInt8(check.rawValue)
                continue
            }
            if answer != check.passes { checksFailed |= 1 << UInt8(check.rawValue) }
        }
        if checksFailed != 0 { findings.insert(.checkFailed) }
        if checksUnknown != 0 { findings.insert(.checkUnknown) }
        if checksFailed == 0 && checksUnknown == 0 { findings.insert(.allChecksConfirmed) }
    }

    private mutating func inspectSection8(_ notice: Notice, servedOn: Day, regime: NoticeRegime) {
        guard !notice.grounds.isEmpty else { return findings.insert(.noGrounds) }
        var latest = servedOn
        var known = 0
        var firstYearGround = false
        var noticeToQuitGround = false
        for text in notice.grounds {
            guard let ground = regime.ground(named: text) else {
                findings.insert(.unknownGrounds)
                continue
            }
            known += 1
            latest = max(latest, ground.period.earliestExpiry(servedOn: servedOn))
            firstYearGround = firstYearGround || ground.notInFirstYear
            noticeToQuitGround = noticeToQuitGround || ground.noEarlierThanNoticeToQuit
        }
        guard known > 0 else { return }
        findings.insert(.groundsToBeProved)
        inspectProceedings(notice, servedOn: servedOn, regime: regime)
        guard let expiresOn = notice.expiresOn else { return findings.insert(.expiryUnknown) }
        findings.insert(expiresOn < latest ? .groundsPeriodTooShort : .groundsPeriodMet)
        if noticeToQuitGround { inspectNoticeToQuitDate(expiresOn: expiresOn, servedOn: servedOn) }
        guard firstYearGround else { return }
        if let tenancyStartedOn {
            if expiresOn < tenancyStartedOn.adding(months: 12) { findings.insert(.firstYearBar) }
        } else {
            findings.insert(.firstYearUnknown)
        }
    }

    /// Old s8(4A)(b), s8(3A): on a periodic tenancy, no earlier than a notice to quit served the same day could end it.
    private mutating func inspectNoticeToQuitDate(expiresOn: Day, servedOn: Day) {
        guard tenancyPeriod != .fixedTerm else { return }
        guard let tenancyStartedOn else { return findings.insert(.noticeToQuitDateUnknown) }
        if tenancyPeriod == nil { findings.insert(.tenancyPeriodAssumed) }
        let earliest = NoticeToQuit.earliestEnd(servedOn: servedOn, tenancyStartedOn: tenancyStartedOn, period: tenancyPeriod ?? .monthly)
        findings.insert(earliest.map { expiresOn < $0 } ?? false ? .beforeNoticeToQuitDate : .noticeToQuitDateMet)
    }
}
