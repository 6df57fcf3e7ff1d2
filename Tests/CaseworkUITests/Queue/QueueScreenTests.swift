import CaseworkCore
@testable import CaseworkUI
import Testing

/// The queue's order, rows, filters and sorting, on the demo caseload and on generated ones.
@Suite struct QueueScreenTests {
    static let today = ConsoleFixture.today

    static func summaries(_ count: Int, seed: UInt64) -> [CaseSummary] {
        var generator = CaseGenerator(seed: seed, today: today, staff: DemoStaff.directory)
        return (0..<count).map { index in
            var record = generator.next()
            record.ref = "H-" + Day.pad(index + 1, 4)
            record.revision = 1
            return CaseSummary(record)
        }
    }

    /// More changes at once than the queue moves one by one.
    static let bulk = 100

    static func queue(_ summaries: [CaseSummary], as user: String = "priya") -> QueueScreen {
        var queue = QueueScreen(context: ConsoleFixture().context(as: user))
        queue.load(summaries)
        queue.layout(in: Rect(x: 0, y: 1, width: 160, height: 45))
        return queue
    }

    @Test func holdsOnlyCasesAwaitingTriageOrAppointmentInTheRulesOrder() {
        let summaries = Self.summaries(400, seed: 7)
        let queue = Self.queue(summaries)
        let context = ConsoleFixture().context(as: "priya")
        // A restricted case Priya is not cleared for is ranked on what may be shown of it, like every column.
        let expected = summaries.filter(QueueOrder.admits)
            .map { ListedCase($0, for: context.actor, today: Self.today, configuration: context.configuration).evaluation.queueKey }
            .sorted().map(\.ref)
        #expect(!expected.isEmpty && expected.count < summaries.count)
        #expect(queue.shownRefs == expected)
        #expect(queue.position == "1 of \(expected.count)")
    }

    /// Property: after any run of changes (a few at a time, or a bulk batch now and then, a case changed twice in
    /// one batch included), merging gives the same queue as loading the final caseload afresh.
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func mergingChangesMatchesAFreshLoad(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var current = Self.summaries(150, seed: seed)
        var queue = Self.queue(current)
        var generator = CaseGenerator(seed: seed &+ 100, today: Self.today, staff: DemoStaff.directory)
        for round in 0..<30 {
            var batch: [CaseSummary] = []
            let size = round % 10 == 9 ? QueueScreenTests.bulk : 1 + random.next(upTo: 4)
            for _ in 0..<size {
                let index = random.next(upTo: current.count)
                var record = generator.next()
                record.ref = current[index].ref
                record.revision = current[index].revision + 1
                current[index] = CaseSummary(record)
                batch.append(current[index])
            }
            queue.merge(batch)
        }
        #expect(queue.shownRefs == Self.queue(current).shownRefs)
    }

