import CaseworkCore

/// How full a day of a diary is, for shading it as wyrd does: the week's pressure at a glance.
public struct DayFullness: Hashable, Sendable {
    public let booked: Int
    public let slots: Int

    /// Empty, a quarter, half, three quarters, full: a shade of block for each.
    public var shade: Character {
        guard slots > 0 else { return " " }
        switch Double(booked) / Double(slots) {
        case 0: return "·"
        case ..<0.34: return "░"
        case ..<0.67: return "▒"
        case ..<1: return "▓"
        default: return "█"
        }
    }

    /// Green with room, amber when nearly full, red when full.
    public var style: Style {
        guard slots > 0 else { return .muted }
        let ratio = Double(booked) / Double(slots)
        return ratio >= 1 ? .red : ratio >= 0.67 ? .amber : .green
    }
}

/// One caseworker's week as the diary draws it: days across (Monday to Friday, and a weekend day only when it has
/// slots or bookings), start times down (every time any day of the week has), each cell a slot or nothing.
public struct DiaryWeekGrid: Sendable {
    public let officer: String
    public let monday: Day
    public let days: [Day]
    public let times: [Int]
    public let availability: [Day: DayAvailability]
    public let fullness: [Day: DayFullness]
    private let cells: [Day: [Int: DiaryEntry]]

    public init(officer: String, containing day: Day, calendar: SlotCalendar, book: DiaryBook) {
        self.officer = officer
        monday = day.adding(days: -day.weekday)
        var days: [Day] = [], cells: [Day: [Int: DiaryEntry]] = [:], availability: [Day: DayAvailability] = [:]
        var fullness: [Day: DayFullness] = [:]
        var times = Set<Int>()
        for offset in 0..<7 {
            let date = monday.adding(days: offset)
            let entries = book.entries(of: officer, on: date, calendar: calendar)
            guard offset < 5 || !entries.isEmpty else { continue }
            days.append(date)
            availability[date] = calendar.availability(of: officer, on: date)
            cells[date] = Dictionary(entries.map { ($0.slot.start.minute, $0) }, uniquingKeysWith: { first, _ in first })
            fullness[date] = DayFullness(booked: entries.filter { !$0.isFree }.count, slots: entries.count)
            times.formUnion(entries.map(\.slot.start.minute))
        }
        self.days = days
        self.times = times.sorted()
        self.cells = cells
        self.availability = availability
        self.fullness = fullness
    }

    public func entry(on day: Day, at minute: Int) -> DiaryEntry? { cells[day]?[minute] }

    /// The day's slots, earliest first.
    public func entries(on day: Day) -> [DiaryEntry] { (cells[day] ?? [:]).values.sorted { $0.slot.key < $1.slot.key } }

    /// The week's fullness, all days together.
    public var total: DayFullness {
        DayFullness(booked: fullness.values.reduce(0) { $0 + $1.booked }, slots: fullness.values.reduce(0) { $0 + $1.slots })
    }
}
