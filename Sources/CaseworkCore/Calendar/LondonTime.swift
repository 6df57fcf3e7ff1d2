/// A wall-clock moment in the council's offices: a day and the minutes after its midnight, in Europe/London
/// local time (GMT in winter, BST in summer). Diary slots are kept this way, as a person books them.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let day: Day
    public let minute: Int

    public init(day: Day, minute: Int) {
        self.day = day
        self.minute = minute
    }

    /// Minutes since 1970-01-01 00:00 on the local clock (not a real instant: see `LondonTime`).
    public var minutesSinceEpoch: Int { day.daysSinceEpoch * 1440 + minute }

    init(minutesSinceEpoch value: Int) {
        let days = value >= 0 ? value / 1440 : -((-value + 1439) / 1440)
        self.init(day: Day(daysSinceEpoch: days), minute: value - days * 1440)
    }

    /// `09:30`.
    public var clock: String { Self.clock(minute) }

    /// Minutes after midnight as `09:30`.
    public static func clock(_ minute: Int) -> String { Day.pad(minute / 60, 2) + ":" + Day.pad(minute % 60, 2) }

    /// `2026-12-01T09:30`, the form slot ids and the JSON carry.
    public var iso: String { day.iso + "T" + clock }

    public var description: String { iso }

    public func adding(minutes: Int) -> LocalTime { LocalTime(minutesSinceEpoch: minutesSinceEpoch + minutes) }

    /// Strict `YYYY-MM-DDTHH:MM`.
    public init?(iso text: some StringProtocol) {
        let text = String(text)
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let day = Day(iso: parts[0]), let minute = LocalTime.minute(of: parts[1]) else { return nil }
        self.init(day: day, minute: minute)
    }

    /// `HH:MM` (24-hour, two digits each) as minutes after midnight.
    public static func minute(of text: some StringProtocol) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
              bytes.enumerated().allSatisfy({ $0.offset == 2 || (48...57).contains($0.element) }) else { return nil }
        let hours = Int(bytes[0] - 48) * 10 + Int(bytes[1] - 48)
        let minutes = Int(bytes[3] - 48) * 10 + Int(bytes[4] - 48)
        guard hours < 24, minutes < 60 else { return nil }
        return hours * 60 + minutes
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.minutesSinceEpoch < rhs.minutesSinceEpoch }
}

/// Europe/London's clock changes, as the UK has kept them since 1996 (Summer Time Order 2002): BST (UTC+1) from
/// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, GMT otherwise.
///
/// Written out rather than read from the system's zone files so that every machine, and every test, agrees.
/// Local times that do not exist (01:00–01:59 on the March Sunday) are read with the offset before the change, and
/// local times that happen twice (01:00–01:59 on the October Sunday) as the first of the two, as RFC 5545 does.
public enum LondonTime {
    public static let zoneName = "Europe/London"

    /// The last Sunday of March of `year`: the day BST begins.
    public static func summerTimeStarts(_ year: Int) -> Day { lastSunday(month: 3, year: year) }

    /// The last Sunday of October of `year`: the day BST ends.
    public static func summerTimeEnds(_ year: Int) -> Day { lastSunday(month: 10, year: year) }

    static func lastSunday(month: Int, year: Int) -> Day {
        let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        return last.adding(days: -((last.weekday + 1) % 7))
    }

    /// Minutes to add to UTC to read the local clock at the instant `utcMinutes` (minutes since the epoch, UTC).
    public static func offset(atUTC utcMinutes: Int) -> Int {
        let year = LocalTime(minutesSinceEpoch: utcMinutes).day.year
        let starts = summerTimeStarts(year).daysSinceEpoch * 1440 + 60
        let ends = summerTimeEnds(year).daysSinceEpoch * 1440 + 60
        return utcMinutes >= starts && utcMinutes < ends ? 60 : 0
    }

    /// The offset in force at a local time (see the type's note on the hour that is skipped or repeated).
    public static func offset(atLocal local: LocalTime) -> Int {
        let year = local.day.year
        let value = local.minutesSinceEpoch
        // In local terms summer time runs from 02:00 BST in March (the skipped hour keeps GMT) to 02:00 BST in October.
        let starts = summerTimeStarts(year).daysSinceEpoch * 1440 + 120
        let ends = summerTimeEnds(year).daysSinceEpoch * 1440 + 120
        return value >= starts && value < ends ? 60 : 0
    }

    /// The instant a local time names, in minutes since the epoch (UTC).
    public static func utcMinutes(of local: LocalTime) -> Int { local.minutesSinceEpoch - offset(atLocal: local) }

    /// The local time of an instant (minutes since the epoch, UTC).
    public static func local(atUTC utcMinutes: Int) -> LocalTime {
        LocalTime(minutesSinceEpoch: utcMinutes + offset(atUTC: utcMinutes))
    }

    /// The local time of a timestamp on the team's clock (which is UTC).
    public static func local(_ timestamp: Timestamp) -> LocalTime {
        local(atUTC: timestamp.day.daysSinceEpoch * 1440 + timestamp.secondOfDay / 60)
    }

    /// `20261201T093000Z`: a local time as the UTC instant, in RFC 5545's basic form.
    public static func utcStamp(of local: LocalTime) -> String {
        stamp(LocalTime(minutesSinceEpoch: utcMinutes(of: local))) + "Z"
    }

    /// `20261201T093000`: a local time in RFC 5545's basic form (to go with `TZID=Europe/London`).
    public static func stamp(_ time: LocalTime) -> String {
        let (y, m, d) = time.day.components
        return Day.pad(y, 4) + Day.pad(m, 2) + Day.pad(d, 2) + "T" + Day.pad(time.minute / 60, 2) + Day.pad(time.minute % 60, 2) + "00"
    }
}
