/// The possession rules in force on the day a notice was served, for the kind of tenancy it ends. A notice is judged
/// by the regime of its service date and tenancy, so a change in the law is a new regime or a new commencement date
/// in this file, not an edit to the old rules.
public enum NoticeRegime: String, Codable, CaseIterable, Sendable {
    /// Housing Act 1988 as it stood before the Renters' Rights Act 2025: section 21 (Form 6A) and section 8 (Form 3).
    case housingAct1988 = "pre-rra"
    /// Renters' Rights Act 2025, from its commencement for the tenancy's sector: no new section 21; section 8
    /// grounds reworked.
    case rentersRights2025 = "rra-2025"

    /// Bumped whenever the table of a regime changes, so a stored check can be told apart from a re-run one.
    /// 2026.2: social tenancies kept on the old rules, s21(4E), the two section 21 bars, the old s8(4A)(b) and s8(3)(c).
    public static let tableVersion = "2026.2"

    /// Which commencement of the Renters' Rights Act a tenancy waits for.
    public enum Sector: Hashable, Sendable {
        /// Private landlords' assured tenancies (and anything not recorded as social).
        case privateRented
        /// Social landlords' assured tenancies: not switched over on 1 May 2026 (a later commencement).
        case social

        public init(_ accommodation: AccommodationType) {
            self = accommodation == .socialRented ? .social : .privateRented
        }
    }

    /// The day the Renters' Rights Act possession rules commence for each sector; nil where no commencement order
    /// has been made yet. A later commencement order is a change to this table alone.
    public static let commencements: [(sector: Sector, on: Day?)] = [
        (.privateRented, Day(year: 2026, month: 5, day: 1)!),
        (.social, nil),
    ]

    /// The first service date of the Renters' Rights Act regime for private tenancies.
    public static let rentersRightsCommencement = commencement(for: .privateRented)!
    /// A private section 21 notice served before commencement can found proceedings only if they are issued by this
    /// day. It does not apply to a social landlord's notice, whose tenancy stays on the old rules.
    public static let section21ProceedingsCutOff = Day(year: 2026, month: 7, day: 31)!

    public static func commencement(for sector: Sector) -> Day? {
        commencements.first { $0.sector == sector }?.on
    }

    /// The regime for a notice served on `day` on a home of this kind.
    public static func inForce(on day: Day, accommodation: AccommodationType) -> NoticeRegime {
        guard let commenced = commencement(for: Sector(accommodation)) else { return .housingAct1988 }
        return day < commenced ? .housingAct1988 : .rentersRights2025
    }

    /// What every notice check carries: the regime and the version of its table.
    public var rulesVersion: String { rawValue + "/" + NoticeRegime.tableVersion }

    public var label: String {
        switch self {
        case .housingAct1988: "Housing Act 1988 before the Renters' Rights Act (served before 1 May 2026, or a social tenancy)"
        case .rentersRights2025: "Renters' Rights Act 2025 (served on or after 1 May 2026)"
        }
    }

    /// The section 8 grounds this regime knows, with their notice periods.
    public var grounds: [PossessionGround] {
        switch self {
        case .housingAct1988: PossessionGround.housingAct1988
        case .rentersRights2025: PossessionGround.rentersRights2025
        }
    }

    /// The table entry a notice's ground text names (`"1A"`, `"ground 8"`), or nil when the regime has no such ground.
    public func ground(named text: String) -> PossessionGround? {
        guard let key = PossessionGround.key(of: text) else { return nil }
        return grounds.first { $0.key == key }
    }
}
