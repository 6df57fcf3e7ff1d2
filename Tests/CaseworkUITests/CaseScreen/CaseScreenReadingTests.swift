import Testing
import CaseworkCore
@testable import CaseworkUI

/// What the case screen says as an officer reads it: one way of writing dates, no bare negative day counts,
/// whole messages beside fields, and a document not un-ticked by one stray key.
@Suite struct CaseScreenReadingTests {
    typealias Fixtures = CaseScreenFixtures

    static func text(_ screen: CaseScreen, width: Int = 80, height: Int = 24) -> String {
        Fixtures.framed(screen, width: width, height: height).lines.joined(separator: "\n")
    }

    /// No "14/11/2026" or "2026-11-14" on any tab: every date reads "14 Nov 2026" (with the weekday where it helps).
    @Test(arguments: ["Hafiz", "Asante", "Warsame", "陈"])
    func everyTabWritesDatesOneWay(persona: String) throws {
        var screen = Fixtures.screen(persona, user: "helen")
        for tab in 1...8 {
            Fixtures.press("\(tab)", on: &screen)
            for (width, height) in [(80, 24), (160, 48)] {
                var scrolled = screen
                for _ in 0..<3 {
                    // The hint on how to type a date ("Dates: 2026-12-01, 1/12/2026, +14 or today") is the one exception.
                    let text = Self.text(scrolled, width: width, height: height).split(separator: "\n")
                        .filter { !$0.contains("Dates: ") }.joined(separator: "\n")
                    let numeric = try #/\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}/#.firstMatch(in: text).map { String($0.output) }
                    #expect(numeric == nil, "tab \(tab) at \(width): \(text)")
                    Fixtures.press("<PgDn>", on: &scrolled)
                }
            }
        }
    }

    /// No rules.json exists by default: the Priority tab says the weights are the defaults and how to change them.
    @Test func thePriorityTabSaysWhereTheWeightsComeFrom() {
        var screen = Fixtures.screen()
        Fixtures.press("7", on: &screen)
        #expect(Self.text(screen).contains("Default weights; a rules.json in the data directory can change them"))
        #expect(!Self.text(screen).contains("weights in rules.json"))
        var context = Fixtures.context()
        context.configuration.priority.homelessTonight += 20
        var tuned = CaseScreen(record: Fixtures.persona("Hafiz"), context: context)
        Fixtures.press("7", on: &tuned)
        #expect(Self.text(tuned).contains("Weights set by the rules.json in the data directory"))
    }

    /// A notice that expired with the household still there: the days until loss say the date passed.
    @Test func aPassedLossDateIsSaidNotShownAsANegativeNumber() throws {
        var record = Fixtures.persona("Hafiz")
        record.homelessNow = false
        record.lossDate = nil
        record.notice?.expiresOn = Fixtures.today.adding(days: -12)
        var screen = CaseScreen(record: record, context: Fixtures.context())
        Fixtures.press("2", on: &screen)
        for _ in 0..<4 { Fixtures.press("<PgDn>", on: &screen) }
        let text = Self.text(screen, width: 160, height: 48)
        #expect(text.contains("Days until loss none: the date passed 12 days ago"), "\(text)")
        #expect(try #/until loss\s+-\d/#.firstMatch(in: text) == nil)
    }

    /// "Route Intens" was the team cut short: a whole word at 80 columns, the team's full name when wide.
    @Test func theHeaderNamesTheTeamUncut() {
        var screen = Fixtures.screen("Asante")
        Fixtures.press("5o<Right><Tab>Support worker in the intensive team<Enter>", on: &screen)
        var routed = Fixtures.persona("Asante")
        routed.route = RouteDecision(team: .intensive, suggested: .youngPeople, overrideReason: "Support worker",
                                     decidedBy: "priya", decidedOn: Fixtures.today)
        // Unassigned, so the route has room beside the status and the officer, which never give way.
        routed.assignedOfficer = nil
        screen.reload(routed, keepEdits: false)
        #expect(Self.text(screen).contains("Route: Intensive (overridden)"))
        #expect(Self.text(screen, width: 160, height: 48).contains("Route: Intensive team (overridden)"))
    }

