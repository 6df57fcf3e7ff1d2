import CaseworkCore

extension ScreenID {
    static let diary = ScreenID("diary")
}

/// F3, the diary: a week of one caseworker's slots (times down, days across) or a day of the whole team, with the
/// booked case's ref, household and kind in each slot and the days shaded by how full they are. Booking goes by
/// priority both ways: `b` on a free slot offers the best waiting cases in the queue's order, and a case handed over
/// from the queue or the case screen (`b` there) is offered the earliest free slots that fit it; either is booked
/// with one key. The changes (move, cancel, attended, missed, an interpreter or third party) and a manager's pattern
/// and absence editor go through `CaseService` like every change. Keys in the manner of calcurse.
///
/// The screen reads `diary.json` each time it comes on screen, and keeps the caseload's summaries as the frame hands
/// them over; the view of who holds which slot (`DiaryBook`) is built the first time it is shown, not at start-up.
struct DiaryScreen: ConsoleScreen {
    enum Action: Sendable {
        case previousDay, nextDay, up, down, previousWeek, nextWeek, goTo, today, otherOfficer, toggleView
        case open, book, placeMove, move, cancel, attended, missed, interpreter, thirdParty, thirdPartyArranged
        case forecast, edit, stopMoving
    }

    enum Answer: Hashable, Sendable {
        case warnContact(ref: String, appointment: Int, warn: Bool)
        case later(ref: String)
    }

    enum Purpose: Hashable, Sendable {
        case goTo
        case cancel(ref: String, appointment: Int)
        case addSlot(officer: String)
        case addAbsence(officer: String)
    }

    enum Message: Sendable {
        /// `diary.json` and the time now, read when the screen came on.
        case loaded(DiarySetup, LocalTime)
        case unreadable(String, LocalTime)
        /// A case changed by this screen, with what to say.
        case saved(CaseSummary, String, LocalTime)
        case missed(CaseSummary, CaseService.OutcomeRecorded, LocalTime)
        case edited(CaseService.DiaryEdited, String)
        case failed(String)
    }

    enum View: Sendable { case week, team }

    var overlays = ScreenOverlays<Answer, Purpose>()
    var context: ConsoleContext
    /// Nil until `diary.json` has been read; then what it says.
    var setup: DiarySetup?
    var problem: String?
    /// Every case's summary, as the frame handed them over and changed since.
    var summaries = DiarySummaries()
    /// Changes handed over before the diary was first shown, folded in then.
    private var changedSince: [CaseSummary] = []
    /// Demand against capacity, worked out again when the caseload or the diary changes, not at every frame.
    var forecast: DiaryForecast?
    var book = DiaryBook()
    /// Bookings are indexed from here; a week before it is indexed when first shown.
    private var bookFrom: Day?
    /// The office's time, from the store's clock at its last answer (the start of today before any).
    var now: LocalTime
    var view = View.week
    var officer: String?
    var day: Day
    /// The selected slot: its place in the selected day (week view) or in the team's day (team view).
    var row = 0
    var picker: DiaryPicker?
    /// An appointment being moved: the next free slot chosen with Enter takes it.
    var moving: DiaryBooking?
    var showsForecast = false
    private var area = Rect(x: 0, y: 0, width: Frame.minimumWidth, height: Frame.minimumHeight)

    init(context: ConsoleContext) {
        self.context = context
        now = LocalTime(day: context.today, minute: 0)
        day = context.today
    }

    static let entry = ScreenEntry(id: .diary, name: "Diary", functionKey: 3, letter: "D", command: "diary",
                                   help: "caseworkers' slots week by week; book by priority", make: { DiaryScreen(context: $0) })

    var calendar: SlotCalendar { SlotCalendar(setup: setup ?? DiarySetup()) }
    var isManager: Bool { context.actor.role == .manager }

    // MARK: What is selected

    /// The slots of the selected day: the caseworker's in the week view, everyone's (by time) in the team view.
    var dayEntries: [DiaryEntry] {
        switch view {
        case .week:
            guard let officer else { return [] }
            return book.entries(of: officer, on: day, calendar: calendar)
        case .team:
            return calendar.officers.flatMap { book.entries(of: $0, on: day, calendar: calendar) }
                .sorted { ($0.slot.start, $0.slot.officer) < ($1.slot.start, $1.slot.officer) }
        }
    }

    var selected: DiaryEntry? {
        let entries = dayEntries
        return entries.indices.contains(row) ? entries[row] : nil
    }

    var selectedBooking: DiaryBooking? { selected?.booking }
    var selectedFree: DiarySlot? { selected.flatMap { $0.isFree && $0.slot.inPattern ? $0.slot : nil } }

    // MARK: The frame's questions

    var title: String { "diary" }

    var position: String {
        guard setup != nil else { return "" }
        let count = dayEntries.count
        return DayFormat.long(day) + (count == 0 ? "" : " · slot \(row + 1) of \(count)")
    }

    var keys: KeyTable<DiaryScreen, Action> { DiaryScreen.keys }

    mutating func layout(in area: Rect) {
        self.area = area
        buildIfNeeded()
    }

