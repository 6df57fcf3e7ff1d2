/// A calendar quarter, as H-CLIC returns are made: `2026Q3` is 1 July to 30 September 2026.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...9999).contains(year), (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// `2026Q3` (or `2026q3`); anything else, including `2026Q5` and quarters before the Act (2018), is nil.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 6, bytes[4] == UInt8(ascii: "Q") || bytes[4] == UInt8(ascii: "q"),
              bytes[0..<4].allSatisfy({ (48...57).contains($0) }), (49...52).contains(bytes[5]),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)), year >= 2018 else { return nil }
        self.init(year: year, number: Int(bytes[5] - 48))
    }

    /// The quarter `day` falls in.
    public init(containing day: Day) {
        year = day.year
        number = (day.month - 1) / 3 + 1
    }

    public var firstDay: Day { Day(year: year, month: (number - 1) * 3 + 1, day: 1)! }
    public var lastDay: Day { next.firstDay.adding(days: -1) }
    public func contains(_ day: Day) -> Bool { day >= firstDay && day <= lastDay }

    public var next: Quarter { number == 4 ? Quarter(year: year + 1, number: 1)! : Quarter(year: year, number: number + 1)! }
    public var previous: Quarter { number == 1 ? Quarter(year: year - 1, number: 4)! : Quarter(year: year, number: number - 1)! }

    public var description: String { "\(year)Q\(number)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }
}
