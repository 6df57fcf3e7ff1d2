import CaseworkCore
@testable import CaseworkUI
import Testing

/// What the frame gives every screen: a registered screen reached three ways, its store requests answered, cases
/// opened for it on a tab; and the rules that never lose typed work, held once for every screen.
@Suite struct FrameRuleTests {
    static func probing(width: Int = 100, height: Int = 30) -> (ConsoleFixture, ConsoleDriver) {
        let fixture = ConsoleFixture()
        return (fixture, fixture.session(width: width, height: height, caseScreen: ConsoleFixture.caseScreen, screens: [ProbeScreen.entry]))
    }

    @Test(arguments: ["<F3>", "P", ":probe<Enter>"])
    func aRegisteredScreenIsReachedByItsFKeyLetterAndCommand(keys: String) {
        var (_, session) = Self.probing()
        #expect(session.frame(width: 100, height: 30).lines[29].contains("F3Probe"), "the queue's bar names the other screens")
        session.type(keys)
        #expect(session.app.showing == .probe && session.screenText.contains("Probe · not counted"))
        let bar = session.frame(width: 100, height: 30).lines[29]
        #expect(bar.hasPrefix("F1Help cCount aAsk nNote F2Queue F10Quit"), "its own keys first, no F3 where F3 is")
        session.type("?")
        #expect(session.screenText.contains("Help: probe") && session.screenText.contains("count the caseload"))
        session.type("<Esc><Esc>")
        #expect(session.app.showing == .queue)
    }

    @Test func aStoreRequestsAnswerComesBackToTheScreenThatAsked() {
        var (fixture, session) = Self.probing()
        session.type("<F3>c")
        #expect(session.probe?.counted == 50 && session.app.status.message == "50 cases")
        // The console holds the cases not dormant (`DormantCase`): a screen is told of those when the caseload loads.
        let active = (try? fixture.store.summaries(.active(on: ConsoleFixture.today)).summaries.count) ?? 0
        #expect(active > 0 && active < 50)
        #expect(session.probe?.summariesSeen == active, "told of the caseload when it loaded")
    }

    @Test func aScreenOpensACaseOnATabAndEscComesBackToIt() {
        var (_, session) = Self.probing()
        session.type("<F3>o")
        #expect(session.app.openCase?.ref == "H-0002" && session.screenText.contains("Timeline ·"))
        session.type("<Esc>")
        #expect(session.app.showing == .probe && session.app.openCase == nil)
    }

    @Test func questionsAreAnsweredByValueAndEscGivesTheSafeOne() {
        var (_, session) = Self.probing()
        session.type("<F3>a<Right><Enter>a<Esc>ay")
        #expect(session.probe?.answers == [.yes, .no, .yes])
    }

    /// F10 inside a form or a question asks; the screen's form can be saved from the question, and the quit follows.
    @Test func f10InAFormAsksAndSaveSubmitsItThenQuits() {
        var (_, session) = Self.probing()
        session.type("<F3>nCalled back")
        #expect(!session.type("<F10>").quit)
        #expect(session.screenText.contains("what you typed in “Probe note”") && !session.screenText.contains("Keep as draft"))
        session.type("<Esc>")
        #expect(session.probe?.overlays.form?.text(0) == "Called back", "Cancel goes back to the form as it was")
        #expect(session.type("<F10>s").quit)
        #expect(session.probe?.notes == ["Called back"])
    }

    // MARK: Never lose typed work, on the case screen

