/// Whether a caseworker's diary is open on a day, and if not, why.
public enum DayAvailability: Hashable, Sendable {
    case open
    case bankHoliday(String)
    /// The whole office is shut (`closures` in diary.json).
    case closure(AbsenceKind)
    case absent(AbsenceKind)
    /// The caseworker's pattern has no slots that weekday, or they have no pattern.
    case noSlots

    public var isOpen: Bool { self == .open }

    /// "Leave", "Good Friday": what a diary column says on a day it is shut.
    public var label: String {
        switch self {
        case .open: ""
        case .bankHoliday(let title): title
        case .closure(let kind), .absent(let kind): kind.label
        case .noSlots: "No slots"
        }
    }
}

/// Expands the weekly patterns of `diary.json` into dated slots, less bank holidays, closures and absences.
public struct SlotCalendar: Sendable {
    public let setup: DiarySetup
    public let holidays: BankHolidays

    /// Each caseworker's diary by id, so a lookup does not walk the list.
    private let diaries: [String: CaseworkerDiary]

    public init(setup: DiarySetup, holidays: BankHolidays = .england) {
        self.setup = setup
        self.holidays = holidays
        diaries = Dictionary(setup.caseworkers.map { ($0.officer, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The caseworkers who have a diary, in the file's order.
    public var officers: [String] { setup.caseworkers.map(\.officer) }

    public func availability(of officer: String, on day: Day) -> DayAvailability {
        if let holiday = holidays.holiday(on: day) { return .bankHoliday(holiday.title) }
        if let closure = setup.closures.first(where: { $0.covers(day) }) { return .closure(closure.kind) }
        guard let diary = diaries[officer] else { return .noSlots }
        if let absence = diary.absence(on: day) { return .absent(absence.kind) }
        let weekday = Weekday(day)
        return diary.week.contains { $0.weekday == weekday } ? .open : .noSlots
    }

    /// The pattern's slots on `day`; none when the diary is shut that day.
    public func slots(of officer: String, on day: Day) -> [DiarySlot] {
        guard availability(of: officer, on: day).isOpen, let diary = diaries[officer] else { return [] }
        let weekday = Weekday(day)
        return diary.week.filter { $0.weekday == weekday }.map { pattern in
            DiarySlot(key: SlotKey(officer: officer, start: LocalTime(day: day, minute: pattern.start)), minutes: pattern.minutes,
                      location: pattern.location, emergencyOnly: pattern.emergencyOnly)
        }
    }

    public func slots(of officer: String, from start: Day, through end: Day) -> [DiarySlot] {
        guard start <= end else { return [] }
        return (0...start.days(until: end)).flatMap { slots(of: officer, on: start.adding(days: $0)) }
    }

    /// The slot a key names, or why it cannot be booked.
    public func slot(_ key: SlotKey) -> Result<DiarySlot, SlotUnavailable> {
        guard diaries[key.officer] != nil else { return .failure(.noDiary(officer: key.officer)) }
        switch availability(of: key.officer, on: key.day) {
        case .bankHoliday(let title): return .failure(.bankHoliday(key, title: title))
        case .closure(let kind), .absent(let kind): return .failure(.absence(key, kind: kind))
        case .open, .noSlots: break
        }
        guard let slot = slots(of: key.officer, on: key.day).first(where: { $0.key == key }) else {
            return .failure(.notInPattern(key))
        }
        return .success(slot)
    }
}

/// Why a slot id names nothing bookable.
public enum SlotUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    case noDiary(officer: String)
    case notInPattern(SlotKey)
    case bankHoliday(SlotKey, title: String)
    case absence(SlotKey, kind: AbsenceKind)

    public var description: String {
        switch self {
        case .noDiary(let officer): "\(officer) has no diary (no slot pattern in diary.json)"
        case .notInPattern(let key):
            "there is no slot \(key.id): \(key.officer)'s pattern has no slot at \(key.start.clock) on a \(Weekday(key.day).rawValue)"
        case .bankHoliday(let key, let title): "\(key.day) is a bank holiday (\(title)): no slot \(key.id)"
        case .absence(let key, let kind):
            kind == .closure ? "the office is closed on \(key.day): no slot \(key.id)"
                : "\(key.officer) is away on \(key.day) (\(kind.rawValue)): no slot \(key.id)"
        }
    }
}
