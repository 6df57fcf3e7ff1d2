/// One thing the notice check found. Each finding either makes the notice invalid, leaves it needing a check,
/// confirms a requirement, or is a note for the officer; the verdict follows from the worst of them.
public enum NoticeFinding: Int, CaseIterable, Sendable {
    public enum Effect: Sendable { case fails, unknown, passes, note }

    case noNotice
    case serviceDateUnknown
    case otherType
    case section21Abolished
    case section21AbolitionUnclear
    case notAssuredShorthold
    case tenancyStartUnknown
    case servedWithinFourMonths
    case servedAfterFourMonths
    case expiryUnknown
    case periodTooShort
    case periodMet
    case checkFailed
    case checkUnknown
    case allChecksConfirmed
    case proceedingsTooLate
    case proceedingsWindowClosed
    case proceedingsInTime
    case proceedingsDueBy
    case noGrounds
    case unknownGrounds
    case groundsPeriodTooShort
    case groundsPeriodMet
    case firstYearBar
    case firstYearUnknown
    case groundsToBeProved
    /// The tenancy's period is not recorded and the check depends on it: it is taken as monthly, the common case.
    case tenancyPeriodAssumed
    /// Old s8(4A)(b), s8(3A): the date is earlier than a notice to quit could end the periodic tenancy.
    case beforeNoticeToQuitDate
    case noticeToQuitDateMet
    case noticeToQuitDateUnknown

    public var effect: Effect {
        switch self {
        case .section21Abolished, .servedWithinFourMonths, .periodTooShort, .checkFailed, .proceedingsTooLate,
             .proceedingsWindowClosed, .groundsPeriodTooShort, .firstYearBar, .beforeNoticeToQuitDate:
            .fails
        case .serviceDateUnknown, .otherType, .section21AbolitionUnclear, .notAssuredShorthold, .tenancyStartUnknown,
             .expiryUnknown, .checkUnknown, .noGrounds, .unknownGrounds, .firstYearUnknown, .noticeToQuitDateUnknown:
            .unknown
        case .servedAfterFourMonths, .periodMet, .allChecksConfirmed, .proceedingsInTime, .groundsPeriodMet, .noticeToQuitDateMet:
            .passes
        case .noNotice, .proceedingsDueBy, .groundsToBeProved, .tenancyPeriodAssumed:
            .note
        }
    }
}

/// A set of findings packed in one integer, so a check allocates nothing until its reasons are read.
public typealias NoticeFindings = FlagSet<NoticeFinding>

extension FlagSet where Flag == NoticeFinding {
    public func contains(effect: NoticeFinding.Effect) -> Bool {
        bits & NoticeFinding.mask(effect) != 0
    }
}

extension NoticeFinding {
    static func mask(_ effect: Effect) -> UInt32 {
        switch effect {
        case .fails: failing
        case .unknown: unknown
        case .passes: passing
        case .note: noting
        }
    }

    private static func bits(_ effect: Effect) -> UInt32 {
        allCases.filter { $0.effect == effect }.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
    }

    private static let failing = bits(.fails)
    private static let unknown = bits(.unknown)
    private static let passing = bits(.passes)
    private static let noting = bits(.note)
}
