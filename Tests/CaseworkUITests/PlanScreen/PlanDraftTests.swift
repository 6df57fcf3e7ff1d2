import CaseworkCore
import Testing
@testable import CaseworkUI

/// Unsaved plan edits are typed work like the facts: kept as a draft on SIGHUP/SIGTERM or "Keep as draft", offered
/// back at the next start, and put on top of a newer record field by field (another officer's change survives).
@Suite struct PlanDraftTests {
    static func session(_ fixture: ConsoleFixture) -> ConsoleDriver {
        fixture.session(as: "amara", caseScreen: ConsoleFixture.caseScreen)
    }

    static func hafiz(_ fixture: ConsoleFixture) -> String { fixture.ref(of: "Hafid") }

    /// Step 1's words typed (the text still open) when the console is killed.
    static func leavePlanDraft(_ fixture: ConsoleFixture) {
        var session = session(fixture)
        session.type(":open \(hafiz(fixture))<Enter>9<Enter><End> by Friday")
        #expect(session.hangUp().quit)
    }

    @Test func aStepTypedWhenTheConsoleIsKilledIsKeptAsADraft() throws {
        let fixture = ConsoleFixture()
        Self.leavePlanDraft(fixture)
        let draft = try #require(try fixture.store.drafts(for: "amara").first)
        #expect(draft.ref == Self.hafiz(fixture))
        #expect(draft.record.plan?.steps.first { $0.id == 1 }?.text.hasSuffix(" by Friday") == true)
        #expect(draft.base?.plan?.steps.first { $0.id == 1 }?.text.hasSuffix(" by Friday") == false)
    }

    @Test func theDraftComesBackOnTopOfAnotherOfficersChangeAndSaves() throws {
        let fixture = ConsoleFixture()
        Self.leavePlanDraft(fixture)
        let ref = Self.hafiz(fixture)
        try fixture.store.saveAsOtherOfficer(ref, by: "siobhan") { record in
            record.plan?.steps[1].text = "Join the housing register online this week"
        }
        var next = Self.session(fixture)
        #expect(next.screenText.contains("[ Restore ]"))
        next.type("r")
        let screen = try #require(next.app.openCase as? CaseScreen)
        #expect(screen.tab == .plan, "the plan is the unsaved work: its tab shows, so Ctrl-S saves it")
        #expect(next.app.status.message?.contains("your changes are back on top of it") == true, "\(next.app.status)")
        next.type("<C-s>")
        let saved = try fixture.store.load(ref)
        #expect(saved.plan?.steps.first { $0.id == 1 }?.text.hasSuffix(" by Friday") == true)
        #expect(saved.plan?.steps.first { $0.id == 2 }?.text == "Join the housing register online this week", "their change survives")
        next.type("<Esc>")
        #expect(try fixture.store.drafts(for: "amara").isEmpty)
    }

    @Test func wordsBothOfficersChangedAreNamedAndTheOfficersAreShown() throws {
        let fixture = ConsoleFixture()
        Self.leavePlanDraft(fixture)
        let ref = Self.hafiz(fixture)
        try fixture.store.saveAsOtherOfficer(ref, by: "siobhan") { $0.plan?.steps[0].text = "Register with two letting agents" }
        var next = Self.session(fixture)
        next.type("r")
        #expect(next.app.status.error?.contains("you both changed step 1's words: yours is shown") == true, "\(next.app.status)")
        let screen = try #require(next.app.openCase as? CaseScreen)
        #expect(screen.planPane!.plan.working.steps[0].text.hasSuffix(" by Friday"))
    }

    @Test func quittingWithAnUnsavedPlanOffersToKeepItAsADraft() throws {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture)
        session.type(":open \(Self.hafiz(fixture))<Enter>9x")
        #expect(!session.type("q").quit)
        #expect(session.screenText.contains("Keep as draft"))
        #expect(session.type("k").quit)
        let draft = try #require(try fixture.store.drafts(for: "amara").first)
        #expect(draft.record.plan?.steps.first { $0.id == 1 }?.doneOn == ConsoleFixture.today)
    }

    @Test func aHalfTypedReasonIsKeptWithThePlanAndOpensAgain() throws {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture)
        session.type(":open \(Self.hafiz(fixture))<Enter>9xjnThe agents want")
        _ = session.hangUp()
        let draft = try #require(try fixture.store.drafts(for: "amara").first)
        #expect(draft.forms?.map(\.kind) == ["plan-not-done-2"])
        var next = Self.session(fixture)
        next.type("r")
        let screen = try #require(next.app.openCase as? CaseScreen)
        #expect(screen.form?.text(1) == "The agents want")
        #expect(screen.planPane!.plan.working.steps.first { $0.id == 1 }?.doneOn == ConsoleFixture.today)
    }

    /// Every plan form is kept, a date or a choice as much as a reason, so keeping the plan as a draft is always offered.
    @Test(arguments: [("u<C-u>+3", "plan-due-1", 1, "+3"), ("<Right>j<Enter><C-u>4", "plan-bedrooms", 0, "4")])
    func aFormOfAnyKindIsKeptWithThePlan(keys: String, kind: String, field: Int, typed: String) throws {
        let fixture = ConsoleFixture()
        var session = Self.session(fixture)
        session.type(":open \(Self.hafiz(fixture))<Enter>9x" + keys)
        #expect(session.app.unsavedWork.canKeepDraft)
        _ = session.hangUp()
        let draft = try #require(try fixture.store.drafts(for: "amara").first)
        #expect(draft.forms?.map(\.kind) == [kind])
        var next = Self.session(fixture)
        next.type("r")
        let screen = try #require(next.app.openCase as? CaseScreen)
        #expect(screen.form?.fields[field].text == typed)
    }
}
