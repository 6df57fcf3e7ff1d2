import CaseworkCore
@testable import CaseworkUI
import Testing

/// The flows that cross the store: conflicts, other consoles' changes, drafts kept on a signal and offered back.
@Suite struct ConsoleFlowTests {
    /// Opens H-0002 and types `before`; `officer` then saves another phone number and an email first; `after` meets
    /// their newer revision (a save of the phone clashes with theirs; anything else would go on top of it).
    static func conflict(_ fixture: ConsoleFixture, before: String, by officer: String, after: String) throws -> ConsoleDriver {
        var session = fixture.session()
        session.type(":open 2<Enter>" + before)
        try fixture.store.saveAsOtherOfficer("H-0002", by: officer) {
            $0.applicant.phone = "01923 999999"
            $0.applicant.email = "kofi@example.org"
        }
        session.type(after)
        return session
    }

    @Test func aConflictNamesWhoAndWhenOffersAReloadAndOverwritesNothing() throws {
        let fixture = ConsoleFixture()
        var session = try Self.conflict(fixture, before: "e", by: "tomasz", after: "<C-s>")
        #expect(session.app.status.error == "case H-0002 was changed by Tomasz Kowalczyk at 10:14; reload")
        #expect(session.screenText.contains("Reload the case now?"))
        #expect(fixture.store.writes.map(\.action) == ["test"], "nothing of ours was written")
        #expect(try fixture.store.load("H-0002").applicant.phone == "01923 999999")

        session.type("<Enter>")
        #expect(session.app.openCase?.record.revision == 2)
        #expect(session.app.openCase?.hasUnsavedEdits == true, "a reload keeps the officer's edits")
        #expect(!session.app.status.hasError)
        session.type("<C-s>")
        let saved = try fixture.store.load("H-0002")
        #expect(saved.applicant.phone == "07700 900000" && saved.applicant.email == "kofi@example.org")
        #expect(session.app.openCase?.hasUnsavedEdits == false)
        #expect(session.app.status.message == "Changes saved · H-0002")
    }

    /// Like every dialog, the conflict's default is its left button (Reload), and → stops at Not now rather than
    /// going round to Reload again.
    @Test(arguments: [("<Enter>", 2), ("<Right><Enter>", 1), ("<Right><Right><Enter>", 1), ("<Right><Right><Left><Enter>", 2),
                      ("<Esc>", 1)])
    func theConflictDialogStartsOnReloadAndDoesNotWrap(keys: String, revision: Int) throws {
        let fixture = ConsoleFixture()
        var session = try Self.conflict(fixture, before: "e", by: "dev", after: "<C-s>")
        #expect(session.screenText.contains("[ Reload ]  [ Not now ]"))
        session.type(keys)
        #expect(session.app.modal == nil)
        #expect(session.app.openCase?.record.revision == revision)
    }

    @Test func notNowLeavesTheErrorUntilItIsDismissed() throws {
        var session = try Self.conflict(ConsoleFixture(), before: "e", by: "dev", after: "<C-s><Esc>")
        #expect(session.app.modal == nil && session.app.status.error?.contains("Dev Patel") == true)
        #expect(session.app.openCase?.record.revision == 1)
        session.type(":reload<Enter>")
        #expect(session.app.openCase?.record.revision == 2 && !session.app.status.hasError)
    }

    @Test func anotherConsolesSaveReloadsTheOpenCaseUnlessEditsAreUnsaved() throws {
        let fixture = ConsoleFixture()
        var session = fixture.session()
        session.type(":open 2<Enter>")
        try fixture.store.saveAsOtherOfficer("H-0002", by: "tomasz") { $0.assignedOfficer = "dev" }
        _ = session.poll()
        #expect(session.app.openCase?.record.revision == 2)
        #expect(session.app.status.message == "Reloaded H-0002 (revision 2)")

        session.type("e")
        try fixture.store.saveAsOtherOfficer("H-0002", by: "tomasz") { $0.assignedOfficer = "priya" }
        _ = session.poll()
        #expect(session.app.openCase?.record.revision == 2)
        #expect(session.app.status.message == "Case H-0002 was changed by Tomasz Kowalczyk at 10:14; your edits are kept. :reload to load theirs")
    }

