import CaseworkCore
import Foundation
import Testing
@testable import CaseworkUI

/// The plan pane as keys into state and text snapshots: the Hafiz family's draft, a long step that wraps, a CJK
/// assessment, versions, and the service's refusals coming back.
@Suite struct PlanPaneTests {
    nonisolated(unsafe) static let fixture = ConsoleFixture()

    /// The case screen on the Plan tab: keys go through the frame's overlays, the pane's typing and its table.
    static func screen(_ firstName: String, as user: String = "amara", change: (inout Case) -> Void = { _ in }) -> CaseScreen {
        var record = try! fixture.store.load(fixture.ref(of: firstName))
        change(&record)
        var screen = CaseScreen(record: record, context: fixture.context(as: user))
        screen.show(.plan)
        return screen
    }

    static func drawn(_ screen: CaseScreen, width: Int, height: Int) -> Buffer {
        var pane = screen.planPane!.plan
        var buffer = Buffer(width: width, height: height)
        pane.layout(in: buffer.area)
        pane.render(into: &buffer, area: buffer.area)
        return buffer
    }

    @discardableResult
    static func type(_ keys: String, into screen: inout CaseScreen) -> [ScreenOutcome] {
        Key.sequence(keys).map { screen.handleKey($0) }
    }

    @Test(arguments: [(80, 22), (160, 46)])
    func theHafizDraftWithItsPartners(width: Int, height: Int) {
        expectSnapshot(Self.drawn(Self.screen("Hafid"), width: width, height: height), "plan-steps-hafiz-\(width)x\(height + 2)")
    }

    @Test(arguments: [(80, 22), (160, 46)])
    func aLongStepWrapsAndACJKAssessment(width: Int, height: Int) {
        var screen = Self.screen("美玲") { record in
            record.assessment = Assessment(completedOn: ConsoleFixture.today, completedBy: "amara", reasonForLoss: .endOfPrivateTenancy,
                                           circumstances: "房东要收回房子。Landlord served a section 21 before May; the claim was not issued in time.",
                                           housingNeeds: "两居室，靠近学校。Two bedrooms near the children's school in Watford.")
            record.plan = Plan(steps: [
                PlanStep(id: 1, owner: .applicantRequired, text: "Bring the tenancy agreement, the section 21 notice, the deposit certificate "
                    + "and every letter from the landlord or the letting agent since the tenancy began, so we can check the notice",
                         dueOn: ConsoleFixture.today.adding(days: 5)),
                PlanStep(id: 2, owner: .council, text: "联系房东 — contact the landlord about the notice", dueOn: ConsoleFixture.today.adding(days: 2),
                         partnerId: "housing-law-clinic"),
            ])
        }
        expectSnapshot(Self.drawn(screen, width: width, height: height), "plan-steps-long-\(width)x\(height + 2)")
        Self.type("<Left><Left><Down><Down>", into: &screen)
        expectSnapshot(Self.drawn(screen, width: width, height: height), "plan-assessment-cjk-\(width)x\(height + 2)")
    }

    @Test func addingAStepFromTheLibraryWithItsPartnerAndSaving() {
        var screen = Self.screen("Hafid")
        Self.type("l", into: &screen)
        #expect(screen.form?.purpose == .plan(.standardStep))
        let index = try! StepLibrary.standard().steps.firstIndex { $0.id == "budgeting" }!
        Self.type(String(repeating: "j", count: index) + "<Enter>", into: &screen)
        // The standard step goes to a money adviser: the partner list opens on the first of that kind.
        guard case .plan(.partner)? = screen.form?.purpose else { Issue.record("no partner form: \(String(describing: screen.form))"); return }
        Self.type("<Enter>", into: &screen)
        let pane = screen.planPane!.plan
        let added = pane.working.steps.last!
        #expect(added.text == "See a money adviser about a budget and any debts")
        #expect(added.partnerId == "money-advice" && added.cost == Money(pence: 12_000))
        #expect(added.dueOn == ConsoleFixture.today.adding(days: 14))
        #expect(pane.hasUnsavedEdits && screen.hasUnsavedEdits)
        let outcome = screen.handleKey(.control("s"))
        guard case .perform(.savePlan(let content, let version)) = outcome else { Issue.record("no save: \(outcome)"); return }
        #expect(version == 1 && content.steps.count == 6)
    }

