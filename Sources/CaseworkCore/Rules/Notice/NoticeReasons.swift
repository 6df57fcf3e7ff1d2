extension NoticeCheck {
    /// Every finding as a reason an officer can act on, worst first in the order the check makes them. Built only
    /// when read, from the findings and the facts the check kept.
    public var reasons: [NoticeReason] {
        var reasons: [NoticeReason] = []
        for finding in findings {
            switch finding {
            case .checkFailed: reasons += checks(in: checksFailed).map(NoticeReason.checkFailed)
            case .checkUnknown: reasons += checks(in: checksUnknown).map(NoticeReason.checkNotKnown)
            default: if let reason = reason(for: finding) { reasons.append(reason) }
            }
        }
        return reasons
    }

    private func checks(in mask: UInt8) -> [LandlordCheck] {
        LandlordCheck.allCases.filter { mask & (1 << UInt8($0.rawValue)) != 0 }
    }

    /// The known grounds the notice names, in the regime's table.
    private var knownGrounds: [PossessionGround] { notice?.grounds.compactMap { regime.ground(named: $0) } ?? [] }

    /// The reason for a finding other than the landlord checks (one reason per check). A finding is made only
    /// when the facts it names are recorded, so the stand-ins for a missing date never show.
    private func reason(for finding: NoticeFinding) -> NoticeReason? {
        let served = notice?.servedOn ?? today
        let start = tenancyStartedOn ?? today
        let expires = notice?.expiresOn ?? today
        switch finding {
        case .noNotice: return .noNotice
        case .serviceDateUnknown: return .serviceDateUnknown
        case .otherType: return .otherType
        case .section21Abolished: return .section21Abolished(servedOn: served)
        case .section21AbolitionUnclear: return .section21AbolitionUnclear(servedOn: served, accommodation: accommodationType)
        case .notAssuredShorthold: return .notAssuredShorthold(accommodationType)
        case .tenancyStartUnknown: return .tenancyStartUnknown
        case .servedWithinFourMonths:
            return .servedWithinFourMonths(servedOn: served, tenancyStartedOn: start, earliest: start.adding(months: 4))
        case .servedAfterFourMonths: return .servedAfterFourMonths(servedOn: served, tenancyStartedOn: start)
        case .expiryUnknown: return .expiryUnknown
        case .periodTooShort:
            let months = (tenancyPeriod ?? .monthly).noticeMonths
            return .periodTooShort(expiresOn: expires, earliest: served.adding(months: months), months: months)
        case .periodMet: return .periodMet(expiresOn: expires, months: (tenancyPeriod ?? .monthly).noticeMonths)
        case .checkFailed, .checkUnknown: return nil
        case .allChecksConfirmed: return .allChecksConfirmed
        case .proceedingsTooLate, .proceedingsWindowClosed, .proceedingsInTime, .proceedingsDueBy:
            guard let notice, let (deadline, limit) = NoticeCheck.proceedingsDeadline(
                notice, servedOn: served, regime: regime, tenancyPeriod: tenancyPeriod, accommodationType: accommodationType)
            else { return nil }
            let issued = notice.proceedingsIssuedOn ?? today
            return switch finding {
            case .proceedingsTooLate: .proceedingsTooLate(issuedOn: issued, deadline: deadline, limit: limit)
            case .proceedingsWindowClosed: .proceedingsWindowClosed(deadline: deadline, limit: limit)
            case .proceedingsInTime: .proceedingsInTime(issuedOn: issued, deadline: deadline, limit: limit)
            default: .proceedingsDueBy(deadline: deadline, limit: limit)
            }
        case .noGrounds: return .noGrounds
        case .unknownGrounds:
            return .unknownGrounds(notice?.grounds.filter { regime.ground(named: $0) == nil } ?? [], regime: regime)
        case .groundsPeriodTooShort, .groundsPeriodMet:
            let grounds = knownGrounds
            let earliest = NoticeCheck.earliestExpiry(servedOn: served, grounds: grounds)
            let longest = grounds.first { $0.period.earliestExpiry(servedOn: served) == earliest }
            return finding == .groundsPeriodTooShort
                ? .groundsPeriodTooShort(expiresOn: expires, longest: longest, earliest: earliest)
                : .groundsPeriodMet(expiresOn: expires, longest: longest, earliest: earliest)
        case .firstYearBar: return .firstYearBar(expiresOn: expires, earliest: start.adding(months: 12))
        case .firstYearUnknown: return .firstYearUnknown
        case .groundsToBeProved: return .groundsToBeProved(knownGrounds)
        case .tenancyPeriodAssumed: return .tenancyPeriodAssumed
        case .beforeNoticeToQuitDate, .noticeToQuitDateMet:
            guard let start = tenancyStartedOn,
                  let earliest = NoticeToQuit.earliestEnd(servedOn: served, tenancyStartedOn: start, period: tenancyPeriod ?? .monthly)
            else { return nil }
            return finding == .beforeNoticeToQuitDate
                ? .beforeNoticeToQuitDate(expiresOn: expires, earliest: earliest) : .noticeToQuitDateMet(earliest: earliest)
        case .noticeToQuitDateUnknown: return .noticeToQuitDateUnknown
        }
    }
}