    /// Someone records domestic abuse on the case another officer has open: it leaves their screen, and the refresh
    /// that found it closed is not audited as a refused view, as they did nothing.
    @Test(arguments: ["", "e"])
    func aCaseRestrictedWhileOpenGoesBackToTheQueueUnaudited(keys: String) throws {
        let fixture = ConsoleFixture()
        var session = try fixture.restrictedWhileOpen(as: "tomasz", keys: keys)
        #expect(session.app.openCase == nil)
        let dropped = keys.isEmpty ? "" : "; your unsaved changes to it were dropped"
        #expect(session.app.status.error == "H-0002 has been restricted; you are not cleared to see it" + dropped)
        #expect(fixture.store.viewAudit.isEmpty, "no view-refused for an officer who did nothing")
        #expect(try fixture.store.drafts(for: "tomasz").isEmpty, "no draft of a case they may not see")
        #expect(session.app.queue.selectedRef == "H-0002")
        let row = session.screenText.split(separator: "\n").first { $0.contains("H-0002") }!
        #expect(row.contains("Restricted") && !row.contains("Kofi"))
        #expect(session.type("<Enter>q").quit, "no unsaved-edits question is left behind")
    }

    @Test func aRestrictedCaseStaysOpenForTheOfficerCleared() throws {
        let fixture = ConsoleFixture()
        let session = try fixture.restrictedWhileOpen(as: "ruth")
        #expect(session.app.openCase?.record.restricted == true)
        #expect(fixture.store.viewAudit.map(\.actor) == ["ruth"] && fixture.store.viewAudit.allSatisfy(\.allowed))
    }

    @Test func aRestrictedCaseReassignedAwayGoesBackToTheQueue() throws {
        let fixture = ConsoleFixture()
        let ayse = fixture.ref(of: "Ayşe")
        try fixture.store.saveAsOtherOfficer(ayse, by: "helen") { $0.assignedOfficer = "kwame" }
        var session = fixture.session(as: "kwame")
        session.type(":open \(ayse)<Enter>")
        #expect(session.app.openCase?.ref == ayse)
        try fixture.store.saveAsOtherOfficer(ayse, by: "helen") { $0.assignedOfficer = "ruth" }
        _ = session.poll()
        #expect(session.app.openCase == nil)
        #expect(session.app.status.error == "\(ayse) is no longer assigned to you; you are not cleared to see it")
        #expect(fixture.store.viewAudit.filter { !$0.allowed }.isEmpty)
    }

    @Test func anotherConsolesSavesReachTheQueue() throws {
        let fixture = ConsoleFixture()
        var session = fixture.session(width: 160, height: 48)
        let kofi = fixture.ref(of: "Kofi"), lan = fixture.ref(of: "Lan")
        try fixture.store.saveAsOtherOfficer(kofi, by: "tomasz") { $0.assignedOfficer = "dev" }
        try fixture.store.saveAsOtherOfficer(lan, by: "tomasz") { $0.triage.outcome = .adviceOnly; $0.status = .closed }
        _ = session.poll()
        #expect(!session.app.queue.shownRefs.contains(lan))
        #expect(session.screenText.contains("Triage queue · 21 cases"))
        let row = session.screenText.split(separator: "\n").first { $0.contains(kofi) }!
        #expect(row.contains("Dev Patel"))
        #expect(session.poll() == ConsoleDriver.Outcome(), "nothing new, nothing to do")
    }

    @Test func ourOwnActionUpdatesTheQueueRow() {
        var session = ConsoleFixture().session(width: 160, height: 48)
        session.type(":open 2<Enter>n")
        #expect(session.app.status.message == "Note added · H-0002")
        session.type("<Esc>")
        let row = session.screenText.split(separator: "\n").first { $0.contains("H-0002") }!
        #expect(row.contains("In triage"), "a note moves a received case into triage")
        #expect(session.app.queue.selectedRef == "H-0002")
    }

