import Testing
import CaseworkCore
@testable import CaseworkUI

/// Editing the facts in place: checked as typed, saved together, kept in a draft, kept or dropped on reload.
@Suite struct CaseScreenFactsTests {
    typealias Fixtures = CaseScreenFixtures

    static func text(_ screen: CaseScreen, width: Int = 80, height: Int = 24) -> String {
        Fixtures.framed(screen, width: width, height: height).lines.joined(separator: "\n")
    }

    static func problem(_ screen: CaseScreen, _ fact: Fact) -> String? {
        screen.facts.problems(today: Fixtures.today).first { $0.fact == fact }?.message
    }

    @Test(arguments: [
        ("jj<Enter><C-u>31/02/1990", Fact.dateOfBirth, "February 1990 has no day 31: it has 28 days"),
        ("jj<Enter><C-u>1/13/1990", .dateOfBirth, "there is no month 13: months run 1 to 12"),
        ("jj<Enter><C-u>+3", .dateOfBirth, "is in the future"),
        ("jjjj<Enter><C-u>12345", .phone, "must start with 0 or +44"),
        ("jjjj<Enter><C-u>+33 1 23 45 67 89", .phone, "must be a UK number (+44 …)"),
        ("jjjjj<Enter><C-u>hafid@", .email, "needs a domain like example.org after the @"),
        ("jjjjj<Enter><C-u>hafid example.org", .email, "must not contain spaces"),
        ("<Enter><C-u>", .firstName, "is required"),
        ("j<Enter><C-u>   ", .lastName, "is required"),
        ("2jjj<Enter><C-u>WD18", .postcode, "is not a UK postcode"),
        ("2jjjjjj<Enter><C-u>9999", .landlordPhone, "must start with 0 or +44"),
        ("2jjjjjjjjjjjj<Enter><C-u>+2", .noticeServed, "is in the future"),
    ])
    func theMessageAppearsBesideTheFieldAsYouType(keys: String, fact: Fact, message: String) {
        var screen = Fixtures.screen()
        Fixtures.press(keys, on: &screen)
        #expect(screen.facts.editing?.fact == fact, "still editing: the check runs on every keystroke")
        #expect(Self.problem(screen, fact)?.hasSuffix(message) == true, "\(String(describing: Self.problem(screen, fact)))")
        #expect(Self.text(screen).contains("✗ " + fact.label + ": "), "the full message is on the line under the pane")
    }

    @Test func fixingTheEntryClearsTheMessage() {
        var screen = Fixtures.screen()
        Fixtures.press("jj<Enter><C-u>31/02/1990", on: &screen)
        #expect(Self.problem(screen, .dateOfBirth) != nil)
        Fixtures.press("<C-u>28/2/1990<Enter>", on: &screen)
        #expect(Self.problem(screen, .dateOfBirth) == nil)
        #expect(screen.editedDetails?.applicant.dateOfBirth == Day(iso: "1990-02-28"))
        #expect(Self.text(screen).contains("28 Feb 1990"))
    }

    @Test func escPutsBackWhatWasThereAndLeavesNoEdit() {
        var screen = Fixtures.screen()
        #expect(!screen.hasUnsavedEdits && screen.editedDetails == nil)
        Fixtures.press("jjjj<Enter><C-u>01923", on: &screen)
        #expect(screen.hasUnsavedEdits && screen.editedDetails?.applicant.phone == "01923")
        Fixtures.press("<Esc>", on: &screen)
        #expect(!screen.hasUnsavedEdits && screen.editedDetails == nil)
        #expect(screen.facts.editing == nil)
    }

