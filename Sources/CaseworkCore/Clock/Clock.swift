import Foundation

/// The only source of "now". Rules take `today`; stamps take `now()`. Both read the time on every call, so a console
/// left open past midnight counts from the new day; `--today` / `CASEWORK_TODAY` pin the day (demos, tests) while the
/// time of day still moves.
public struct Clock: Sendable {
    /// The day `--today` pins; nil when the day comes from the clock itself.
    public let pinnedDay: Day?
    /// Seconds since 1970-01-01 00:00 UTC.
    private let seconds: @Sendable () -> Int

    /// A clock reading `secondsSinceEpoch` on every call (the wall clock, or a test's that crosses midnight).
    public init(pinnedDay: Day? = nil, secondsSinceEpoch: @escaping @Sendable () -> Int) {
        self.pinnedDay = pinnedDay
        seconds = secondsSinceEpoch
    }

    /// One day, pinned, with the time of day from `secondOfDay`.
    public init(today: Day, secondOfDay: @escaping @Sendable () -> Int) {
        self.init(pinnedDay: today, secondsSinceEpoch: { today.daysSinceEpoch * 86_400 + secondOfDay() })
    }

    /// A clock frozen at one moment, for tests and snapshots.
    public static func fixed(_ today: Day, secondOfDay: Int = 9 * 3600) -> Clock {
        Clock(today: today, secondOfDay: { secondOfDay })
    }

    /// The wall clock in UTC, with the day optionally pinned (demos and tests) while the time still moves.
    public static func system(today pinned: Day? = nil) -> Clock {
        Clock(pinnedDay: pinned, secondsSinceEpoch: { Int(Date().timeIntervalSince1970.rounded(.down)) })
    }

    public var today: Day { pinnedDay ?? Clock.day(of: seconds()) }

    public func now() -> Timestamp {
        let now = seconds()
        return Timestamp(day: pinnedDay ?? Clock.day(of: now), secondOfDay: ((now % 86_400) + 86_400) % 86_400)
    }

    private static func day(of seconds: Int) -> Day {
        Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }
}