    @Test func typingAStepsWordsInTheEditorWithUndo() {
        var screen = Self.screen("Hafid")
        Self.type("a", into: &screen)
        #expect(screen.question?.title == "A step for")
        Self.type("<Right><Right><Enter>", into: &screen)
        Self.type("Ask the landlord for a reference<C-Left><C-Left>a written <C-z>", into: &screen)
        Self.type("<Esc>", into: &screen)
        let step = screen.planPane!.plan.working.steps.last!
        #expect(step.owner == .council)
        #expect(step.text == "Ask the landlord for a reference")
    }

    /// Digits, Tab and the pane's letters are words while a step is typed; Esc closes the text, Ctrl-S saves it.
    @Test func whileTypingEveryLetterIsAWord() {
        var screen = Self.screen("Hafid")
        Self.type("a<Enter>", into: &screen)
        Self.type("Bring 3 payslips; g x p 9<Tab>", into: &screen)
        #expect(screen.tab == .plan && screen.planPane!.plan.editor != nil)
        #expect(screen.barItems.map(\.label) == ["Done", "Save", "Undo"])
        let outcome = screen.handleKey(.control("s"))
        guard case .perform(.savePlan(let content, _)) = outcome else { Issue.record("no save: \(outcome)"); return }
        #expect(content.steps.last?.text == "Bring 3 payslips; g x p 9")
        #expect(content.steps.last?.owner == .applicantRequired)
        #expect(screen.planPane!.plan.editor == nil)
    }

    @Test func escOnTheOwnerQuestionAddsNothing() {
        var screen = Self.screen("Hafid")
        let before = screen.planPane!.plan.working
        Self.type("a<Esc>", into: &screen)
        #expect(screen.question == nil && screen.planPane!.plan.working == before)
    }

    @Test func agreeingWithUnsavedEditsAsksForASaveFirst() {
        var screen = Self.screen("Hafid")
        Self.type("x", into: &screen)
        #expect(screen.handleKey(.character("g")) == .unavailable("Save the plan's changes first (Ctrl-S)"))
        Self.type("x", into: &screen)
        #expect(screen.handleKey(.character("g")) == .perform(.agreePlan(on: ConsoleFixture.today)))
        // The service's answer: the plan agreed today, and the letter can then be written.
        var agreed = screen.record
        agreed.settlePlan(on: ConsoleFixture.today, by: "amara", notAgreedReason: nil)
        agreed.revision += 1
        screen.reload(agreed, keepEdits: true)
        #expect(screen.handleKey(.character("p")) == .perform(.sendPlanLetter(version: 1)))
    }

    @Test func anEarlierVersionIsReadOnly() {
        var screen = Self.screen("Rene\u{301}e")
        #expect(screen.planPane!.plan.plan.version == 3)
        Self.type("<Left><Up><Up><Enter>", into: &screen)
        #expect(screen.planPane!.plan.viewing == 1)
        let outcome = screen.handleKey(.character("x"))
        guard case .unavailable(let text) = outcome else { Issue.record("not refused"); return }
        #expect(text.contains("cannot be edited in place: changes make a new version from the current one (version 3)"))
        expectSnapshot(Self.drawn(screen, width: 80, height: 22), "plan-version-1-renee-80x24")
        Self.type("<Left>", into: &screen)
        expectSnapshot(Self.drawn(screen, width: 160, height: 46), "plan-versions-renee-160x48")
        // Esc goes back to the current version first, and only then back from the case.
        #expect(screen.handleKey(.escape) == .message("Back to the current version"))
        #expect(screen.planPane!.plan.viewing == nil)
        #expect(screen.handleKey(.escape) == .back)
    }

    @Test func aStaleSaveKeepsTheOfficersTextMergedOntoTheNewerRecord() {
        var screen = Self.screen("Hafid")
        Self.type("<Enter><End> by Friday<Esc>", into: &screen)
        var newer = screen.record
        newer.revision += 1
        newer.plan?.steps[0].dueOn = ConsoleFixture.today.adding(days: 3)
        newer.plan?.steps[1].text = "Join the housing register online this week"
        let clashes = screen.reload(newer, keepEdits: true)
        #expect(clashes.isEmpty)
        let pane = screen.planPane!.plan
        #expect(pane.working.steps[0].text.hasSuffix("by Friday"))
        #expect(pane.working.steps[0].dueOn == ConsoleFixture.today.adding(days: 3))
        #expect(pane.working.steps[1].text == "Join the housing register online this week")
        #expect(pane.hasUnsavedEdits)
    }
}