    @Test func insideAFieldLettersAndDigitsAreText() {
        var screen = Fixtures.screen()
        let outcomes = Fixtures.press("jjjjj<Enter><End>qjk12<Tab>", on: &screen)
        #expect(outcomes.allSatisfy { $0 == .handled })
        #expect(screen.tab == .household)
        #expect(screen.editedDetails?.applicant.email == "hafid.hafiz@example.orgqjk12")
        #expect(screen.selectedFact == .correspondenceAddress && screen.facts.editing == nil,
                "Tab keeps the entry and moves on; a fact with a form of its own waits for Enter")
    }

    @Test func globalKeysPassToTheAppOutsideAField() {
        var screen = Fixtures.screen()
        for key: Key in [.character("q"), .character("?"), .function(1), .function(10), .control("l"), .resize] {
            #expect(screen.handle(key) == .ignored, "\(key)")
        }
        Fixtures.press("<Enter>", on: &screen)
        #expect(screen.handle(.function(2)) == .ignored, "an F-key still reaches the App while typing")
        #expect(screen.handle(.character("q")) == .handled)
    }

    @Test(arguments: [("<Tab>", CaseTab.home), ("<S-Tab>", .plan), ("<S-Tab><S-Tab>", .triage), ("3", .documents),
                      ("9<Tab>", .household), ("46", .duty), ("9", .plan), ("0", .household)])
    func tabsSwitchWithTabAndNumbers(keys: String, tab: CaseTab) {
        var screen = Fixtures.screen()
        Fixtures.press(keys, on: &screen)
        #expect(screen.tab == tab)
        #expect(screen.position.hasPrefix(tab.title))
    }

    @Test func escWithNothingOpenGoesBack() {
        var screen = Fixtures.screen()
        #expect(screen.handle(.escape) == .back)
    }

    /// Esc with unsaved edits still means back: the frame asks about them (see ConsoleAppKeyTests), the screen keeps them.
    @Test func escWithUnsavedEditsGoesBackKeepingThemForTheFrameToAsk() {
        var screen = Fixtures.screen()
        Fixtures.press("jjjj<Enter><C-u>01923 123456<Enter>", on: &screen)
        #expect(screen.handle(.escape) == .back && screen.question == nil)
        #expect(screen.unsavedWork.items == ["unsaved changes to case H-0001"] && screen.unsavedWork.canSave)
        guard case .perform(.saveDetails(let details)) = screen.saveUnsaved() else {
            Issue.record("Save should save")
            return
        }
        #expect(details.applicant.phone == "01923 123456")
        screen.discardUnsaved()
        #expect(!screen.hasUnsavedEdits)
    }

    @Test func ctrlSWithNothingChangedSaysSo() {
        var screen = Fixtures.screen()
        #expect(screen.handle(.control("s")) == .unavailable("Nothing to save on H-0001"))
    }

    @Test func aDraftIsOfferedBackWithItsEdits() {
        var screen = Fixtures.screen()
        Fixtures.press("jjjj<Enter><C-u>01923 123456<Enter>2jjjjjjjjj<Space>", on: &screen)
        let draft = try! #require(screen.editedDetails)
        #expect(draft.homelessNow && draft.applicant.phone == "01923 123456")
        var restored = Fixtures.screen()
        restored.restore(draft: draft)
        #expect(restored.hasUnsavedEdits && restored.editedDetails == draft)
        #expect(Self.text(restored).contains("01923 123456") && Self.text(restored).contains("* unsaved"))
        #expect(restored.sheet.report.rules.homeless, "the rules run on the restored facts")
        #expect(Fixtures.press("<C-s>", on: &restored).last == .perform(.saveDetails(draft)))
    }

    /// The Hafiz case with the phone changed and not saved, and the same case saved once more by someone.
    static func editedPhone(_ change: (inout Case) -> Void) -> (screen: CaseScreen, newer: Case) {
        var screen = Fixtures.screen()
        Fixtures.press("jjjj<Enter><C-u>01923 123456<Enter>", on: &screen)
        var newer = Fixtures.persona("Hafiz")
        newer.revision = 2
        change(&newer)
        return (screen, newer)
    }

    @Test func reloadKeepingEditsPutsThemOnTopOfTheNewerRecord() {
        var (screen, newer) = Self.editedPhone { newer in
            newer.applicant.email = "h.hafiz@example.org"
            newer.applicant.phone = "07700 900999"
        }
        newer.timeline.append(ContactEvent(id: 99, at: Timestamp(day: Fixtures.today, secondOfDay: 36_000), by: "amara",
                                           channel: .call, party: .applicant, text: "Rang back"))
        screen.reload(newer, keepEdits: true)
        #expect(screen.record.revision == 2)
        #expect(screen.editedDetails?.applicant.phone == "01923 123456", "the officer's change stays")
        #expect(screen.editedDetails?.applicant.email == "h.hafiz@example.org", "someone else's change to another fact arrives")
        #expect(screen.timeline.rows.count == 5, "four entries and the application's arrival")
    }

    @Test func reloadDroppingEditsShowsTheNewerRecord() {
        var (screen, saved) = Self.editedPhone { $0.applicant.phone = "01923 123456" }
        screen.reload(saved, keepEdits: false)
        #expect(!screen.hasUnsavedEdits)
        #expect(screen.record.applicant.phone == "01923 123456")
        var again = Self.editedPhone { _ in }.screen
        again.reload(saved, keepEdits: true)
        #expect(!again.hasUnsavedEdits, "an edit the newer record already holds is no longer an edit")
    }

    @Test func theNoticeCheckIsLiveWhileTheExpiryIsTyped() {
        var screen = Fixtures.screen()
        Fixtures.press("2", on: &screen)
        #expect(screen.sheet.report.rules.notice.verdict == .valid)
        Fixtures.press("jjjjjjjjjjjjj<Enter><C-u>+1", on: &screen)
        #expect(screen.facts.editing?.fact == .noticeExpires)
        #expect(screen.sheet.report.rules.notice.verdict == .invalid)
        #expect(Self.text(screen).contains("Notice Invalid"))
        #expect(Self.text(screen, width: 160, height: 48).contains("expires on 27 Nov 2026"), "every reason is shown beside it when wide")
        Fixtures.press("<Esc>", on: &screen)
        #expect(screen.sheet.report.rules.notice.verdict == .valid)
    }

    @Test func aLandlordCheckSetToNoMakesASection21Invalid() {
        var screen = Fixtures.screen("Warsame")
        Fixtures.press("2Gkk", on: &screen)
        #expect(screen.selectedFact == .check(LandlordCheck.licensedIfRequired.rawValue))
        Fixtures.press("n", on: &screen)
        #expect(screen.editedDetails?.notice?.checks.licensedIfRequired == false)
        #expect(screen.sheet.report.rules.notice.verdict == .invalid)
        Fixtures.press("u", on: &screen)
        #expect(screen.sheet.report.rules.notice.verdict == .needsChecking)
        Fixtures.press("<Space>", on: &screen)
        #expect(screen.sheet.report.rules.notice.verdict == .valid)
    }

    /// `u` (not known) is for the three-way facts only, as the help and the README say; a yes/no is left alone.
    @Test func uSetsNotKnownOnlyOnTheChecksAndArrears() {
        var screen = Fixtures.screen("Warsame")
        Fixtures.press("2", on: &screen)
        let homeless = screen.tabFacts.firstIndex(of: .homelessNow)!
        Fixtures.press(String(repeating: "j", count: homeless) + "u", on: &screen)
        #expect(screen.selectedFact == .homelessNow && screen.editedDetails == nil)
        let arrears = screen.tabFacts.firstIndex(of: .arrears)!
        Fixtures.press("g" + String(repeating: "j", count: arrears) + "yu", on: &screen)
        #expect(screen.selectedFact == .arrears)
        #expect(screen.editedDetails.map { $0.accommodation.arrears == nil } ?? true)
        let help = screen.helpSections.flatMap(\.entries).map { $0.keys + " " + $0.action }
        #expect(help.contains("u not known: the landlord's checks and rent arrears only"))
        #expect(help.contains("y n set a yes/no, a check or the arrears to yes or no"))
    }

    @Test func choosingANoticeTypeAddsAndRemovesTheNoticeFacts() {
        var screen = Fixtures.screen("Asante")
        Fixtures.press("2G", on: &screen)
        #expect(screen.selectedFact == .noticeType)
        Fixtures.press("<Enter><Down><Down><Enter>", on: &screen)
        #expect(screen.editedDetails?.notice?.type == .section8)
        #expect(screen.tabFacts.contains(.grounds) && !screen.tabFacts.contains(.check(0)))
        Fixtures.press("<Enter><Home><Enter>", on: &screen)
        #expect(screen.editedDetails == nil, "back to no notice: nothing changed")
    }

    @Test func removingTheNoticeForgetsItsHalfTypedDates() {
        var screen = Fixtures.screen()
        Fixtures.press("2jjjjjjjjjjjj<Enter><C-u>31/13<Enter>", on: &screen)
        #expect(screen.firstProblem?.fact == .noticeServed)
        Fixtures.press("k<Enter><Home><Enter>", on: &screen)
        #expect(screen.editedDetails?.notice == nil)
        #expect(screen.firstProblem == nil)
        #expect(Fixtures.press("<C-s>", on: &screen).last == .perform(.saveDetails(screen.facts.details)))
    }

    @Test func householdMembersAreAddedEditedAndRemoved() {
        var screen = Fixtures.screen()
        Fixtures.press("aZara<Tab><Tab>1/6/2020<Enter>", on: &screen)
        #expect(screen.form == nil)
        let added = try! #require(screen.editedDetails?.household.last)
        #expect(added.firstName == "Zara" && added.lastName == "Hafiz" && added.relationship == .child)
        #expect(added.dateOfBirth == Day(iso: "2020-06-01"))
        #expect(screen.selectedFact == .member(2))
        #expect(Self.text(screen).contains("2A 2C"))
        Fixtures.press("<Enter><Tab><Tab><Tab><Right><Tab><Right><Enter>", on: &screen)
        #expect(screen.editedDetails?.household.last?.relationship == .parent)
        #expect(screen.editedDetails?.household.last?.pregnant == true)
        Fixtures.press("kd", on: &screen)
        #expect(Self.text(screen).contains("Remove Kaamil Hafiz from the household?"))
        Fixtures.press("r", on: &screen)
        #expect(screen.editedDetails?.household.map(\.firstName) == ["Ayisha", "Zara"])
    }

    @Test func removeAsksOnlyOnAMemberAndKeepIsTheDefault() {
        var screen = Fixtures.screen()
        #expect(screen.handle(.character("d")) == .unavailable("Select a household member to remove"))
        Fixtures.press("jjjjjjjjjjd<Enter>", on: &screen)
        #expect(screen.editedDetails == nil, "Enter on the question keeps the member")
    }

    @Test func supportNeedsAndFlagsChangeTheRulesLive() {
        var screen = Fixtures.screen()
        #expect(screen.sheet.report.rules.route.suggested == .council)
        Fixtures.press("G<Enter><Space>jjjjj<Space>j<Space><Enter>", on: &screen)
        #expect(screen.editedDetails?.supportNeeds == [.mentalHealth, .roughSleeping, .drugDependency])
        #expect(screen.sheet.report.rules.route.suggested == .intensive)
        Fixtures.press("kkky", on: &screen)
        #expect(screen.editedDetails?.domesticAbuse == true)
        #expect(screen.sheet.report.rules.route.suggested == .refuge)
        #expect(Self.text(screen).contains("restricts the case when saved"))
    }

    @Test func downPastTheLastFactScrollsTheReasonsIntoView() {
        var screen = Fixtures.screen("Warsame")
        Fixtures.press("2G", on: &screen)
        #expect(!Self.text(screen).contains("Code of Guidance 6.35"))
        Fixtures.press(String(repeating: "j", count: 30), on: &screen)
        #expect(Self.text(screen).contains("Code of Guidance 6.35"))
        #expect(screen.selectedFact == .check(LandlordCheck.allCases.count - 1))
        Fixtures.press(String(repeating: "k", count: 30), on: &screen)
        #expect(screen.selectedFact != .check(LandlordCheck.allCases.count - 1))
    }

    @Test func wideAndCombiningNamesKeepTheColumnsAligned() {
        var screen = Fixtures.screen("陈")
        Fixtures.press("a王秀英<Tab><Tab>1/1/2015<Enter>aZoe\u{308}<Tab><Tab>2/2/2016<Enter>a😀 Kwame<Tab><Tab>3/3/2017<Enter>", on: &screen)
        let buffer = Fixtures.framed(screen, width: 80, height: 24)
        let columns = (0..<buffer.height).compactMap { y -> Int? in
            let line = buffer.lines[y]
            guard line.contains(" age ") else { return nil }
            return (0..<buffer.width - 3).first { x in
                buffer[x: x, y: y].text == "a" && buffer[x: x + 1, y: y].text == "g" && buffer[x: x + 2, y: y].text == "e"
            }
        }
        #expect(columns.count == 5)
        #expect(Set(columns).count == 1, "every age starts in the same column: \(columns)")
    }
}
