/// An amount in pounds sterling, held as whole pence so sums never drift. Stored as the number of pence.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var pence: Int

    public init(pence: Int) { self.pence = pence }

    public static let zero = Money(pence: 0)

    /// Pounds with at most two decimal places; nil for a negative, fractional-penny or absurd amount.
    public init?(pounds: Double) {
        guard pounds.isFinite, pounds >= 0, pounds < 100_000_000 else { return nil }
        let pence = (pounds * 100).rounded()
        guard abs(pence - pounds * 100) < 0.000_001 else { return nil }
        self.pence = Int(pence)
    }

    /// `£1,250.00`, or `£450` for whole pounds where `wholePoundsShort`.
    public func formatted(wholePoundsShort: Bool = true) -> String {
        let pounds = pence / 100, rest = pence % 100
        var digits = String(pounds)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        let whole = "£" + digits + grouped
        if wholePoundsShort, rest == 0 { return whole }
        return whole + "." + (rest < 10 ? "0" : "") + String(rest)
    }

    /// The amount in pounds, as the command line's JSON gives it.
    public var pounds: Double { Double(pence) / 100 }

    public var description: String { formatted() }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }

    public init(from decoder: Decoder) throws { pence = try decoder.singleValueContainer().decode(Int.self) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(pence)
    }
}