    @Test func f10WithAHalfWrittenContactKeepsItAsADraftTheNextStartPutsBack() {
        let fixture = ConsoleFixture()
        var session = fixture.session(caseScreen: ConsoleFixture.caseScreen)
        session.type(":open 2<Enter>4c<Tab><Tab>Landlord says the room is gone by Friday")
        #expect(!session.type("<F10>").quit, "F10 in a form never quits at once")
        #expect(session.screenText.contains("Quit") && session.screenText.contains("Keep as draft"))
        #expect(session.type("k").quit)
        let drafts = try! fixture.store.drafts(for: "priya")
        #expect(drafts.first?.forms == [DraftForm(kind: "contact", values: ["Call", "Applicant", "Landlord says the room is gone by Friday",
                                                                            "", "now", ""])])

        var next = fixture.session(caseScreen: ConsoleFixture.caseScreen)
        next.type("r")
        #expect(next.app.openCase?.ref == "H-0002")
        let form = (next.app.openCase as? CaseScreen)?.form
        #expect(form?.title == "Log a contact" && form?.text(2) == "Landlord says the room is gone by Friday")
    }

    @Test func escTwiceLeavesAFilledFormAndTheNextKeysDoNotTypeIntoIt() {
        var session = ConsoleFixture().session(caseScreen: ConsoleFixture.caseScreen)
        session.type(":open 2<Enter>4nRang twice<Esc><Esc>")
        let screen = session.app.openCase as? CaseScreen
        #expect(screen?.form == nil && screen?.question == nil)
        session.type("q")
        #expect(session.screenText.contains("Quit") && session.screenText.contains("“Add an internal note”"),
                "the note put aside is still unsaved work")
        session.type("<Esc>n")
        #expect((session.app.openCase as? CaseScreen)?.form?.text(0) == "Rang twice")
    }

    @Test func aLetterThatDoesNothingStopsTheTextAfterItActingAsKeys() {
        var session = ConsoleFixture().session(caseScreen: ConsoleFixture.caseScreen)
        session.type(":open 2<Enter>c3 days q")
        let screen = session.app.openCase as? CaseScreen
        #expect(screen?.tab == .household && session.app.openCase != nil, "no digit switched tabs, no q quit")
        #expect(session.app.status.message?.contains("Esc") == true)
        #expect(session.screenText.contains("on Timeline (4)"), "the hint says where c works")
        session.type("<Esc>3")
        #expect((session.app.openCase as? CaseScreen)?.tab == .documents, "after Esc the keys work again")
    }

    @Test func f10WhileTypingACommandAsksAndCancelGoesBackToIt() {
        var session = ConsoleFixture().session()
        session.type(":open 4")
        #expect(!session.type("<F10>").quit)
        #expect(session.screenText.contains("the command you were typing (:open 4)"))
        session.type("<Esc>")
        #expect(session.app.command?.text == "open 4")
        #expect(session.type("<F10>d").quit)
    }

    /// A go-ahead beside a field at fault would read as one: the ✓ shows only when every field is valid.
    @Test func theGoAheadShowsOnlyWhenEveryFieldIsValid() {
        var screen = CaseScreenFixtures.screen()
        CaseScreenFixtures.press("6e", on: &screen)
        #expect(Self.text(screen).contains("✓ Can end"))
        CaseScreenFixtures.press("<Tab><C-u>31/02/2026", on: &screen)
        #expect(!Self.text(screen).contains("✓"))
    }

    static func text(_ screen: CaseScreen) -> String {
        CaseScreenFixtures.framed(screen, width: 100, height: 40).lines.joined(separator: "\n")
    }

    @Test(arguments: [("s", "H-0002 · revision 2", false), ("k", "revision 1", true), ("d", "revision 1", false)])
    func leavingACaseWithUnsavedEditsOffersSaveDraftOrDiscard(key: String, reopened: String, editsBack: Bool) {
        var session = ConsoleFixture().session()
        session.type(":open 2<Enter>e<Esc>")
        #expect(session.screenText.contains("Leave case H-0002") && session.app.openCase != nil)
        session.type(key)
        #expect(session.app.openCase == nil && session.app.showing == .queue)
        session.type(":open 2<Enter>")
        #expect(session.screenText.contains(reopened))
        #expect(session.app.openCase?.hasUnsavedEdits == editsBack)
    }
}
