/// A moment on the team's clock: a `Day` (which `--today` can move) plus the time of day, in UTC.
/// Encoded as `YYYY-MM-DDTHH:MM:SSZ` so the audit journal sorts as text.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let day: Day
    public let secondOfDay: Int

    public init(day: Day, secondOfDay: Int) {
        self.day = day
        self.secondOfDay = max(0, min(secondOfDay, 86_399))
    }

    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
              let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        func number(_ at: Int) -> Int? {
            let a = bytes[at], b = bytes[at + 1]
            guard (48...57).contains(a), (48...57).contains(b) else { return nil }
            return Int(a - 48) * 10 + Int(b - 48)
        }
        guard let h = number(11), let m = number(14), let s = number(17), h < 24, m < 60, s < 60 else { return nil }
        self.init(day: day, secondOfDay: h * 3600 + m * 60 + s)
    }

    public var hour: Int { secondOfDay / 3600 }
    public var minute: Int { secondOfDay / 60 % 60 }

    /// `10:14`, the form people read in a conflict message or a timeline.
    public var clockTime: String { Day.pad(hour, 2) + ":" + Day.pad(minute, 2) }

    public var iso: String {
        day.iso + "T" + Day.pad(hour, 2) + ":" + Day.pad(minute, 2) + ":" + Day.pad(secondOfDay % 60, 2) + "Z"
    }

    public var description: String { iso }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.day, lhs.secondOfDay) < (rhs.day, rhs.secondOfDay)
    }
}

extension Timestamp: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = Timestamp(iso: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "is not a timestamp YYYY-MM-DDTHH:MM:SSZ")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
