import Testing
@testable import CaseworkCore

@Suite struct DayInputTests {
    static let today = Day(year: 2026, month: 3, day: 10)!

    @Test(arguments: [
        ("2026-12-01", "2026-12-01"),
        ("2026-2-1", "2026-02-01"),
        ("1/12/2026", "2026-12-01"),
        ("01/12/2026", "2026-12-01"),
        ("01/12/26", "2026-12-01"),
        ("1.12.2026", "2026-12-01"),
        ("1-12-2026", "2026-12-01"),
        ("29/02/2028", "2028-02-29"),
        ("01/12/85", "1985-12-01"),
        ("01/12/46", "2046-12-01"),
        ("01/12/47", "1947-12-01"),
        ("+14", "2026-03-24"),
        ("-3", "2026-03-07"),
        ("+0", "2026-03-10"),
        ("today", "2026-03-10"),
        ("  Today ", "2026-03-10"),
        ("TOMORROW", "2026-03-11"),
        ("yesterday", "2026-03-09"),
    ])
    func accepts(text: String, expected: String) {
        #expect(DayInput.parse(text, today: Self.today) == .success(Day(iso: expected)!))
    }

    @Test(arguments: [
        ("", DayInputError.empty),
        ("   ", .empty),
        ("31/02/2026", .noSuchDay(day: 31, month: 2, year: 2026)),
        ("29/02/2026", .noSuchDay(day: 29, month: 2, year: 2026)),
        ("31/04/2026", .noSuchDay(day: 31, month: 4, year: 2026)),
        ("0/04/2026", .noSuchDay(day: 0, month: 4, year: 2026)),
        ("12/13/2026", .noSuchMonth(13)),
        ("2026-00-10", .noSuchMonth(0)),
        ("1/12/202", .yearOutOfRange("202")),
        ("1/12/20266", .yearOutOfRange("20266")),
        ("1/12/0000", .yearOutOfRange("0000")),
        ("next week", .unrecognised("next week")),
        ("1/12", .unrecognised("1/12")),
        ("1//2026", .unrecognised("1//2026")),
        ("1/a/2026", .unrecognised("1/a/2026")),
        ("+1x", .unrecognised("+1x")),
        ("+", .unrecognised("+")),
        ("١/١٢/٢٠٢٦", .unrecognised("١/١٢/٢٠٢٦")),
        ("+36501", .offsetTooLarge("+36501")),
        ("-99999999999999999999", .offsetTooLarge("-99999999999999999999")),
    ])
    func refuses(text: String, expected: DayInputError) {
        #expect(DayInput.parse(text, today: Self.today) == .failure(expected))
    }

    @Test(arguments: [
        (DayInputError.noSuchDay(day: 31, month: 2, year: 2026), "February 2026 has no day 31: it has 28 days"),
        (.noSuchMonth(13), "there is no month 13: months run 1 to 12"),
        (.unrecognised("soon"), "\"soon\" is not a date: use 1/12/2026, 2026-12-01, +14 or today"),
        (.empty, "enter a date"),
    ])
    func explains(error: DayInputError, message: String) {
        #expect(error.description == message)
    }
}
