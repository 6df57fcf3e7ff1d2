import Foundation

/// The only source of "now". Rules take `today`; stamps take `now()`. `--today` / `CASEWORK_TODAY` fix the day.
public struct Clock: Sendable {
    public let today: Day
    private let secondOfDay: @Sendable () -> Int

    public init(today: Day, secondOfDay: @escaping @Sendable () -> Int) {
        self.today = today
        self.secondOfDay = secondOfDay
    }

    /// A clock frozen at one moment, for tests and snapshots.
    public static func fixed(_ today: Day, secondOfDay: Int = 9 * 3600) -> Clock {
        Clock(today: today, secondOfDay: { secondOfDay })
    }

    /// The wall clock in UTC, with the day optionally pinned (demos and tests) while the time still moves.
    public static func system(today pinned: Day? = nil) -> Clock {
        let now = Date().timeIntervalSince1970
        let realDay = Day(daysSinceEpoch: Int((now / 86_400).rounded(.down)))
        return Clock(today: pinned ?? realDay, secondOfDay: {
            let seconds = Int(Date().timeIntervalSince1970.rounded(.down))
            return ((seconds % 86_400) + 86_400) % 86_400
        })
    }

    public func now() -> Timestamp { Timestamp(day: today, secondOfDay: secondOfDay()) }
}
