import CaseworkCore
@testable import CaseworkUI
import Testing

/// The App with the real case screen: opening from the queue, actions and saves through the store, the conflict,
/// quitting and drafts, with the keys an officer would press.
@Suite struct ConsoleCaseScreenTests {
    static func session(_ fixture: ConsoleFixture, as user: String = "priya", width: Int = 80, height: Int = 24) -> ConsoleDriver {
        fixture.session(as: user, width: width, height: height, caseScreen: ConsoleFixture.caseScreen)
    }

    /// On the Household tab of Kofi Asante (H-0002): edit the phone number, keep it.
    static let editPhone = "jjjj<Enter><C-u>01923 123456<Enter>"

    /// H-0002 open with its phone edited and unsaved, while Tomasz saves a new email: the next save is a conflict.
    static func phoneEditedWhileTomaszSavesTheEmail(_ fixture: ConsoleFixture) throws -> ConsoleDriver {
        var session = session(fixture)
        session.type(":open 2<Enter>" + editPhone)
        try fixture.store.saveAsOtherOfficer("H-0002", by: "tomasz") { $0.applicant.email = "kofi@example.org" }
        return session
    }

    /// Both change the phone: the one case where a save on a newer revision is refused.
    static func phoneEditedWhileTomaszSavesAnotherPhone(_ fixture: ConsoleFixture) throws -> ConsoleDriver {
        var session = session(fixture)
        session.type(":open 2<Enter>" + editPhone)
        try fixture.store.saveAsOtherOfficer("H-0002", by: "tomasz") {
            $0.applicant.phone = "01923 999999"
            $0.applicant.email = "kofi@example.org"
        }
        return session
    }

    /// Tomasz saved the email meanwhile: the phone goes on top of his change, which is kept, and the officer is told.
    @Test func aSaveOfAnotherFactGoesOnTopOfANewerRevision() throws {
        let fixture = ConsoleFixture()
        var session = try Self.phoneEditedWhileTomaszSavesTheEmail(fixture)
        session.type("<C-s>")
        let saved = try fixture.store.load("H-0002")
        #expect(saved.applicant.phone == "01923 123456" && saved.applicant.email == "kofi@example.org" && saved.revision == 3)
        #expect(!session.app.status.hasError && session.app.modal == nil)
        #expect(session.app.status.message == "Changes saved · H-0002; saved on top of a change by Tomasz Kowalczyk at 10:14 (email)")
        #expect(fixture.store.writes.map(\.action) == ["test", "details"], "both audited")
    }

    @Test func enterOnARowOpensTheCaseScreenAndEscComesBack() {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture)
        session.type("/kofi<Enter><Enter>")
        #expect(session.app.openCase?.ref == "H-0002")
        let text = session.screenText
        #expect(text.contains("H-0002") && text.contains("Kofi Asante") && text.contains("Household"))
        #expect(session.frame(width: 80, height: 24).lines[22].hasSuffix(session.app.openCase!.position))
        session.type("<Esc>")
        #expect(session.app.openCase == nil && session.app.queue.selectedRef == "H-0002")
    }

    @Test func anEditedFactIsSavedWithCtrlSThroughTheStore() throws {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture)
        session.type(":open 2<Enter>" + Self.editPhone)
        #expect(session.app.hasUnsavedEdits)
        session.type("<C-s>")
        let saved = try fixture.store.load("H-0002")
        #expect(saved.applicant.phone == "01923 123456" && saved.revision == 2)
        #expect(!session.app.hasUnsavedEdits && session.app.status.message == "Changes saved · H-0002")
    }

    @Test func aNoteFromTheTimelineIsWrittenAndTheQueueRowFollows() throws {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture, width: 160, height: 48)
        session.type(":open 2<Enter>4nRang Kofi back<C-s>")
        #expect(try fixture.store.load("H-0002").timeline.last?.text == "Rang Kofi back")
        #expect(session.app.status.message == "Note added · H-0002")
        session.type("<Esc>")
        #expect(session.screenText.split(separator: "\n").first { $0.contains("H-0002") }?.contains("In triage") == true)
    }

    /// Esc with unsaved edits, then Save: saved, and back on the queue as Esc asked; Ctrl-S alone stays on the case.
    @Test func saveChosenOnTheWayOutSavesAndLeaves() throws {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture)
        session.type(":open 2<Enter>" + Self.editPhone + "<Esc>s")
        #expect(try fixture.store.load("H-0002").applicant.phone == "01923 123456")
        #expect(session.app.openCase == nil && session.app.queue.selectedRef == "H-0002")
        #expect(session.app.status.message == "Changes saved · H-0002")
        session.type(":open 2<Enter>jjjj<Enter><C-u>01923 654321<Enter><C-s>")
        #expect(session.app.openCase?.ref == "H-0002", "Ctrl-S saves and stays")
    }

    @Test func aSaveOnTheWayOutThatMeetsAConflictStaysWithTheEdits() throws {
        let fixture = ConsoleFixture()
        var session = try Self.phoneEditedWhileTomaszSavesAnotherPhone(fixture)
        session.type("<Esc>s")
        #expect(session.app.openCase?.ref == "H-0002" && session.app.hasUnsavedEdits)
        session.type("<Enter><C-s>")
        #expect(session.app.openCase?.ref == "H-0002", "the later Ctrl-S is not a way out")
    }

    @Test func assigningSaysWhoByName() throws {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture)
        session.type(":open 2<Enter>8a<End><Enter>")
        #expect(try fixture.store.load("H-0002").assignedOfficer == "helen")
        #expect(session.app.status.message == "Assigned to Helen Clarke · H-0002")
    }

    @Test func aConflictKeepsTheEditsAndTheReloadBringsTheirsUnderneath() throws {
        let fixture = ConsoleFixture()
        var session = try Self.phoneEditedWhileTomaszSavesAnotherPhone(fixture)
        session.type("<C-s>")
        #expect(session.app.status.error == "case H-0002 was changed by Tomasz Kowalczyk at 10:14; reload")
        session.type("<Enter><C-s>")
        let saved = try fixture.store.load("H-0002")
        #expect(saved.applicant.phone == "01923 123456" && saved.applicant.email == "kofi@example.org" && saved.revision == 3)
    }

    @Test func quittingWithAnEditedFactAsks() {
        var session = Self.session(ConsoleFixture())
        session.type(":open 2<Enter>" + Self.editPhone)
        #expect(!session.type("q").quit)
        #expect(session.app.modal != nil)
        #expect(session.type("<Right><Enter>").quit)
    }

    @Test func anEditedFactSurvivesASignalAndComesBackAtTheNextStart() throws {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture)
        session.type(":open 2<Enter>" + Self.editPhone)
        #expect(session.hangUp().quit)
        var next = Self.session(fixture)
        next.type("<Enter>")
        #expect(next.app.openCase?.editedDetails?.applicant.phone == "01923 123456")
        next.type("<C-s>")
        #expect(try fixture.store.load("H-0002").applicant.phone == "01923 123456")
        #expect(try fixture.store.drafts(for: "priya").isEmpty)
    }

    @Test func theEntitledOfficerOpensTheRestrictedCase() {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture, as: "ruth")
        session.type(":open \(fixture.ref(of: "Ayşe"))<Enter>")
        #expect(session.screenText.contains("Ayşe Yılmaz"))
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func theCaseScreenInTheFrame(width: Int, height: Int) {
        var session = Self.session(ConsoleFixture(), width: width, height: height)
        session.type(":open 2<Enter>")
        expectSnapshot(session.frame(width: width, height: height), "app-case-\(width)x\(height)")
    }
}