    mutating func apply(_ event: ScreenEvent) {
        switch event {
        case .loaded(let all):
            summaries = DiarySummaries(all)
            changedSince = []
            bookFrom = nil
            forecast = nil
        case .changed(let changed):
            guard bookFrom != nil else { return changedSince += changed }
            for summary in changed {
                summaries.replace(summary)
                book.update(summary)
            }
            refreshForecast()
        case .newDay(let newer):
            context = newer
            if now.day < newer.today { now = LocalTime(day: newer.today, minute: 0) }
        }
    }

    /// The summaries by ref and the bookings from four weeks back on, made once, when the diary is first shown (and the
    /// bookings again for a week further back).
    mutating func buildIfNeeded(back to: Day? = nil) {
        if bookFrom == nil {
            for summary in changedSince { summaries.replace(summary) }
            changedSince = []
        }
        let first = min(to ?? now.day, now.day).adding(days: -28)
        guard bookFrom.map({ first < $0 }) ?? true else { return }
        let fresh = bookFrom == nil
        book = DiaryBook(summaries.all, from: first)
        bookFrom = first
        if fresh { refreshForecast() }
    }

    mutating func refreshForecast() {
        guard setup != nil, bookFrom != nil else { return }
        forecast = DiaryForecast(summaries: summaries.all, calendar: calendar, book: book, now: now, weeks: 5)
    }

    mutating func shown() -> ScreenOutcome {
        buildIfNeeded()
        return request("read the diary", { services in
            let now = LondonTime.local(services.clock.now())
            guard let store = services.store as? DiaryStore else { return .loaded(DiarySetup(), now) }
            do {
                return .loaded(try store.diarySetup(), now)
            } catch {
                return .unreadable(ConsoleRuntime.describe(error), now)
            }
        }, failed: { .failed($0) })
    }

    /// The diary as `diary.json` has it now: the caseworker shown is kept, or the officer's own, or the first.
    mutating func load(_ newer: DiarySetup) {
        setup = newer
        problem = nil
        let officers = newer.caseworkers.map(\.officer)
        if officer.map({ !officers.contains($0) }) ?? true {
            officer = officers.contains(context.actor.id) ? context.actor.id : officers.first
        }
        if officers.isEmpty { view = .team }
        clampRow()
        refreshForecast()
    }

    mutating func clampRow() {
        row = max(0, min(row, dayEntries.count - 1))
    }

    // MARK: Moving about

    mutating func go(to newDay: Day, keepingRow: Bool = true) {
        day = newDay
        buildIfNeeded(back: newDay)
        if !keepingRow { row = 0 }
        clampRow()
    }

    /// The same time on another day where there is a slot at it; else the first slot.
    mutating func moveDay(by days: Int) {
        let time = selected?.slot.start.minute
        go(to: day.adding(days: days))
        if let time, let same = dayEntries.firstIndex(where: { $0.slot.start.minute >= time }) { row = same }
        clampRow()
    }

    mutating func perform(_ action: Action, key: Key) -> ScreenOutcome {
        switch action {
        case .previousDay: moveDay(by: -1)
        case .nextDay: moveDay(by: 1)
        case .up: row = max(0, row - 1)
        case .down: row = min(max(0, dayEntries.count - 1), row + 1)
        case .previousWeek: moveDay(by: -7)
        case .nextWeek: moveDay(by: 7)
        case .today: go(to: now.day, keepingRow: false)
        case .goTo:
            overlays.open(Form(.goTo, title: "Go to a date", fields: [
                FormField("Date", .date(DateField(day: day, today: context.today, required: true)), required: true),
            ]))
        case .otherOfficer: picker = DiaryPicker.officers(self)
        case .toggleView:
            view = view == .week ? .team : .week
            row = 0
            return .message(view == .week ? "Week of \(context.name(of: officer))" : "The team's day")
        case .forecast: showsForecast.toggle()
        case .open:
            guard let booking = selectedBooking else { return .handled }
            return .openCase(ref: booking.ref, tab: nil)
        case .book: return offerCases()
        case .placeMove: return placeMove()
        case .stopMoving:
            moving = nil
            return .message("Move cancelled")
        case .move:
            guard let booking = selectedBooking else { return .handled }
            moving = booking
            return .message("Moving \(booking.ref)'s \(booking.appointment.kind.label.lowercased()): choose a free slot, Enter to move it there, Esc to stop")
        case .cancel:
            guard let booking = selectedBooking else { return .handled }
            overlays.open(Form(.cancel(ref: booking.ref, appointment: booking.appointment.id),
                               title: "Cancel \(booking.ref)'s \(booking.appointment.kind.label.lowercased())", fields: [
                FormField("Reason", .text(TextField("", maxLength: 500)), required: true),
            ]))
        case .attended, .missed: return recordOutcome(attended: action == .attended)
        case .interpreter: return arrange(interpreter: true)
        case .thirdParty: return arrange(interpreter: false)
        case .thirdPartyArranged: return arrangeThirdParty()
        case .edit: picker = DiaryPicker.patterns(self)
        }
        return .handled
    }

    mutating func take(_ handOver: HandOver) -> ScreenOutcome {
        switch handOver {
        case .bookSlot(let ref):
            buildIfNeeded()
            guard setup != nil else {
                picker = .waitingFor(ref)
                return .handled
            }
            return offerSlots(for: ref)
        }
    }
}
