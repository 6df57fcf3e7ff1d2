import Testing
@testable import CaseworkCore

@Suite struct QuarterTests {
    @Test(arguments: [("2026Q3", "2026-07-01", "2026-09-30"), ("2026q1", "2026-01-01", "2026-03-31"),
                      ("2024Q1", "2024-01-01", "2024-03-31"), ("2018Q2", "2018-04-01", "2018-06-30"), ("2026Q4", "2026-10-01", "2026-12-31")])
    func readsAQuarter(text: String, first: String, last: String) throws {
        let quarter = try #require(Quarter(text))
        #expect(quarter.firstDay == day(first) && quarter.lastDay == day(last))
        #expect(quarter.contains(day(first)) && quarter.contains(day(last)) && !quarter.contains(day(last).adding(days: 1)))
    }

    @Test(arguments: ["2026Q5", "2026Q0", "2026Q", "26Q3", "2026-Q3", "2017Q4", "Q32026", "", "2026Q3 ", "２０２６Q3"])
    func refusesWhatIsNotOne(text: String) {
        #expect(Quarter(text) == nil)
    }

    @Test func stepsAcrossTheYear() {
        #expect(Quarter("2026Q4")!.next == Quarter("2027Q1")!)
        #expect(Quarter("2027Q1")!.previous == Quarter("2026Q4")!)
        #expect(Quarter(containing: day("2026-11-26")) == Quarter("2026Q4")!)
    }
}