    @Test func aSignalKeepsUnsavedEditsAsADraftAndQuits() throws {
        let fixture = ConsoleFixture()
        var session = fixture.session()
        #expect(session.hangUp().quit)
        #expect(try fixture.store.drafts(for: "priya").isEmpty, "no edits, no draft")

        session = fixture.session()
        session.type(":open 2<Enter>e")
        #expect(session.hangUp().quit)
        let draft = try #require(try fixture.store.drafts(for: "priya").first)
        #expect(draft.ref == "H-0002" && draft.baseRevision == 1 && draft.record.applicant.phone == "07700 900000")
        #expect(draft.savedAt == ConsoleFixture.clock.now())
    }

    @Test func theNextStartOffersTheDraftBackAndSavingClearsIt() throws {
        let fixture = ConsoleFixture()
        fixture.leaveDraft()

        var next = fixture.session()
        #expect(next.screenText.contains("Unsaved changes") && next.screenText.contains("[ Restore ]"))
        next.type("<Enter>")
        #expect(next.app.openCase?.ref == "H-0002" && next.app.hasUnsavedEdits)
        #expect(next.app.status.message == "Your unsaved changes from Mon 15 Jun 2026 at 10:14 are back; Ctrl-S saves them")
        #expect(try fixture.store.drafts(for: "priya").count == 1, "kept until saved")
        next.type("<C-s>")
        #expect(try fixture.store.load("H-0002").applicant.phone == "07700 900000")
        #expect(try fixture.store.drafts(for: "priya").isEmpty)
    }

    @Test(arguments: [("k", 1), ("<Esc>", 1), ("d", 0)])
    func aDraftCanWaitOrBeDiscarded(keys: String, draftsLeft: Int) throws {
        let fixture = ConsoleFixture()
        fixture.leaveDraft()
        var next = fixture.session()
        next.type(keys)
        #expect(next.app.modal == nil && next.app.openCase == nil)
        #expect(try fixture.store.drafts(for: "priya").count == draftsLeft)
        #expect(try fixture.store.drafts(for: "tomasz").isEmpty, "drafts are per user")
    }

    @Test func aDraftOfACaseThatMovedOnIsRestoredWithAWarning() throws {
        let fixture = ConsoleFixture()
        fixture.leaveDraft()
        try fixture.store.saveAsOtherOfficer("H-0002", by: "tomasz") { $0.assignedOfficer = "dev" }
        var next = fixture.session()
        next.type("r")
        #expect(next.app.hasUnsavedEdits)
        #expect(next.app.status.message?.hasPrefix("case H-0002 has changed since your draft") == true)
    }

    /// A draft restored onto a newer revision brings back only what its officer changed: another officer's save of
    /// a different fact survives the restore and the save that follows; the same fact changed by both is flagged.
    @Test(arguments: [
        ("kofi.asante@example.org", nil as String?, "07700 900111"),
        (nil, "07700 900222", "07700 900111"),
    ] as [(String?, String?, String)])
    func aRestoredDraftDoesNotUndoAnotherOfficersSave(theirEmail: String?, theirPhone: String?, savedPhone: String) throws {
        let fixture = ConsoleFixture()
        var first = fixture.session(caseScreen: ConsoleFixture.caseScreen)
        first.type(":open 2<Enter>jjjj<Enter><C-u>07700 900111<Enter>")
        _ = first.hangUp()
        try fixture.store.saveAsOtherOfficer("H-0002", by: "tomasz") { record in
            if let theirEmail { record.applicant.email = theirEmail }
            if let theirPhone { record.applicant.phone = theirPhone }
        }
        var next = fixture.session(caseScreen: ConsoleFixture.caseScreen)
        next.type("r")
        if theirPhone != nil {
            #expect(next.app.status.error?.contains("you both changed phone: yours is shown") == true, "\(next.app.status)")
            next.type("<Enter>")
        }
        next.type("<C-s>")
        let saved = try fixture.store.load("H-0002")
        #expect(saved.applicant.phone == savedPhone)
        if let theirEmail { #expect(saved.applicant.email == theirEmail, "their change survives") }
    }

    @Test func leavingARestoredDraftUnsavedDiscardsIt() throws {
        let fixture = ConsoleFixture()
        fixture.leaveDraft()
        var next = fixture.session()
        next.type("<Enter><Esc><Right><Enter>")
        #expect(next.app.openCase == nil)
        #expect(try fixture.store.drafts(for: "priya").isEmpty)
    }
}
