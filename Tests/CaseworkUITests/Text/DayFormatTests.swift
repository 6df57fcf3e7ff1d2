import CaseworkCore
import Testing
@testable import CaseworkUI

/// One way of writing a date on screen.
@Suite struct DayFormatTests {
    @Test func theThreeForms() {
        let day = Day(year: 2026, month: 3, day: 1)!
        #expect(DayFormat.long(day) == "Sun 1 Mar 2026")
        #expect(DayFormat.medium(day) == "1 Mar 2026")
        #expect(DayFormat.short(day) == "01/03/2026")
    }

    @Test(arguments: [
        ("Review may be requested until 2026-12-14 (21 days from notification)",
         "Review may be requested until 14 Dec 2026 (21 days from notification)"),
        ("that date is day 3 of 56: this reason is available from day 56 (2027-01-18)",
         "that date is day 3 of 56: this reason is available from day 56 (18 Jan 2027)"),
        ("(earliest 2026-11-14, expires 2026-11-14)", "(earliest 14 Nov 2026, expires 14 Nov 2026)"),
        ("2026-02-30 is not a date", "2026-02-30 is not a date"),
        ("ref 12026-11-14 and 2026-11-145 are not dates", "ref 12026-11-14 and 2026-11-145 are not dates"),
        ("rra-2025/2026.1 · H-0042 · no dates here", "rra-2025/2026.1 · H-0042 · no dates here"),
        ("美玲 2026-01-05 陈", "美玲 5 Jan 2026 陈"),
    ])
    func rulesDatesBecomeReadable(text: String, shown: String) {
        #expect(DayFormat.readable(text) == shown)
    }
}
