/// How much notice a ground needs before proceedings can begin.
public enum NoticePeriod: Hashable, Sendable, CustomStringConvertible {
    case immediate
    case weeks(Int)
    case months(Int)

    /// The first day the notice may name as its expiry when served on `servedOn`.
    public func earliestExpiry(servedOn: Day) -> Day {
        switch self {
        case .immediate: servedOn
        case .weeks(let weeks): servedOn.adding(days: weeks * 7)
        case .months(let months): servedOn.adding(months: months)
        }
    }

    public var description: String {
        switch self {
        case .immediate: "no notice period"
        case .weeks(let weeks): weeks == 1 ? "1 week" : "\(weeks) weeks"
        case .months(let months): months == 1 ? "1 month" : "\(months) months"
        }
    }
}

/// One section 8 ground (Housing Act 1988 Schedule 2) as a row of data: its number, what it is for, its
/// notice period, and whether it is barred in the tenancy's first year.
public struct PossessionGround: Hashable, Sendable {
    public let number: String
    public let title: String
    public let period: NoticePeriod
    /// Renters' Rights Act grounds 1 and 1A: the notice may not expire within 12 months of the tenancy's start.
    public let notInFirstYear: Bool
    /// Housing Act 1988 before the Renters' Rights Act, grounds 1, 2, 5-7, 9, 16 (s8(4A)(b)) and 7A (s8(3A)): on a
    /// periodic tenancy the notice's date may be no earlier than a notice to quit could end the tenancy.
    public let noEarlierThanNoticeToQuit: Bool

    /// The number packed as `PossessionGround.key(of:)` packs a notice's text, so matching is one integer compare.
    let key: UInt64

    init(_ number: String, _ title: String, _ period: NoticePeriod, notInFirstYear: Bool = false,
         noEarlierThanNoticeToQuit: Bool = false) {
        self.number = number
        self.title = title
        self.period = period
        self.notInFirstYear = notInFirstYear
        self.noEarlierThanNoticeToQuit = noEarlierThanNoticeToQuit
        key = PossessionGround.key(of: number) ?? 0
    }

    /// True when `text` names this ground: `1A`, `1a`, `ground 1A`, ` Ground 8 `.
    func isNamed(by text: String) -> Bool { PossessionGround.key(of: text) == key }

    /// A ground's name as an integer: surrounding spaces and a leading "ground" dropped, letters upper-cased,
    /// up to eight bytes. Nil for anything longer or empty. Built byte by byte so a check allocates nothing.
    static func key(of text: String) -> UInt64? {
        var name = Substring(text).utf8.drop { $0 == UInt8(ascii: " ") }
        if name.count > 6, zip(name.prefix(6), "ground".utf8).allSatisfy({ upper($0) == upper($1) }) {
            name = name.dropFirst(6).drop { $0 == UInt8(ascii: " ") }
        }
        while name.last == UInt8(ascii: " ") { name = name.dropLast() }
        guard (1...8).contains(name.count) else { return nil }
        return name.reduce(0) { $0 << 8 | UInt64(upper($1)) }
    }

    private static func upper(_ byte: UInt8) -> UInt8 {
        (97...122).contains(byte) ? byte - 32 : byte
    }