    /// At 80 columns a long name gives way first: never the status, the officer or the unsaved mark.
    @Test func aLongNameGivesWayBeforeTheStatusOfficerAndUnsavedMark() {
        var record = Fixtures.persona("Asante")
        record.applicant.firstName = "Oluwaseun Adebayo-Featherstonehaugh"
        record.applicant.lastName = "Montgomery-Ashworth"
        var screen = CaseScreen(record: record, context: Fixtures.context())
        Fixtures.press("jjjj<Enter><C-u>01923 123456<Enter>", on: &screen)
        let header = Self.text(screen).split(separator: "\n")[1]
        #expect(header.contains("Oluwaseun") && header.contains("…"), "\(header)")
        #expect(header.contains("· Received · Tomasz Kowalczyk") && header.hasSuffix("* unsaved"), "\(header)")
    }

    /// A form of one field (assigning an officer) does not offer Tab to a next field it does not have.
    @Test func aOneFieldFormOffersNoNextField() {
        var screen = Fixtures.screen("Asante")
        Fixtures.press("8a", on: &screen)
        let text = Self.text(screen)
        #expect(text.contains("Enter submits · Esc cancels") && !text.contains("TabNext"), "\(text)")
        Fixtures.press("<Esc>o<Up>", on: &screen)
        #expect(Self.text(screen).contains("Enter submits · Tab next field · Esc cancels"))
    }

    /// The member form names relationships as the household list does ("Child", not "child").
    @Test func theMemberFormWritesRelationshipsAsTheListDoes() {
        var screen = Fixtures.screen("Hafiz")
        Fixtures.press("a", on: &screen)
        #expect(Self.text(screen).contains("(•) Child"))
    }

    /// "✗ say how homelessness was prevented" fits beside the field rather than ending "was p…".
    @Test func aFieldsMessageIsShownWhole() {
        var screen = Fixtures.screen("Hafiz")
        Fixtures.press("8o<Up><Up><Enter>", on: &screen)
        let text = Self.text(screen)
        #expect(text.contains("✗ say how homelessness was prevented"), "\(text)")
    }

    /// Space or Enter on a provided document asks before marking it missing (which forgets the date it came in);
    /// on a missing one it acts at once.
    @Test func unTickingADocumentAsksFirst() {
        var screen = Fixtures.screen("Hafiz")
        #expect(Fixtures.press("3<Space>", on: &screen) == [.handled, .handled])
        #expect(screen.question != nil)
        #expect(Self.text(screen).contains("Mark Photo ID as not provided?"))
        #expect(Fixtures.press("<Enter>", on: &screen) == [.handled], "Keep is the default")
        #expect(screen.question == nil)
        #expect(Fixtures.press("<Enter><Right><Enter>", on: &screen).last == .perform(.setDocument(kind: .identity, provided: false)))
        #expect(Fixtures.press("jj<Enter>", on: &screen).last == .perform(.setDocument(kind: .bankStatements, provided: true)))
    }

    /// Logging a contact while reading the newest entry shows the one just logged; an older entry stays selected.
    @Test func theTimelineFollowsWhatWasJustLogged() {
        var screen = Fixtures.screen("Hafiz")
        Fixtures.press("4", on: &screen)
        var logged = Fixtures.persona("Hafiz")
        let at = Timestamp(day: Fixtures.today, secondOfDay: 11 * 3600)
        logged.timeline.append(ContactEvent(id: (logged.timeline.map(\.id).max() ?? 0) + 1, at: at, by: "priya",
                                            channel: .call, party: .landlord, text: "Landlord will wait a week"))
        screen.reload(logged, keepEdits: false)
        #expect(screen.timeline.selectedRow == 0)
        #expect(Self.text(screen).contains("Landlord will wait a week"))
        Fixtures.press("j", on: &screen)
        var again = logged
        let later = Timestamp(day: Fixtures.today, secondOfDay: 11 * 3600 + 60)
        again.timeline.append(ContactEvent(id: (again.timeline.map(\.id).max() ?? 0) + 1, at: later, by: "priya",
                                           channel: .email, party: .dwp, text: "Asked DWP for the award letter"))
        screen.reload(again, keepEdits: false)
        #expect(screen.timeline.selectedRow == 2, "the entry being read stays selected")
    }
}
