import CaseworkCore
import Testing
@testable import CaseworkUI

@Suite struct DemandChartTests {
    @Test(arguments: [
        (0.0, 10.0, 5, "     "), (10.0, 10.0, 5, "█████"), (5.0, 10.0, 5, "██▌  "), (1.0, 10.0, 5, "▌    "),
        (0.1, 10.0, 5, "     "), (20.0, 10.0, 5, "█████"), (3.3, 10.0, 4, "█▍  "),
    ])
    func barsInEighths(value: Double, scale: Double, width: Int, expected: String) {
        #expect(DemandChart.bar(value, scale: scale, width: width) == expected)
    }

    @Test func marksTheSlotsOnEachWeeksBar() {
        var setup = DiarySetup(caseworkers: [CaseworkerDiary(officer: "amara", week: [Weekday.monday, .tuesday, .wednesday].map {
            PatternSlot(weekday: $0, start: 600, minutes: 60, location: "Room 1")
        })])
        setup.settings.presentationsPerWeek = 5
        let now = LocalTime(iso: "2026-12-07T08:00")!
        let forecast = DiaryForecast(summaries: [], calendar: SlotCalendar(setup: setup), book: DiaryBook(), now: now, weeks: 2)
        let lines = DemandChart.lines(forecast, width: 60)
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { DisplayWidth.of($0.text) <= 60 })
        #expect(lines[0].text.hasPrefix("Demand against capacity"))
        // 5 presented, 3 slots: 2 left at the first week's end, 4 at the second's; the scale is the largest, 4.
        #expect(lines[1].text == "W50   ████████████▌      │            2      3  1.67      +2")
        #expect(lines[2].text == "W51   ███████████████████┃█████       4      3  1.67      +2")
        #expect(lines[1].style == .green)
        #expect(lines[2].style == .red)
        #expect(lines[3].text == "Presenting 5 a week (manager's figure), missed 0%; backlog…")
        #expect(DemandChart.lines(forecast, width: 90)[3].text
                == "Presenting 5 a week (manager's figure), missed 0%; backlog over slots from W51")
    }
}
