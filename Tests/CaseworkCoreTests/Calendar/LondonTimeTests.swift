import Testing
@testable import CaseworkCore

@Suite struct LondonTimeTests {
    func local(_ text: String) -> LocalTime { LocalTime(iso: text)! }

    /// The clock changes of 2026–2028: last Sundays of March and October.
    @Test(arguments: [
        (2026, "2026-03-29", "2026-10-25"), (2027, "2027-03-28", "2027-10-31"), (2028, "2028-03-26", "2028-10-29"),
    ])
    func changesOnTheLastSundays(year: Int, starts: String, ends: String) {
        #expect(LondonTime.summerTimeStarts(year) == Day(iso: starts)!)
        #expect(LondonTime.summerTimeEnds(year) == Day(iso: ends)!)
        #expect(LondonTime.summerTimeStarts(year).weekday == 6)
    }

    /// Local office times and the UTC instants they name, across both changes and their odd hours.
    @Test(arguments: [
        ("2026-03-27T09:00", "2026-03-27T09:00"),  // GMT, the Friday before
        ("2026-03-29T00:59", "2026-03-29T00:59"),
        ("2026-03-29T01:30", "2026-03-29T01:30"),  // does not exist: read with the offset before the change
        ("2026-03-29T02:00", "2026-03-29T01:00"),  // BST from here
        ("2026-03-30T09:00", "2026-03-30T08:00"),  // the first Monday of BST
        ("2026-07-01T14:00", "2026-07-01T13:00"),
        ("2026-10-25T00:30", "2026-10-24T23:30"),
        ("2026-10-25T01:30", "2026-10-25T00:30"),  // happens twice: the first, in BST
        ("2026-10-25T02:00", "2026-10-25T02:00"),  // GMT again
        ("2026-10-26T09:00", "2026-10-26T09:00"),  // the first Monday of GMT
        ("2026-12-31T23:30", "2026-12-31T23:30"),
    ])
    func localTimesNameTheRightInstant(local text: String, utc: String) {
        #expect(LondonTime.utcMinutes(of: local(text)) == local(utc).minutesSinceEpoch)
    }

    @Test(arguments: [
        ("2026-03-29T00:59", "2026-03-29T00:59"), ("2026-03-29T01:00", "2026-03-29T02:00"),
        ("2026-10-25T00:59", "2026-10-25T01:59"), ("2026-10-25T01:00", "2026-10-25T01:00"),
        ("2026-06-30T23:30", "2026-07-01T00:30"),
    ])
    func instantsReadOnTheLocalClock(utc: String, local expected: String) {
        #expect(LondonTime.local(atUTC: local(utc).minutesSinceEpoch) == local(expected))
    }

    /// Every instant of two years reads back to itself through the local clock, except the October hour that the
    /// local clock shows twice (read as its first, BST, occurrence).
    @Test func everyInstantRoundTrips() {
        let start = Day(iso: "2026-01-01")!.daysSinceEpoch * 1440
        for utc in stride(from: start, to: start + 2 * 366 * 1440, by: 29) {
            let wall = LondonTime.local(atUTC: utc)
            let back = LondonTime.utcMinutes(of: wall)
            let repeated = wall.day == LondonTime.summerTimeEnds(wall.day.year) && (60..<120).contains(wall.minute)
            #expect(back == utc || (repeated && back == utc - 60), "\(wall)")
        }
    }

    @Test func stampsInRFC5545Form() {
        #expect(LondonTime.stamp(local("2026-12-01T09:30")) == "20261201T093000")
        #expect(LondonTime.utcStamp(of: local("2026-07-01T09:30")) == "20260701T083000Z")
    }

    @Test func timestampsOfTheTeamClockReadLocally() {
        let summer = Timestamp(day: Day(iso: "2026-07-01")!, secondOfDay: 23 * 3600 + 30 * 60)
        #expect(LondonTime.local(summer) == local("2026-07-02T00:30"))
        let winter = Timestamp(day: Day(iso: "2026-12-01")!, secondOfDay: 9 * 3600)
        #expect(LondonTime.local(winter) == local("2026-12-01T09:00"))
    }

    @Test(arguments: ["2026-12-01T9:30", "2026-12-01 09:30", "2026-12-01T24:00", "2026-02-30T09:00", "2026-12-01T09:60", ""])
    func refusesMalformedTimes(text: String) {
        #expect(LocalTime(iso: text) == nil)
    }
}
