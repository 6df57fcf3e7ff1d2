/// What limits the time to issue possession proceedings on a notice.
public enum ProceedingsLimit: Hashable, Sendable {
    /// Six months beginning with the day of service (s21(4D)).
    case sixMonthsFromService
    /// Four months beginning with the date the notice names, on a periodic tenancy needing more than two months'
    /// notice (s21(4E)).
    case fourMonthsFromNoticeDate
    /// Twelve months beginning with the day of service: a section 8 notice under the old rules (s8(3)(c)).
    case twelveMonthsFromService
    /// The Renters' Rights Act cut-off for a private section 21 served before commencement.
    case rentersRightsCutOff
}

/// One line of the notice check's reasons, with the dates and grounds it rests on.
public enum NoticeReason: RuleReason {
    case noNotice
    case serviceDateUnknown
    case otherType
    case section21Abolished(servedOn: Day)
    case section21AbolitionUnclear(servedOn: Day, accommodation: AccommodationType)
    case notAssuredShorthold(AccommodationType)
    case tenancyStartUnknown
    case servedWithinFourMonths(servedOn: Day, tenancyStartedOn: Day, earliest: Day)
    case servedAfterFourMonths(servedOn: Day, tenancyStartedOn: Day)
    case expiryUnknown
    case periodTooShort(expiresOn: Day, earliest: Day, months: Int)
    case periodMet(expiresOn: Day, months: Int)
    case checkFailed(LandlordCheck)
    case checkNotKnown(LandlordCheck)
    case allChecksConfirmed
    case proceedingsTooLate(issuedOn: Day, deadline: Day, limit: ProceedingsLimit)
    case proceedingsWindowClosed(deadline: Day, limit: ProceedingsLimit)
    case proceedingsInTime(issuedOn: Day, deadline: Day, limit: ProceedingsLimit)
    case proceedingsDueBy(deadline: Day, limit: ProceedingsLimit)
    case noGrounds
    case unknownGrounds([String], regime: NoticeRegime)
    /// The notice's expiry against the longest period its grounds need (`longest` nil when no ground is known).
    case groundsPeriodTooShort(expiresOn: Day, longest: PossessionGround?, earliest: Day)
    case groundsPeriodMet(expiresOn: Day, longest: PossessionGround?, earliest: Day)
    case firstYearBar(expiresOn: Day, earliest: Day)
    case firstYearUnknown
    case groundsToBeProved([PossessionGround])
    case tenancyPeriodAssumed
    case beforeNoticeToQuitDate(expiresOn: Day, earliest: Day)
    case noticeToQuitDateMet(earliest: Day)
    case noticeToQuitDateUnknown
}
