import Testing
import CaseworkCore
@testable import CaseworkUI

/// The Documents and Timeline lists: filtering as you type, and keeping the officer's place across a reload.
@Suite struct CaseScreenListTests {
    typealias Fixtures = CaseScreenFixtures

    @Test func theTimelineFilterTakesDigitsAndTabStillSwitches() {
        var screen = Fixtures.screen()
        Fixtures.press("4/19", on: &screen)
        #expect(screen.tab == .timeline, "digits go to the filter line, not to the tabs")
        #expect(screen.timeline.filterText == "19" && screen.timeline.visibleRows.count == 1)
        #expect(screen.position == "Timeline · 1 of 1 (filtered from 4)", "three entries and the application's arrival")
        Fixtures.press("<Tab>", on: &screen)
        #expect(screen.tab == .route)
        Fixtures.press("<S-Tab><BS><BS><Esc>", on: &screen)
        #expect(screen.timeline.filterText.isEmpty)
        #expect(screen.handle(.escape) == .back)
    }

    @Test func theTimelineListsNewestFirstAndShowsTheWholeNote() {
        var screen = Fixtures.screen()
        Fixtures.press("4Gk", on: &screen)
        let text = Fixtures.framed(screen, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Called Hafid to confirm the form."))
        #expect(text.contains("month in advance."), "the reader wraps the whole note")
        let times = TimelinePane.entries(screen.record).map(\.at)
        #expect(times == times.sorted(by: >))
        #expect(screen.timeline.rows.cells.first?.first == "23 Nov 11:10", "this year's dates without the year")
        #expect(screen.timeline.rows.cells.last?[1] == "Application received", "the application's arrival comes first in time")
    }

    @Test func aReloadKeepsTheSelectedTimelineEntry() {
        var screen = Fixtures.screen()
        Fixtures.press("4j", on: &screen)
        let selected = try! #require(TimelinePane.selectedEvent(screen.timeline, record: screen.record))
        var newer = screen.record
        newer.revision += 1
        newer.timeline.append(ContactEvent(id: newer.nextTimelineId, at: Timestamp(day: Fixtures.today, secondOfDay: 40_000),
                                           by: "priya", channel: .note, party: .internalNote, text: "New note"))
        screen.reload(newer, keepEdits: false)
        #expect(TimelinePane.selectedEvent(screen.timeline, record: newer) == selected)
        #expect(screen.timeline.selection == 2, "the new note is on top, so the same entry is one row lower")
    }

    @Test func documentsShowWhenAskedDueAndReceived() {
        var record = Fixtures.persona("Hafiz")
        record.documents[2].dueOn = Fixtures.today.adding(days: -1)
        let screen = CaseScreen(record: record, context: Fixtures.context())
        var copy = screen
        Fixtures.press("3", on: &copy)
        let text = Fixtures.framed(copy, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Bank statements (2 months)     overdue   17 Nov 2026 25 Nov 2026 -"))
        #expect(text.contains("5 of 6 provided · 1 still to come · next due 25 Nov 2026 (yesterday)"))
    }
}
