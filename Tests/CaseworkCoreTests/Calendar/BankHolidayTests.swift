import Foundation
import Testing
@testable import CaseworkCore

@Suite struct BankHolidayTests {
    /// The dates England's bank holidays fall on by the rules (Banking and Financial Dealings Act 1971 and the
    /// proclamations): a holiday on a weekend moves to the next weekday not already one.
    static func expected(_ year: Int) -> [(Day, String)] {
        func date(_ m: Int, _ d: Int) -> Day { Day(year: year, month: m, day: d)! }
        func firstMonday(_ month: Int) -> Day { let first = date(month, 1); return first.adding(days: (7 - first.weekday) % 7) }
        func lastMonday(_ month: Int) -> Day {
            let last = date(month, Day.daysIn(month: month, year: year))
            return last.adding(days: -last.weekday)
        }
        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher) for Easter Sunday.
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        let easter = date(month, day)
        var taken = Set<Day>()
        func observed(_ day: Day) -> Day {
            var observed = day
            while observed.isWeekend || taken.contains(observed) { observed = observed.adding(days: 1) }
            taken.insert(observed)
            return observed
        }
        return [
            (observed(date(1, 1)), "New Year’s Day"), (easter.adding(days: -2), "Good Friday"),
            (easter.adding(days: 1), "Easter Monday"), (firstMonday(5), "Early May bank holiday"),
            (lastMonday(5), "Spring bank holiday"), (lastMonday(8), "Summer bank holiday"),
            (observed(date(12, 25)), "Christmas Day"), (observed(date(12, 26)), "Boxing Day"),
        ]
    }

    @Test(arguments: [2026, 2027, 2028])
    func eachYearIsComplete(year: Int) {
        let listed = BankHolidays.england.holidays.filter { $0.day.year == year }
        let expected = Self.expected(year)
        #expect(listed.map(\.day) == expected.map(\.0))
        #expect(listed.map(\.title) == expected.map(\.1))
        #expect(listed.allSatisfy { !$0.day.isWeekend })
    }

    @Test func substituteDaysAreMarked() {
        let substitutes = BankHolidays.england.holidays.filter(\.substitute).map(\.day.iso)
        #expect(substitutes == ["2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03"])
    }

    /// The compiled list is the data file in Resources, date for date and title for title.
    @Test func compiledListIsTheResourceFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Resources/calendar/bank-holidays-england.json")
        let file = try JSONValue.parse(Array(try Data(contentsOf: url)))
        guard case .array(let events)? = file["events"] else { Issue.record("no events"); return }
        let fromFile = events.compactMap { event -> (String, String, Bool)? in
            guard case .string(let date)? = event["date"], case .string(let title)? = event["title"],
                  case .string(let notes)? = event["notes"] else { return nil }
            return (date, title, notes == "Substitute day")
        }
        #expect(fromFile.count == events.count)
        let compiled = BankHolidays.england.holidays.map { ($0.day.iso, $0.title, $0.substitute) }
        #expect(fromFile.map(\.0) == compiled.map(\.0))
        #expect(fromFile.map(\.1) == compiled.map(\.1))
        #expect(fromFile.map(\.2) == compiled.map(\.2))
        #expect(BankHolidays.england.years == 2026...2028)
    }

    @Test(arguments: [
        ("2026-12-24", 1, "2026-12-29"),   // Christmas Day and the Boxing Day substitute skipped
        ("2026-12-29", -1, "2026-12-24"),
        ("2026-04-02", 1, "2026-04-07"),   // Good Friday, the weekend and Easter Monday
        ("2026-11-27", 2, "2026-12-01"),
        ("2026-12-01", -2, "2026-11-27"),
        ("2026-12-01", 0, "2026-12-01"),
    ])
    func workingDaysSkipWeekendsAndBankHolidays(from: String, count: Int, expected: String) {
        #expect(WorkingCalendar.england.adding(workingDays: count, to: Day(iso: from)!) == Day(iso: expected)!)
    }

    @Test func countsWorkingDaysInARange() {
        let calendar = WorkingCalendar.england
        #expect(calendar.workingDays(from: Day(iso: "2026-12-21")!, through: Day(iso: "2026-12-27")!) == 4)
        #expect(calendar.workingDays(from: Day(iso: "2026-12-28")!, through: Day(iso: "2027-01-03")!) == 3)
        #expect(calendar.workingDays(from: Day(iso: "2026-12-05")!, through: Day(iso: "2026-12-01")!) == 0)
    }
}
