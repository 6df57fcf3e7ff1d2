/// `diary.json` in the data directory: each caseworker's weekly pattern of bookable slots and dated absences, the
/// team's own closures, and the settings of the demand forecast. The format is documented as a JSON Schema in
/// `Resources/schemas/diary.schema.json`; `DiarySetupReader` reads it, naming every problem by file and position.
public struct DiarySetup: Hashable, Sendable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Raised by the store on every save; a save against an older one is refused.
    public var revision: Int
    public var caseworkers: [CaseworkerDiary]
    /// Days the whole office is shut besides bank holidays (a council's own closure days).
    public var closures: [Absence]
    public var settings: DiarySettings

    public init(caseworkers: [CaseworkerDiary] = [], closures: [Absence] = [], settings: DiarySettings = DiarySettings()) {
        schemaVersion = Self.currentSchemaVersion
        revision = 0
        self.caseworkers = caseworkers
        self.closures = closures
        self.settings = settings
    }

    public func diary(of officer: String) -> CaseworkerDiary? { caseworkers.first { $0.officer == officer } }
}

/// One caseworker's diary: the weekly pattern and the days away.
public struct CaseworkerDiary: Hashable, Sendable {
    public var officer: String
    public var week: [PatternSlot]
    public var absences: [Absence]

    public init(officer: String, week: [PatternSlot], absences: [Absence] = []) {
        self.officer = officer
        self.week = week.sorted()
        self.absences = absences
    }

    /// The absence covering `day`, if any.
    public func absence(on day: Day) -> Absence? { absences.first { $0.covers(day) } }
}

/// A bookable slot that repeats every week.
public struct PatternSlot: Hashable, Comparable, Sendable {
    public var weekday: Weekday
    /// Minutes after midnight, local time.
    public var start: Int
    public var minutes: Int
    /// A room, or `PatternSlot.phone` for a telephone interview.
    public var location: String
    /// Kept for same-day emergencies (DOMAIN.md: keep some same-day capacity).
    public var emergencyOnly: Bool

    public static let phone = "phone"

    public init(weekday: Weekday, start: Int, minutes: Int = 60, location: String, emergencyOnly: Bool = false) {
        self.weekday = weekday
        self.start = start
        self.minutes = minutes
        self.location = location
        self.emergencyOnly = emergencyOnly
    }

    public var end: Int { start + minutes }
    public var isPhone: Bool { location == Self.phone }

    public func overlaps(_ other: PatternSlot) -> Bool {
        weekday == other.weekday && start < other.end && other.start < end
    }

    public static func < (lhs: PatternSlot, rhs: PatternSlot) -> Bool {
        (lhs.weekday.rawIndex, lhs.start) < (rhs.weekday.rawIndex, rhs.start)
    }
}

public enum Weekday: String, CaseIterable, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 0 = Monday, as `Day.weekday`.
    public var rawIndex: Int { Weekday.allCases.firstIndex(of: self)! }
    public init(_ day: Day) { self = Weekday.allCases[day.weekday] }

    public var short: String { String(rawValue.prefix(3)).capitalized }
}

public enum AbsenceKind: String, CaseIterable, Sendable {
    case leave, training, sickness, closure, other

    public var label: String {
        switch self {
        case .leave: "Leave"
        case .training: "Training"
        case .sickness: "Sick"
        case .closure: "Closed"
        case .other: "Away"
        }
    }
}

/// Whole days away, from and to inclusive.
public struct Absence: Hashable, Sendable {
    public var from: Day
    public var to: Day
    public var kind: AbsenceKind

    public init(from: Day, to: Day, kind: AbsenceKind) {
        self.from = from
        self.to = to
        self.kind = kind
    }

    public func covers(_ day: Day) -> Bool { from <= day && day <= to }
}

/// The manager's settings for booking and for the demand forecast.
public struct DiarySettings: Hashable, Sendable {
    /// The wait a manager aims for, in working days, from presentation to interview (the forecast's relief slots).
    public var targetWaitWorkingDays: Int
    /// Presentations a week expected; nil uses the average of the last 8 weeks.
    public var presentationsPerWeek: Double?
    /// How long a slot must be for an interview with an interpreter.
    public var interpreterMinutes: Int
    /// How far ahead the diary looks for a free slot.
    public var horizonWeeks: Int

    public init(targetWaitWorkingDays: Int = 10, presentationsPerWeek: Double? = nil, interpreterMinutes: Int = 90,
                horizonWeeks: Int = 12) {
        self.targetWaitWorkingDays = targetWaitWorkingDays
        self.presentationsPerWeek = presentationsPerWeek
        self.interpreterMinutes = interpreterMinutes
        self.horizonWeeks = horizonWeeks
    }
}
