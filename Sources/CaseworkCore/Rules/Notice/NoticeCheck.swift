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

/// Whether an eviction notice can found possession proceedings, judged by the regime in force on its service date.
///
/// Readings chosen where the law leaves room, always so that a notice is never called valid on a guess:
/// - A fact not recorded (service date, expiry, tenancy start, any landlord check) makes the verdict
///   "needs checking", never "valid".
/// - Periods "beginning with" a day include that day: the section 21 six-month proceedings window ends the day
///   before the same date six months on.
/// - The 31 July 2026 cut-off is applied to every section 21 served before 1 May 2026, whatever the tenancy.
/// - A section 21 served from 1 May 2026 is invalid on a private tenancy; on any other tenancy it needs checking.
/// - A section 8 notice naming several grounds must give the longest of their notice periods.
/// - Whether a section 8 ground is made out (arrears, a sale) is for the court; the check judges the notice itself.
public struct NoticeCheck: Hashable, Sendable {
    public let verdict: NoticeVerdict
    public let regime: NoticeRegime
    public let findings: NoticeFindings
    /// Bit `i` is `NoticeChecks.all[i]`: the landlord checks recorded false, and those not recorded.
    public let checksFailed: UInt8
    public let checksUnknown: UInt8
    /// The facts the reasons are written from, kept so the text is built only when someone reads it.
    public let notice: Notice?
    public let tenancyStartedOn: Day?
    public let accommodationType: AccommodationType
    public let today: Day

    public var rulesVersion: String { regime.rulesVersion }

    public init(_ summary: CaseSummary, today: Day) {
        self.init(notice: summary.notice, tenancyStartedOn: summary.tenancyStartedOn,
                  accommodationType: summary.accommodationType, today: today)
    }

    public init(notice: Notice?, tenancyStartedOn: Day?, accommodationType: AccommodationType, today: Day) {
        self.notice = notice
        self.tenancyStartedOn = tenancyStartedOn
        self.accommodationType = accommodationType
        self.today = today
        var inspection = NoticeInspection()
        regime = NoticeRegime.inForce(on: notice?.servedOn ?? today)
        if let notice {
            inspection.inspect(notice, regime: regime, tenancyStartedOn: tenancyStartedOn,
                               accommodationType: accommodationType, today: today)
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

    /// The last day possession proceedings on a pre-2026 section 21 may be issued: six months from service,
    /// and never after the Renters' Rights Act cut-off.
    public static func section21ProceedingsDeadline(servedOn: Day) -> Day {
        min(servedOn.adding(months: 6).adding(days: -1), NoticeRegime.section21ProceedingsCutOff)
    }

    /// The earliest expiry a section 8 notice may name for these grounds (the longest period among them).
    public static func earliestExpiry(servedOn: Day, grounds: [PossessionGround]) -> Day {
        grounds.reduce(servedOn) { max($0, $1.period.earliestExpiry(servedOn: servedOn)) }
    }
}

/// The working state of one check: the findings gathered so far.
struct NoticeInspection {
    var findings = NoticeFindings()
    var checksFailed: UInt8 = 0
    var checksUnknown: UInt8 = 0

    mutating func inspect(_ notice: Notice, regime: NoticeRegime, tenancyStartedOn: Day?,
                          accommodationType: AccommodationType, today: Day) {
        guard notice.type != .other else { return findings.insert(.otherType) }
        guard let servedOn = notice.servedOn else { return findings.insert(.serviceDateUnknown) }
        switch (notice.type, regime) {
        case (.section21, .rentersRights2025):
            findings.insert(accommodationType.isPrivateTenancy ? .section21Abolished : .section21AbolitionUnclear)
        case (.section21, .housingAct1988):
            inspectSection21(notice, servedOn: servedOn, tenancyStartedOn: tenancyStartedOn,
                             accommodationType: accommodationType, today: today)
        case (.section8, _):
            inspectSection8(notice, servedOn: servedOn, regime: regime, tenancyStartedOn: tenancyStartedOn)
        case (.other, _):
            findings.insert(.otherType)
        }
    }

    private mutating func inspectSection21(_ notice: Notice, servedOn: Day, tenancyStartedOn: Day?,
                                           accommodationType: AccommodationType, today: Day) {
        if accommodationType != .privateRented && accommodationType != .socialRented {
            findings.insert(.notAssuredShorthold)
        }
        if let tenancyStartedOn {
            findings.insert(servedOn < tenancyStartedOn.adding(months: 4) ? .servedWithinFourMonths : .servedAfterFourMonths)
        } else {
            findings.insert(.tenancyStartUnknown)
        }
        if let expiresOn = notice.expiresOn {
            findings.insert(expiresOn < servedOn.adding(months: 2) ? .periodTooShort : .periodMet)
        } else {
            findings.insert(.expiryUnknown)
        }
        inspectChecks(notice.checks)
        let deadline = NoticeCheck.section21ProceedingsDeadline(servedOn: servedOn)
        if let issuedOn = notice.proceedingsIssuedOn {
            findings.insert(issuedOn > deadline ? .proceedingsTooLate : .proceedingsInTime)
        } else {
            findings.insert(today > deadline ? .proceedingsWindowClosed : .proceedingsDueBy)
        }
    }

    private mutating func inspectChecks(_ checks: NoticeChecks) {
        let values = [checks.depositProtected, checks.prescribedInformationGiven, checks.gasSafetyCertificateGiven,
                      checks.epcGiven, checks.howToRentGiven, checks.licensedIfRequired]
        for (index, value) in values.enumerated() {
            switch value {
            case false?: checksFailed |= 1 << UInt8(index)
            case nil: checksUnknown |= 1 << UInt8(index)
            case true?: break
            }
        }
        if checksFailed != 0 { findings.insert(.checkFailed) }
        if checksUnknown != 0 { findings.insert(.checkUnknown) }
        if checksFailed == 0 && checksUnknown == 0 { findings.insert(.allChecksConfirmed) }
    }

    private mutating func inspectSection8(_ notice: Notice, servedOn: Day, regime: NoticeRegime, tenancyStartedOn: Day?) {
        guard !notice.grounds.isEmpty else { return findings.insert(.noGrounds) }
        var latest = servedOn
        var known = 0
        var firstYearGround = false
        for text in notice.grounds {
            guard let ground = regime.ground(named: text) else {
                findings.insert(.unknownGrounds)
                continue
            }
            known += 1
            latest = max(latest, ground.period.earliestExpiry(servedOn: servedOn))
            firstYearGround = firstYearGround || ground.notInFirstYear
        }
        guard known > 0 else { return }
        findings.insert(.groundsToBeProved)
        guard let expiresOn = notice.expiresOn else { return findings.insert(.expiryUnknown) }
        findings.insert(expiresOn < latest ? .groundsPeriodTooShort : .groundsPeriodMet)
        guard firstYearGround else { return }
        if let tenancyStartedOn {
            if expiresOn < tenancyStartedOn.adding(months: 12) { findings.insert(.firstYearBar) }
        } else {
            findings.insert(.firstYearUnknown)
        }
    }
}
