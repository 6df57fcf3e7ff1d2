/// What a lawful notice served today could achieve, where the notice recorded cannot found proceedings: so the
/// officer weighing whether the household is still threatened knows how soon the home could lawfully be lost.
public struct LawfulNotice: Hashable, Sendable {
    public enum Route: Hashable, Sendable {
        /// A fresh section 21, where one may still be served (the old rules).
        case section21
        /// A section 8 notice on these grounds: the notice's own, or the landlord's own-use and sale grounds (1, 1A)
        /// where a section 21 can no longer be served.
        case section8([PossessionGround])
    }

    public let route: Route
    /// No earlier than this day could a lawful notice served today end the tenancy.
    public let earliestEnd: Day
}

extension NoticeCheck {
    /// For an invalid notice, the earliest a lawful one served today could end the tenancy; nil when it is not invalid
    /// or there is no way to tell (a notice of another kind, no ground the table knows).
    ///
    /// Readings: a landlord who served a section 21 wants the home back without fault, so where section 21 is gone the
    /// nearest lawful route is grounds 1 or 1A (4 months, not within the tenancy's first year); a failing section 8
    /// is served again on its own grounds. The estimate is a floor, never a forecast.
    public var lawfulNotice: LawfulNotice? {
        guard verdict == .invalid, let notice else { return nil }
        let regime = NoticeRegime.inForce(on: today, accommodation: accommodationType)
        switch notice.type {
        case .section21 where regime == .housingAct1988:
            let months = (tenancyPeriod ?? .monthly).noticeMonths
            let fourMonthRule = tenancyStartedOn.map { $0.adding(months: 4).adding(months: months) } ?? today
            return LawfulNotice(route: .section21, earliestEnd: max(today.adding(months: months), fourMonthRule))
        case .section21:
            let grounds = ["1", "1A"].compactMap { regime.ground(named: $0) }
            return LawfulNotice(route: .section8(grounds), earliestEnd: firstLawfulExpiry(grounds, regime: regime))
        case .section8:
            let grounds = notice.grounds.compactMap { regime.ground(named: $0) }
            guard !grounds.isEmpty else { return nil }
            return LawfulNotice(route: .section8(grounds), earliestEnd: firstLawfulExpiry(grounds, regime: regime))
        case .other:
            return nil
        }
    }

    /// A section 8 served today on `grounds`: the longest period, the first-year bar and, under the old rules on a
    /// periodic tenancy, the notice-to-quit date.
    private func firstLawfulExpiry(_ grounds: [PossessionGround], regime: NoticeRegime) -> Day {
        var earliest = NoticeCheck.earliestExpiry(servedOn: today, grounds: grounds)
        if let start = tenancyStartedOn {
            if grounds.contains(where: \.notInFirstYear) { earliest = max(earliest, start.adding(months: 12)) }
            if grounds.contains(where: \.noEarlierThanNoticeToQuit),
               let quit = NoticeToQuit.earliestEnd(servedOn: today, tenancyStartedOn: start, period: tenancyPeriod ?? .monthly) {
                earliest = max(earliest, quit)
            }
        }
        return earliest
    }
}