    @Test func restrictedRowsHideTheNameFromThoseNotEntitledEvenFromTheFilter() {
        let fixture = ConsoleFixture()
        let summaries = try! fixture.store.summaries().summaries
        let ayse = summaries.first { $0.firstName == "Ayşe" }!
        var queue = Self.queue(summaries, as: "tomasz")
        let row = queue.ordered.first { $0.ref == ayse.ref }!
        #expect(row.name == "Restricted" && row.withheld && row.team == .refuge, "whose case it is, never whose name")
        queue.setText("ayse")
        #expect(queue.shownRefs.isEmpty)
        queue.setText(ayse.ref.lowercased())
        #expect(queue.shownRefs == [ayse.ref], "found by its ref")
        queue.setText("")
        queue.sort(by: .name)
        let rows = queue.shownRefs.map { ref in queue.ordered.first { $0.ref == ref }! }
        let keys = rows.map { [String($0.familyName), String($0.givenName)] }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) }, "by the name shown, family name first: the order gives nothing away")

        let manager = Self.queue(summaries, as: "helen")
        #expect(manager.ordered.first { $0.ref == ayse.ref }!.name == "Ayşe Yılmaz")
    }

    @Test(arguments: [
        ([], 1, 0), ([(Relationship.partner, 30)], 2, 0), ([(.child, 3), (.child, 17)], 1, 2),
        ([(.child, 19), (.partner, 40), (.grandchild, 5)], 3, 1),
    ] as [([(Relationship, Int)], Int, Int)])
    func householdCountsAdultsAndChildren(members: [(Relationship, Int)], adults: Int, children: Int) {
        var summary = Self.summaries(1, seed: 1)[0]
        summary.members = members.map { .init(bornOn: Self.today.adding(days: -$0.1 * 366), relationship: $0.0, pregnant: false) }
        let row = QueueRow(summary, context: ConsoleFixture().context(as: "priya"))
        #expect(row.adults == adults && row.children == children)
    }

    @Test func aChildWithNoDateOfBirthCountsByRelationship() {
        var summary = Self.summaries(1, seed: 1)[0]
        summary.members = [.init(bornOn: nil, relationship: .child, pregnant: false), .init(bornOn: nil, relationship: .sibling, pregnant: false)]
        let row = QueueRow(summary, context: ConsoleFixture().context(as: "priya"))
        #expect(row.adults == 2 && row.children == 1)
    }

    @Test func sortingByLossPutsHomelessFirstThenTheSoonest() {
        var queue = Self.queue(Self.summaries(300, seed: 11))
        queue.sort(by: .loss)
        let rows = queue.shownRefs.map { ref in queue.ordered.first { $0.ref == ref }! }
        let keys = rows.map { $0.homeless ? Int.min : $0.daysUntilLoss ?? Int.max }
        #expect(keys == keys.sorted())
        #expect(rows.first?.homeless == true)
        queue.sort(by: .loss, ascending: false)
        let first = queue.ordered.first { $0.ref == queue.shownRefs.first }
        #expect(first.map { $0.homeless ? Int.min : $0.daysUntilLoss ?? Int.max } == keys.last, "the other end first (ties in any order)")
    }

    /// A column's text as a number, where it is one: the arrow must match the order these run in down the list.
    /// A blank cell is a value withheld from this officer (a restricted case), which says nothing to sort by.
    static func shownValue(_ text: String, in column: QueueColumn) -> Double? {
        if text.isEmpty, column != .mark { return nil }
        switch column {
        case .mark: return ["": 0, "G": 1, "A": 2, "R": 3][text]
        case .ref: return Double(text.dropFirst(2))
        case .household: return text.split(separator: " ").compactMap { Double($0.dropLast()) }.reduce(0, +)
        case .loss: return ["now": -1e9, "past": -1, "-": 1e9][text] ?? Double(text)
        case .notice: return ["-": 0, "Invalid": 1, "Valid": 2, "Check": 3][text]
        case .documents:
            let parts = text.split(separator: "/").compactMap { Double($0) }
            return text == "-" ? 2 : parts.count == 2 ? parts[0] / parts[1] : nil
        case .waiting, .score: return Double(text)
        default: return nil
        }
    }

    @Test(arguments: [QueueColumn.mark, .ref, .household, .loss, .notice, .documents, .waiting, .score])
    func theArrowMatchesTheOrderShownInEveryDirection(column: QueueColumn) {
        var queue = Self.queue(Self.summaries(300, seed: 13))
        let rows = QueueRows(queue.ordered, officerNames: [:])
        for ascending in [true, false] {
            queue.sort(by: column, ascending: ascending)
            let texts = queue.shownRefs.map { ref in rows.text(row: queue.ordered.firstIndex { $0.ref == ref }!, column: column.rawValue) }
            let values = texts.compactMap { Self.shownValue($0, in: column) }
            #expect(values.count > texts.count / 2 && Set(values).count > 1)
            #expect(values == (ascending ? values.sorted() : values.sorted(by: >)), "\(column) ascending \(ascending): \(texts.prefix(12))")
            guard queue.sortColumn == column else { continue }
            var buffer = Buffer(width: 160, height: 4)
            queue.render(into: &buffer, area: buffer.area)
            let title = column == .mark ? "" : column.title
            #expect(buffer.lines[1].contains(title + (ascending ? "▲" : "▼")), "\(buffer.lines[1])")
            #expect(buffer.lines[0].hasSuffix(ascending ? "▲" : "▼"))
        }
        queue.sort(by: column)
        #expect(queue.sortColumn.map { _ in queue.sortDescription.hasSuffix(column.sortsDescendingFirst ? "▼" : "▲") } ?? true)
    }

    @Test func filtersCombineAndEscClearsTextThenFilters() {
        var queue = Self.queue(Self.summaries(300, seed: 3))
        queue.setFilter(QueueFilter(team: .council, status: .triage))
        let shown = queue.shownRefs.map { ref in queue.ordered.first { $0.ref == ref }! }
        #expect(!shown.isEmpty && shown.allSatisfy { $0.team == .council && $0.status == .triage })
        queue.setText("zzzz-no-such")
        #expect(queue.shownRefs.isEmpty)
        #expect(queue.handle(.escape) == .handled)
        #expect(queue.filterText.isEmpty && queue.shownRefs.count == shown.count)
        #expect(queue.handle(.escape) == .message("Filters cleared: every case in the queue"))
        #expect(queue.filter.isEmpty)
        #expect(queue.handle(.escape) == .ignored)
    }

    @Test(arguments: [80, 100, 120, 160])
    func columnsAt80AreTheBriefsAndWiderAddMore(width: Int) {
        let layout = TableColumn.layout(QueueColumn.tableColumns(refWidth: 6), in: width).map { QueueColumn(rawValue: $0.index)! }
        let base: [QueueColumn] = [.mark, .ref, .name, .household, .loss, .notice, .route, .documents, .waiting, .officer]
        #expect(Array(layout.prefix(base.count)) == base)
        #expect(width > 80 || layout.count == base.count)
        #expect(width < 160 || layout.count == QueueColumn.allCases.count)
    }

    @Test func aLongRefWidensItsColumnRatherThanBeingCut() {
        var summaries = Self.summaries(30, seed: 5)
        summaries[0].ref = "H-100000"
        summaries[0].status = .received
        summaries[0].triageOutcome = nil
        summaries[0].findings.eligible = nil
        var queue = Self.queue(summaries)
        queue.layout(in: Rect(x: 0, y: 1, width: 80, height: 20))
        queue.select(ref: "H-100000")
        var buffer = Buffer(width: 80, height: 24)
        queue.render(into: &buffer, area: Rect(x: 0, y: 1, width: 80, height: 20))
        #expect(buffer.lines.contains { $0.contains(" H-100000 ") })
        #expect(!buffer.lines.joined().contains("H-1000…"))
    }

    /// The Loss column never shows a negative number: a loss date gone by with the household still there is "past".
    @Test func lossReadsNowPastOrDaysNeverNegative() {
        let summaries = Self.summaries(400, seed: 17)
        let queue = Self.queue(summaries)
        let rows = QueueRows(queue.ordered, officerNames: [:])
        let loss = QueueColumn.loss.rawValue
        let texts = (0..<rows.count).map { rows.text(row: $0, column: loss) }
        #expect(texts.allSatisfy { $0 == "now" || $0 == "past" || $0 == "-" || $0 == "" || Int($0).map { $0 >= 0 } == true })
        let gone = queue.ordered.indices.filter { !queue.ordered[$0].homeless && (queue.ordered[$0].daysUntilLoss ?? 0) < 0 }
        #expect(!gone.isEmpty && gone.allSatisfy { texts[$0] == "past" })
    }

    @Test func routesReadAsWholeWords() {
        let rows = QueueRows(Self.queue(Self.summaries(300, seed: 2)).ordered, officerNames: [:])
        let routes = Set((0..<rows.count).map { rows.text(row: $0, column: QueueColumn.route.rawValue) })
        // Blank: withheld from an officer not cleared for a restricted case.
        #expect(routes.isSubset(of: ["Refuge", "Young", "Intensive", "Council", "Refuge?", "Young?", "Intensive?", "Council?", ""]))
        #expect(routes.contains { $0.hasPrefix("Intensive") })
    }

    /// Names too long for the column shorten so that officers stay told apart: "Caseworker 12" is not "Caseworker…".
    @Test func longOfficerNamesShortenToSomethingDistinct() {
        let members = [StaffMember(id: "tomasz", name: "Tomasz Kowalczyk", role: .triageOfficer),
                       StaffMember(id: "amara", name: "Amara Okafor", role: .caseworker)]
            + (1...120).map { StaffMember(id: "cw\($0)", name: "Caseworker \($0)", role: .caseworker) }
        let names = QueueScreen.officerNames(StaffDirectory(members: members))
        #expect(names["tomasz"] == "Tomasz K." && names["amara"] == "Amara Okafor")
        #expect(names["cw12"] == "C. 12" && names["cw5"] == "Caseworker 5")
        let caseworkers = (1...120).map { names["cw\($0)"]! }
        #expect(Set(caseworkers).count == caseworkers.count)
        #expect(caseworkers.allSatisfy { DisplayWidth.of($0) <= QueueColumn.officer.width })
    }

    /// A filter that drops the selected case starts at the top of the new list, and the list fills the screen.
    @Test func aNewFilterThatDropsTheSelectedCaseStartsAtTheTop() {
        var queue = Self.queue(Self.summaries(1500, seed: 9))
        queue.layout(in: Rect(x: 0, y: 1, width: 80, height: 20))
        _ = queue.handle(.character("G"))
        let last = queue.ordered.last!
        let other = queue.ordered.first { $0.team != last.team }!.team
        queue.setFilter(QueueFilter(team: other))
        #expect(queue.position.hasPrefix("1 of "))
        var buffer = Buffer(width: 80, height: 24)
        queue.render(into: &buffer, area: Rect(x: 0, y: 1, width: 80, height: 20))
        #expect(queue.shownRefs.count > 18 && buffer.lines[20].contains("H-"))
    }

    /// The summary of a long filter is never cut for the sort order: the order gives way.
    @Test func theFilterSummaryComesBeforeTheOrder() {
        var queue = Self.queue(Self.summaries(300, seed: 3), as: "amara")
        queue.setFilter(QueueFilter(status: .triage, officer: .assigned("amara")))
        var buffer = Buffer(width: 80, height: 24)
        queue.render(into: &buffer, area: Rect(x: 0, y: 1, width: 80, height: 22))
        #expect(buffer.lines[1].contains("officer Amara Okafor (mine)"))
        #expect(!buffer.lines[1].contains("…"))
    }
}