    /// Section 8 as it stood before 1 May 2026 (s8(4)-(4B) as then in force). Ground 7A needed four weeks on a
    /// periodic tenancy or a month on a fixed term: the table keeps the longer, so a short notice is never passed.
    static let housingAct1988: [PossessionGround] = [
        PossessionGround("1", "landlord's former or intended home", .months(2), noEarlierThanNoticeToQuit: true),
        PossessionGround("2", "mortgage lender's sale", .months(2), noEarlierThanNoticeToQuit: true),
        PossessionGround("3", "out-of-season holiday let", .weeks(2)),
        PossessionGround("4", "student let by an educational body", .weeks(2)),
        PossessionGround("5", "minister of religion", .months(2), noEarlierThanNoticeToQuit: true),
        PossessionGround("6", "redevelopment", .months(2), noEarlierThanNoticeToQuit: true),
        PossessionGround("7", "death of the tenant", .months(2), noEarlierThanNoticeToQuit: true),
        PossessionGround("7A", "serious anti-social behaviour conviction", .months(1), noEarlierThanNoticeToQuit: true),
        PossessionGround("7B", "no right to rent", .weeks(2)),
        PossessionGround("8", "at least two months' rent arrears", .weeks(2)),
        PossessionGround("9", "suitable alternative accommodation", .months(2), noEarlierThanNoticeToQuit: true),
        PossessionGround("10", "some rent arrears", .weeks(2)),
        PossessionGround("11", "persistent late payment", .weeks(2)),
        PossessionGround("12", "breach of tenancy", .weeks(2)),
        PossessionGround("13", "deterioration of the home", .weeks(2)),
        PossessionGround("14", "nuisance or anti-social behaviour", .immediate),
        PossessionGround("14ZA", "conviction for an offence during a riot", .weeks(2)),
        PossessionGround("14A", "domestic violence (social landlord)", .weeks(2)),
        PossessionGround("15", "deterioration of furniture", .weeks(2)),
        PossessionGround("16", "tied employment ended", .months(2), noEarlierThanNoticeToQuit: true),
        PossessionGround("17", "tenancy obtained by false statement", .weeks(2)),
    ]

    /// Section 8 under the Renters' Rights Act 2025, for notices served from 1 May 2026.
    static let rentersRights2025: [PossessionGround] = [
        PossessionGround("1", "landlord or family moving in", .months(4), notInFirstYear: true),
        PossessionGround("1A", "sale of the home", .months(4), notInFirstYear: true),
        PossessionGround("1B", "rent-to-buy sale", .months(4)),
        PossessionGround("2", "mortgage lender's sale", .months(4)),
        PossessionGround("2ZA", "superior lease ended", .months(4)),
        PossessionGround("2ZB", "superior lease ended (intermediate landlord)", .months(4)),
        PossessionGround("2ZC", "superior landlord's possession", .months(4)),
        PossessionGround("2ZD", "superior landlord's possession (intermediate landlord)", .months(4)),
        PossessionGround("4", "student let", .weeks(2)),
        PossessionGround("4A", "student house in multiple occupation", .months(4)),
        PossessionGround("5", "minister of religion", .months(2)),
        PossessionGround("5A", "agricultural worker", .months(2)),
        PossessionGround("5B", "employment requirement of a social landlord", .months(2)),
        PossessionGround("5C", "end of employment by the landlord", .months(2)),
        PossessionGround("5D", "end of employment requirement", .months(2)),
        PossessionGround("5E", "supported accommodation", .weeks(4)),
        PossessionGround("5F", "dwelling for supported accommodation", .weeks(4)),
        PossessionGround("5G", "tenancy for homelessness duty", .weeks(4)),
        PossessionGround("5H", "stepping stone accommodation", .months(2)),
        PossessionGround("6", "redevelopment", .months(4)),
        PossessionGround("6A", "social landlord redevelopment or decant", .months(4)),
        PossessionGround("6B", "enforcement action", .months(4)),
        PossessionGround("7", "death of the tenant", .months(2)),
        PossessionGround("7A", "serious anti-social behaviour conviction", .immediate),
        PossessionGround("7B", "no right to rent", .weeks(2)),
        PossessionGround("8", "at least three months' rent arrears", .weeks(4)),
        PossessionGround("9", "suitable alternative accommodation", .months(2)),
        PossessionGround("10", "some rent arrears", .weeks(4)),
        PossessionGround("11", "persistent late payment", .weeks(4)),
        PossessionGround("12", "breach of tenancy", .weeks(2)),
        PossessionGround("13", "deterioration of the home", .weeks(2)),
        PossessionGround("14", "nuisance or anti-social behaviour", .immediate),
        PossessionGround("14A", "domestic abuse (social landlord)", .weeks(2)),
        PossessionGround("14ZA", "conviction for an offence during a riot", .weeks(2)),
        PossessionGround("15", "deterioration of furniture", .weeks(2)),
        PossessionGround("17", "tenancy obtained by false statement", .weeks(2)),
        PossessionGround("18", "supported accommodation: not engaging with support", .weeks(4)),
    ]
}
