/// When a landlord's notice to quit could end a periodic tenancy: at the end of a period of the tenancy, and not
/// before the notice it must give (a full period for a monthly or quarterly tenancy, half a year for a yearly one,
/// four weeks for a weekly one, Protection from Eviction Act 1977 s5).
///
/// Reading chosen: periods run from the tenancy's start date (the rent day), and the notice ends the tenancy on the
/// last day of a period; a notice "given on" a day counts that day, so a month's notice served on 10 March may end
/// a tenancy whose periods start on the 1st no earlier than 30 April.
enum NoticeToQuit {
    /// The earliest day a notice to quit given on `servedOn` could end the tenancy; nil for a fixed term.
    static func earliestEnd(servedOn: Day, tenancyStartedOn: Day, period: TenancyPeriod) -> Day? {
        let notEarlierThan: Day
        switch period {
        case .fixedTerm: return nil
        case .weekly: notEarlierThan = servedOn.adding(days: 28 - 1)
        case .monthly: notEarlierThan = servedOn.adding(months: 1).adding(days: -1)
        case .quarterly: notEarlierThan = servedOn.adding(months: 3).adding(days: -1)
        case .yearly: notEarlierThan = servedOn.adding(months: 6).adding(days: -1)
        }
        // The first period boundary after the earliest day: the day before it ends a period.
        var index = max(0, estimatedPeriods(from: tenancyStartedOn, to: notEarlierThan, period: period) - 1)
        while periodStart(tenancyStartedOn, index + 1, period).adding(days: -1) < notEarlierThan { index += 1 }
        return periodStart(tenancyStartedOn, index + 1, period).adding(days: -1)
    }

    /// The start of the `index`th period (0 is the tenancy's start).
    private static func periodStart(_ start: Day, _ index: Int, _ period: TenancyPeriod) -> Day {
        switch period {
        case .weekly: start.adding(days: 7 * index)
        case .monthly: start.adding(months: index)
        case .quarterly: start.adding(months: 3 * index)
        case .yearly, .fixedTerm: start.adding(months: 12 * index)
        }
    }

    /// Whole periods from `start` to `day`, rounded down, so the search above takes a step or two.
    private static func estimatedPeriods(from start: Day, to day: Day, period: TenancyPeriod) -> Int {
        let days = start.days(until: day)
        switch period {
        case .weekly: return days / 7
        case .monthly: return days / 31
        case .quarterly: return days / 92
        case .yearly, .fixedTerm: return days / 366
        }
    }
}
