import Testing
import CaseworkCore
@testable import CaseworkUI

/// The case screen as a triage officer works it first thing (issue 14): asking for every document at once, contacts
/// logged after the fact with a follow-up, a timeline that says what happened, notes that wrap as they read, assigning
/// with caseloads, the refuge override, and one limit for names.
@Suite struct CaseScreenMorningTests {
    typealias Fixtures = CaseScreenFixtures
    static let today = Fixtures.today

    static func text(_ screen: CaseScreen, width: Int = 80, height: Int = 24) -> String {
        Fixtures.framed(screen, width: width, height: height).lines.joined(separator: "\n")
    }

    @Test func everyOutstandingDocumentIsAskedForByOneDate() {
        var screen = Fixtures.screen()
        Fixtures.press("3", on: &screen)
        #expect(Self.text(screen).split(separator: "\n").last?.contains("RRequest all") == true)
        Fixtures.press("R", on: &screen)
        #expect(Self.text(screen).contains("Bank statements (2 months)"))
        let outstanding = screen.record.documents.filter { !$0.provided }.map(\.kind)
        #expect(Fixtures.press("+7<Enter>", on: &screen).last == .perform(.requestDocuments(kinds: outstanding, dueOn: Self.today.adding(days: 7))))
    }

    @Test func aContactLoggedAfterTheFactWithWhomAndAFollowUp() {
        var screen = Fixtures.screen()
        let outcomes = Fixtures.press("4c<Tab><Right><Tab>Will wait a month<Tab>Mrs Barrow<Tab><C-u>yesterday 15:30<Tab>+3", on: &screen)
        #expect(Self.text(screen, width: 160, height: 48).contains("A reminder alerts on Sun 29 Nov 2026"))
        #expect(Fixtures.press("<C-s>", on: &screen).last == .perform(.contact(ContactLog(
            channel: .call, party: .landlord, text: "Will wait a month",
            happenedAt: Timestamp(day: Self.today.adding(days: -1), secondOfDay: 15 * 3600 + 30 * 60), person: "Mrs Barrow",
            followUpOn: Self.today.adding(days: 3)))))
        #expect(!outcomes.isEmpty)
    }

    @Test(arguments: [("<C-u>tomorrow 10:00", "is in the future"), ("<C-u>10 o'clock", "give a time (14:30)"),
                      ("<C-u>1/1/2020 10:00", "is before the application"), ("<Tab>-1", "comes after the contact")])
    func aContactThatCannotHaveHappenedSoIsRefusedBesideTheField(keys: String, problem: String) {
        var screen = Fixtures.screen()
        Fixtures.press("4c<Tab><Tab>Rang<Tab><Tab>" + keys + "<C-s>", on: &screen)
        #expect(screen.form != nil && Self.text(screen, width: 160, height: 48).contains(problem))
    }

    @Test func theTimelineSaysWhatHappenedAndWithWhom() {
        var record = Fixtures.persona("Hafiz")
        record.timeline.append(ContactEvent(id: record.nextTimelineId, at: Timestamp(day: Self.today, secondOfDay: 9 * 3600),
                                            by: "priya", channel: .system, party: .internalNote, text: "Triage outcome: Advice only",
                                            summary: "Triage outcome: advice only"))
        record.timeline.append(ContactEvent(id: record.nextTimelineId, at: Timestamp(day: Self.today.adding(days: -1), secondOfDay: 15 * 3600),
                                            by: "priya", channel: .call, party: .landlord, text: "Will wait a month", person: "Mrs Barrow",
                                            followUpOn: Self.today.adding(days: 3), loggedAt: Timestamp(day: Self.today, secondOfDay: 9 * 3600 + 60)))
        var screen = CaseScreen(record: record, context: Fixtures.context())
        Fixtures.press("4", on: &screen)
        let rows = screen.timeline.rows.cells
        #expect(rows.map { $0[1] } == ["Triage outcome: advice only", "Call with landlord", "Visit with applicant", "Call with landlord",
                                      "Call with applicant", "Application received"])
        Fixtures.press("j", on: &screen)
        let reader = Self.text(screen)
        #expect(reader.contains("Call with landlord (Mrs Barrow) · Priya Shah") && reader.contains("Logged 26 Nov 2026 at 09:01")
                && reader.contains("Follow up on Sun 29 Nov 2026"), "\(reader)")
    }

    /// "Please leave the keys" breaks after "leave", never inside it, in the note being typed.
    @Test func aNoteBeingTypedWrapsAtWordBoundaries() {
        var buffer = Buffer(width: 10, height: 3)
        TextArea("please leave the keys").render(into: &buffer, area: buffer.area, focused: false)
        #expect(buffer.lines == ["please    ", "leave the ", "keys      "])
        var wide = Buffer(width: 8, height: 3)
        TextArea("王秀英王秀英 x").render(into: &wide, area: wide.area, focused: false)
        #expect(wide.lines[0] == "王秀英王", "by display width: a word wider than the line is cut by columns")
    }

    @Test func assigningShowsEachOfficersTeamAndCaseloadAndWarnsAcrossTeams() {
        var screen = Fixtures.screen("Asante")
        Fixtures.press("8a", on: &screen)
        let text = Self.text(screen, width: 160, height: 48)
        #expect(text.contains("Amara Okafor · Council caseworker · 3 open cases"), "\(text)")
        let siobhan = DemoStaff.directory.members.firstIndex { $0.id == "siobhan" }!, amara = DemoStaff.directory.members.firstIndex { $0.id == "amara" }!
        Fixtures.press("<Home>" + String(repeating: "j", count: amara), on: &screen)
        #expect(Self.text(screen, width: 160, height: 48).contains("Amara Okafor is in the council caseworker team; the rules suggest the young people's service"))
        Fixtures.press("<Home>" + String(repeating: "j", count: siobhan), on: &screen)
        #expect(!Self.text(screen, width: 160, height: 48).contains("is in the"), "Siobhán is in the young people's team")
    }

    /// Until the abuse is recorded (and the case restricted), a refuge override's reason is read only by cleared staff.
    @Test func aRefugeOverridesReasonIsReadOnlyByClearedStaff() {
        var record = Fixtures.persona("Asante")
        record.route = RouteDecision(team: .refuge, suggested: .youngPeople, overrideReason: "Partner threatened her", decidedBy: "tomasz",
                                     decidedOn: Self.today)
        var triage = CaseScreen(record: record, context: Fixtures.context(user: "priya"))
        Fixtures.press("5", on: &triage)
        #expect(!Self.text(triage, width: 160, height: 48).contains("Partner threatened her"))
        #expect(Self.text(triage, width: 160, height: 48).contains("shown only to staff cleared for restricted cases"))
        var manager = CaseScreen(record: record, context: Fixtures.context(user: "helen"))
        Fixtures.press("5", on: &manager)
        #expect(Self.text(manager, width: 160, height: 48).contains("Partner threatened her"))
    }

    /// 100 characters, as on import: a longer name is said to be too long, never cut where the officer cannot see.
    @Test func oneLimitForNamesSaidAndNeverCut() {
        let long = String(repeating: "Abcdefghij", count: 12)
        var screen = Fixtures.screen()
        Fixtures.press("<Enter><C-u>" + long + "<Enter>", on: &screen)
        #expect(screen.facts.details.applicant.firstName == long, "all 120 characters kept")
        guard case .error(let text) = screen.handle(.control("s")) else { Issue.record("a name over the limit must not save"); return }
        #expect(text.contains("First name"))
        #expect(Self.text(screen, width: 160, height: 48).contains("is limited to 100 characters (this one has 120)"))
        var member = Fixtures.screen()
        Fixtures.press("a" + long + "<Enter>", on: &member)
        #expect(member.form?.fields[0].text == long && Self.text(member, width: 160, height: 48).contains("is limited to 100 characters"))
    }
}
