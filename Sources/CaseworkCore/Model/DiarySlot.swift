/// One bookable slot on one day, as the patterns in `diary.json` make it (or as a booking made before the pattern
/// changed keeps it). Whether it is booked is the `DiaryBook`'s business, read from the cases.
public struct DiarySlot: Hashable, Comparable, Sendable {
    public let key: SlotKey
    public let minutes: Int
    public let location: String
    public let emergencyOnly: Bool
    /// False for a booking that no longer matches the caseworker's pattern: it stands, but nothing new is booked there.
    public let inPattern: Bool

    public init(key: SlotKey, minutes: Int, location: String, emergencyOnly: Bool, inPattern: Bool = true) {
        self.key = key
        self.minutes = minutes
        self.location = location
        self.emergencyOnly = emergencyOnly
        self.inPattern = inPattern
    }

    public var officer: String { key.officer }
    public var day: Day { key.day }
    public var start: LocalTime { key.start }
    public var end: LocalTime { key.start.adding(minutes: minutes) }
    public var isPhone: Bool { location == PatternSlot.phone }

    public static func < (lhs: DiarySlot, rhs: DiarySlot) -> Bool { lhs.key < rhs.key }
}
