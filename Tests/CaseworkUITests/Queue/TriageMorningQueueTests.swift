import CaseworkCore
@testable import CaseworkUI
import Testing

/// The queue as a triage officer works it first thing: restricted cases in their place but never under the cursor
/// unasked, names in family-name order, and a `:` line that remembers and completes.
@Suite struct TriageMorningQueueTests {
    @Test func theCursorStartsOnACaseTheOfficerMayOpen() {
        let session = ConsoleFixture().session()
        let queue = session.app.queue
        let selected = queue.ordered.first { $0.ref == queue.selectedRef }!
        #expect(!selected.withheld)
        #expect(queue.ordered.contains { $0.withheld }, "the demo queue holds restricted cases priya may not open")
    }

    @Test func aRestrictedRowSaysWhoseCaseItIs() {
        let session = ConsoleFixture().session()
        let withheld = session.app.queue.ordered.filter(\.withheld)
        #expect(!withheld.isEmpty && withheld.allSatisfy { $0.name == "Restricted" && $0.team == .refuge })
        let line = session.screenText.split(separator: "\n").first { $0.contains(withheld[0].ref) }!
        #expect(line.contains("Restricted") && line.contains("Refuge") && line.contains("Ruth Adeyemi"), "\(line)")
    }

    @Test func enterOnARestrictedRowAsksBeforeAnOpenThatIsRefusedAndRecorded() {
        let fixture = ConsoleFixture()
        var session = fixture.session()
        let ref = session.app.queue.ordered.first(where: \.withheld)!.ref
        let place = session.app.queue.shownRefs.firstIndex(of: ref)!
        session.type("g" + String(repeating: "j", count: place) + "<Enter>")
        #expect(session.screenText.contains("Restricted case \(ref)") && session.screenText.contains("recorded in the audit journal"))
        session.type("<Enter>")
        #expect(session.app.openCase == nil && fixture.store.viewAudit.isEmpty, "Cancel is the default: nothing tried, nothing recorded")
        session.type("<Enter>t")
        #expect(session.app.status.hasError && fixture.store.viewAudit.map(\.ref) == [ref], "tried anyway: refused and recorded")
    }

    @Test func sortingByNameIsByFamilyNameAndTheHeaderSaysSo() {
        var session = ConsoleFixture().session(width: 100, height: 30)
        session.type(":sort name<Enter>")
        let rows = session.app.queue.shownRefs.map { ref in session.app.queue.ordered.first { $0.ref == ref }! }.filter { !$0.withheld }
        let families = rows.map { String($0.familyName) }
        #expect(families == families.sorted() && families.first == "Abdullahi", "\(families)")
        #expect(session.screenText.contains("Name, by family▲") && session.screenText.contains("sorted by family name, then given name"))
        session.type(":sort<Enter>")
        #expect(!session.screenText.contains("by family"))
    }

    @Test func theColonLineRemembersCommandsUpAndDown() {
        var session = ConsoleFixture().session()
        session.type(":route council<Enter>:mine<Enter>:sta")
        session.type("<Up>")
        #expect(session.app.command?.text == "mine")
        session.type("<Up><Up>")
        #expect(session.app.command?.text == "route council", "and stops at the oldest")
        session.type("<Down><Down>")
        #expect(session.app.command?.text == "sta", "past the newest: back to what was being typed")
        session.type("<Esc>:<Up><Enter>")
        #expect(session.app.queue.filter.officer == nil, ":mine run again from the history turns it off")
    }

    @Test(arguments: [(":ro<Tab>", "route "), (":route re<Tab>", "route refuge "), (":status app<Tab>", "status appointment-booked "),
                      (":officer tom<Tab>", "officer tomasz "), (":sort fam<Tab>", "sort fam"), (":sort -da<Tab>", "sort -days "),
                      (":officer <Tab>", "officer ")])
    func tabCompletesCommandsColumnsOfficersAndRoutes(keys: String, line: String) {
        var session = ConsoleFixture().session()
        session.type(keys)
        #expect(session.app.command?.text == line)
    }

    @Test func severalMatchesAreNamedOnTheStatusLine() {
        var session = ConsoleFixture().session()
        session.type(":s<Tab>")
        #expect(session.app.command?.text == "s")
        #expect(session.app.status.message == "status · sort")
        session.type("<Esc>:sort d<Tab>")
        #expect(session.app.command?.text == "sort d" && session.app.status.message == "docs · days · duty")
    }
}
