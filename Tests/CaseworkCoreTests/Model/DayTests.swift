import Testing
@testable import CaseworkCore

@Suite struct DayTests {
    @Test(arguments: [
        ("2026-02-28", true), ("2026-02-29", false), ("2024-02-29", true), ("1900-02-29", false), ("2000-02-29", true),
        ("2026-04-31", false), ("2026-13-01", false), ("2026-00-10", false), ("2026-1-01", false), ("26-01-01", false),
        ("2026-01-01 ", false), ("31/02/1990", false), ("2026-12-31", true), ("0000-01-01", false),
    ])
    func parsesOnlyRealDates(text: String, valid: Bool) {
        #expect((Day(iso: text) != nil) == valid)
        if valid { #expect(Day(iso: text)!.iso == text) }
    }

    @Test func roundTripsEveryDayOverFourHundredYears() {
        var day = Day(year: 1800, month: 1, day: 1)!
        var previous = day.daysSinceEpoch - 1
        while day.year < 2200 {
            #expect(day.daysSinceEpoch == previous + 1)
            let (y, m, d) = day.components
            #expect(Day(year: y, month: m, day: d) == day)
            previous = day.daysSinceEpoch
            day = day.adding(days: 1)
        }
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-03-31", -1, "2026-02-28"),
        ("2026-12-15", 1, "2027-01-15"), ("2026-05-01", 4, "2026-09-01"), ("2026-01-01", -12, "2025-01-01"),
    ])
    func addsCalendarMonths(start: String, months: Int, expected: String) {
        #expect(Day(iso: start)!.adding(months: months).iso == expected)
    }

    @Test(arguments: [
        ("2026-11-26", 1, "2026-11-27"), ("2026-11-27", 1, "2026-11-30"), ("2026-11-28", 1, "2026-11-30"),
        ("2026-11-26", 10, "2026-12-10"), ("2026-11-26", 0, "2026-11-26"),
        // Back: a negative count goes to earlier working days, skipping the weekend the same way.
        ("2026-11-26", -1, "2026-11-25"), ("2026-11-30", -1, "2026-11-27"), ("2026-11-29", -1, "2026-11-27"),
        ("2026-11-28", -1, "2026-11-27"), ("2026-11-28", 0, "2026-11-28"), ("2026-11-26", -10, "2026-11-12"),
        ("2026-12-02", -3, "2026-11-27"), ("2026-03-02", -1, "2026-02-27"), ("2026-11-26", -12, "2026-11-10"),
        ("2026-12-10", -10, "2026-11-26"), ("2027-01-04", -5, "2026-12-28"),
    ])
    func addsWorkingDays(start: String, days: Int, expected: String) {
        #expect(Day(iso: start)!.adding(workingDays: days).iso == expected)
    }

    /// Forward then back by the same count lands on the working day it started from, and both ways land on working days.
    @Test func workingDaysBackUndoForwardFromAnyWorkingDay() {
        var start = Day(iso: "2026-10-01")!
        while start < Day(iso: "2027-02-01")! {
            defer { start = start.adding(days: 1) }
            guard !start.isWeekend else { continue }
            for count in -25...25 {
                let there = start.adding(workingDays: count)
                #expect(count == 0 || !there.isWeekend, "\(start) + \(count) working days is a weekend")
                #expect(there.adding(workingDays: -count) == start, "\(start) + \(count) and back")
                #expect(count <= 0 ? there <= start : there > start)
            }
        }
    }

    @Test(arguments: [
        ("2002-11-26", "2026-11-26", 24), ("2002-11-27", "2026-11-26", 23), ("2008-02-29", "2026-02-28", 17),
        ("2008-02-29", "2026-03-01", 18), ("1990-01-01", "1990-01-01", 0),
    ])
    func agesOnBirthdays(born: String, on: String, age: Int) {
        #expect(Day(iso: born)!.age(on: Day(iso: on)!) == age)
    }

    @Test func knowsWeekdays() {
        #expect(Day(iso: "2026-11-26")!.weekday == 3)  // a Thursday
        #expect(Day(iso: "2026-11-28")!.isWeekend)
        #expect(Day(iso: "1970-01-01")!.weekday == 3)
    }

    @Test(arguments: ["2026-11-26T10:14:03Z", "2026-01-01T00:00:00Z", "2026-12-31T23:59:59Z"])
    func timestampsRoundTrip(text: String) {
        #expect(Timestamp(iso: text)?.iso == text)
    }

    @Test(arguments: ["2026-11-26T24:00:00Z", "2026-11-26 10:14:03Z", "2026-02-30T10:00:00Z", "2026-11-26T10:14:03"])
    func rejectsBadTimestamps(text: String) {
        #expect(Timestamp(iso: text) == nil)
    }
}
