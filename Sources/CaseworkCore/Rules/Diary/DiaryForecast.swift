/// Demand against capacity, for this week and the weeks after it.
///
/// For each week: presentations (the last 8 weeks' average, or the manager's figure in diary.json), the slots in the
/// diary and how many are booked, the backlog of cases waiting for an interview and its projection,
/// `next backlog = max(0, backlog + presentations − slots × (1 − missed rate))`, where the missed rate is that of the
/// last 8 weeks and the slots are those left for interviews (less those booked for other kinds); the load
/// (presentations ÷ slots); and the relief slots a week needed to bring the backlog back to the target wait within
/// 4 weeks. That last is Little's law as the NHS waiting-list models use it: a queue served at the arrival rate λ with
/// a wait of W holds L = λ·W, so the backlog to aim for is presentations × target wait, and the surplus above it is
/// cleared over 4 weeks on top of the arrivals, grossed up for the missed rate.
/// This week counts only what is left of it: slots from now on, and presentations for its remaining working days.
public struct DiaryForecast: Hashable, Sendable {
    public struct Week: Hashable, Sendable {
        /// ISO 8601 week, `2026-W50`.
        public let label: String
        public let monday: Day
        public let presentations: Double
        public let slots: Int
        public let booked: Int
        public let backlogStart: Double
        public let backlogEnd: Double
        /// Presentations ÷ slots; nil when the week has no slots.
        public let load: Double?
        public let reliefSlots: Int
        /// The backlog at the week's end is projected to exceed the week's slots.
        public let backlogExceedsSlots: Bool

        public var free: Int { slots - booked }
    }

    public let weeks: [Week]
    /// True when presentations are the manager's figure, false for the last 8 weeks' average.
    public let presentationsFromSetting: Bool
    public let missedRate: Double
    public let targetWaitWorkingDays: Int

    /// The first week whose backlog is projected to exceed its slots.
    public var backlogExceedsSlotsFrom: Week? { weeks.first(where: \.backlogExceedsSlots) }

    public static let historyWeeks = 8
    public static let reliefWeeks = 4

    public init(summaries: [CaseSummary], calendar: SlotCalendar, book: DiaryBook, now: LocalTime, weeks count: Int = 5) {
        let settings = calendar.setup.settings
        let monday = now.day.adding(days: -now.day.weekday)
        let historyStart = monday.adding(days: -7 * Self.historyWeeks)
        var received = 0, waiting = 0, attended = 0, missed = 0
        for summary in summaries {
            if summary.receivedOn >= historyStart, summary.receivedOn < monday { received += 1 }
            if InterviewQueue.isWaiting(summary) { waiting += 1 }
            for appointment in summary.appointments where appointment.on >= historyStart && appointment.on < monday {
                if appointment.status == .attended { attended += 1 }
                if appointment.status == .missed { missed += 1 }
            }
        }
        let perWeek = settings.presentationsPerWeek ?? Double(received) / Double(Self.historyWeeks)
        let missedRate = attended + missed == 0 ? 0 : Double(missed) / Double(attended + missed)
        let working = WorkingCalendar(holidays: calendar.holidays)
        var rows: [Week] = []
        var backlog = Double(waiting)
        for index in 0..<max(0, count) {
            let start = monday.adding(days: 7 * index)
            let end = start.adding(days: 6)
            var slots = 0, booked = 0, otherKinds = 0
            for officer in calendar.officers {
                var keys = Set(calendar.slots(of: officer, from: start, through: end).map(\.key))
                for booking in book.bookings(of: officer, from: start, through: end) {
                    keys.insert(booking.key)
                    guard booking.key.start > now else { continue }
                    booked += 1
                    if booking.appointment.kind != .assessmentInterview { otherKinds += 1 }
                }
                slots += keys.filter { $0.start > now }.count
            }
            var presentations = perWeek
            if index == 0 {
                let all = working.workingDays(from: start, through: end)
                let left = working.workingDays(from: now.day, through: end)
                presentations = all == 0 ? 0 : perWeek * Double(left) / Double(all)
            }
            let interviewSlots = Double(max(0, slots - otherKinds))
            let next = max(0, backlog + presentations - interviewSlots * (1 - missedRate))
            let target = perWeek * Double(settings.targetWaitWorkingDays) / 5
            let needed = (perWeek + max(0, backlog - target) / Double(Self.reliefWeeks)) / max(0.05, 1 - missedRate)
                + Double(otherKinds)
            let relief = max(0, Int((needed - Double(slots)).rounded(.up)))
            rows.append(Week(label: Self.isoWeek(start), monday: start, presentations: Self.tenth(presentations), slots: slots,
                             booked: booked, backlogStart: Self.tenth(backlog), backlogEnd: Self.tenth(next),
                             load: slots == 0 ? nil : Self.tenth(presentations / Double(slots) * 10) / 10,
                             reliefSlots: relief, backlogExceedsSlots: next > Double(slots)))
            backlog = next
        }
        weeks = rows
        presentationsFromSetting = settings.presentationsPerWeek != nil
        self.missedRate = missedRate
        targetWaitWorkingDays = settings.targetWaitWorkingDays
    }

    static func tenth(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// ISO 8601 week of the week holding `day`: `2026-W53`, `2027-W01`. The Thursday of a week decides its year.
    public static func isoWeek(_ day: Day) -> String {
        let thursday = day.adding(days: 3 - day.weekday)
        let year = thursday.year
        let number = Day(year: year, month: 1, day: 1)!.days(until: thursday) / 7 + 1
        return "\(year)-W" + Day.pad(number, 2)
    }
}
