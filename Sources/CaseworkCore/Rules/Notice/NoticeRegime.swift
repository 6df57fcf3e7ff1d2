/// The possession rules in force on the day a notice was served. A notice is judged by the regime of its
/// service date, so a change in the law is a new regime in this list, not an edit to the old one.
public enum NoticeRegime: String, Codable, CaseIterable, Sendable {
    /// Housing Act 1988 as it stood before the Renters' Rights Act 2025: section 21 (Form 6A) and section 8 (Form 3).
    case housingAct1988 = "pre-rra"
    /// Renters' Rights Act 2025, from 1 May 2026: no new section 21 on private tenancies; section 8 grounds reworked.
    case rentersRights2025 = "rra-2025"

    /// Bumped whenever the table of a regime changes, so a stored check can be told apart from a re-run one.
    public static let tableVersion = "2026.1"

    /// The first service date of the Renters' Rights Act regime.
    public static let rentersRightsCommencement = Day(year: 2026, month: 5, day: 1)!
    /// A section 21 notice served before commencement can found proceedings only if they are issued by this day.
    public static let section21ProceedingsCutOff = Day(year: 2026, month: 7, day: 31)!

    /// The regime for a notice served on `day`.
    public static func inForce(on day: Day) -> NoticeRegime {
        day < rentersRightsCommencement ? .housingAct1988 : .rentersRights2025
    }

    /// What every notice check carries: the regime and the version of its table.
    public var rulesVersion: String { rawValue + "/" + NoticeRegime.tableVersion }

    public var label: String {
        switch self {
        case .housingAct1988: "Housing Act 1988 before the Renters' Rights Act (served before 1 May 2026)"
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
