/// England's bank holidays, on which the diary offers no slots and working days are not counted.
///
/// The data is `Resources/calendar/bank-holidays-england.json` (GOV.UK's England and Wales list); it is compiled in
/// here so the binary needs no file beside it, and a test checks that the two lists agree and that every year is
/// complete. Outside the years listed, `isHoliday` is false: the diary then offers slots on a day that may be one.
public struct BankHolidays: Sendable {
    public struct Holiday: Hashable, Sendable {
        public let day: Day
        public let title: String
        public let substitute: Bool
    }

    public let holidays: [Holiday]
    private let byDay: [Day: Holiday]

    public init(_ holidays: [Holiday]) {
        self.holidays = holidays.sorted { $0.day < $1.day }
        byDay = Dictionary(holidays.map { ($0.day, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func holiday(on day: Day) -> Holiday? { byDay[day] }
    public func isHoliday(_ day: Day) -> Bool { byDay[day] != nil }

    /// The years the list covers, first to last.
    public var years: ClosedRange<Int>? {
        guard let first = holidays.first, let last = holidays.last else { return nil }
        return first.day.year...last.day.year
    }

    public static let england = BankHolidays([
        ("2026-01-01", "New Year’s Day", false), ("2026-04-03", "Good Friday", false),
        ("2026-04-06", "Easter Monday", false), ("2026-05-04", "Early May bank holiday", false),
        ("2026-05-25", "Spring bank holiday", false), ("2026-08-31", "Summer bank holiday", false),
        ("2026-12-25", "Christmas Day", false), ("2026-12-28", "Boxing Day", true),
        ("2027-01-01", "New Year’s Day", false), ("2027-03-26", "Good Friday", false),
        ("2027-03-29", "Easter Monday", false), ("2027-05-03", "Early May bank holiday", false),
        ("2027-05-31", "Spring bank holiday", false), ("2027-08-30", "Summer bank holiday", false),
        ("2027-12-27", "Christmas Day", true), ("2027-12-28", "Boxing Day", true),
        ("2028-01-03", "New Year’s Day", true), ("2028-04-14", "Good Friday", false),
        ("2028-04-17", "Easter Monday", false), ("2028-05-01", "Early May bank holiday", false),
        ("2028-05-29", "Spring bank holiday", false), ("2028-08-28", "Summer bank holiday", false),
        ("2028-12-25", "Christmas Day", false), ("2028-12-26", "Boxing Day", false),
    ].map { Holiday(day: Day(iso: $0.0)!, title: $0.1, substitute: $0.2) })
}

/// Working days as the diary counts them: Monday to Friday, less England's bank holidays.
public struct WorkingCalendar: Sendable {
    public let holidays: BankHolidays

    public init(holidays: BankHolidays = .england) {
        self.holidays = holidays
    }

    public static let england = WorkingCalendar()

    public func isWorkingDay(_ day: Day) -> Bool { !day.isWeekend && !holidays.isHoliday(day) }

    /// `count` working days after `day` (before it when negative); `day` itself is never counted.
    public func adding(workingDays count: Int, to day: Day) -> Day {
        var current = day
        var left = abs(count)
        let step = count < 0 ? -1 : 1
        while left > 0 {
            current = current.adding(days: step)
            if isWorkingDay(current) { left -= 1 }
        }
        return current
    }

    /// The working days from `start` to `end`, both included.
    public func workingDays(from start: Day, through end: Day) -> Int {
        guard start <= end else { return 0 }
        return (0...start.days(until: end)).filter { isWorkingDay(start.adding(days: $0)) }.count
    }
}
