import CaseworkCore
import Foundation
import Testing
@testable import CaseworkUI

/// The plan pane as keys into state and text snapshots: the Hafiz family's draft, a long step that wraps, a CJK
/// assessment, versions, and the service's refusals coming back.
@Suite struct PlanPaneTests {
    nonisolated(unsafe) static let fixture = ConsoleFixture()

    static func pane(_ firstName: String, as user: String = "amara", change: (inout Case) -> Void = { _ in }) -> PlanPane {
        var record = try! fixture.store.load(fixture.ref(of: firstName))
        change(&record)
        return PlanPane(record: record, context: fixture.context(as: user), partners: try! PartnerDirectory.standard(),
                        library: try! StepLibrary.standard())
    }

    static func drawn(_ pane: PlanPane, width: Int, height: Int) -> Buffer {
        var pane = pane
        var buffer = Buffer(width: width, height: height)
        pane.layout(in: buffer.area)
        pane.render(into: &buffer, area: buffer.area)
        return buffer
    }

    @discardableResult
    static func type(_ keys: String, into pane: inout PlanPane) -> [PlanPane.Outcome] {
        Key.sequence(keys).map { pane.handle($0) }
    }

    @Test(arguments: [(80, 22), (160, 46)])
    func theHafizDraftWithItsPartners(width: Int, height: Int) {
        expectSnapshot(Self.drawn(Self.pane("Hafid"), width: width, height: height), "plan-steps-hafiz-\(width)x\(height + 2)")
    }

    @Test(arguments: [(80, 22), (160, 46)])
    func aLongStepWrapsAndACJKAssessment(width: Int, height: Int) {
        var pane = Self.pane("美玲") { record in
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
        expectSnapshot(Self.drawn(pane, width: width, height: height), "plan-steps-long-\(width)x\(height + 2)")
        Self.type("<Left><Left><Down><Down>", into: &pane)
        expectSnapshot(Self.drawn(pane, width: width, height: height), "plan-assessment-cjk-\(width)x\(height + 2)")
    }

    @Test func addingAStepFromTheLibraryWithItsPartnerAndSaving() {
        var pane = Self.pane("Hafid")
        Self.type("l", into: &pane)
        let index = try! StepLibrary.standard().steps.firstIndex { $0.id == "budgeting" }!
        Self.type(String(repeating: "j", count: index) + "<Enter>", into: &pane)
        // The standard step goes to a money adviser: the partner list opens on the first of that kind.
        Self.type("<Enter>", into: &pane)
        let added = pane.working.steps.last!
        #expect(added.text == "See a money adviser about a budget and any debts")
        #expect(added.partnerId == "money-advice" && added.cost == Money(pence: 12_000))
        #expect(added.dueOn == ConsoleFixture.today.adding(days: 14))
        #expect(pane.hasUnsavedEdits)
        let outcome = pane.handle(.control("s"))
        guard case .perform(.savePlan(let content, let version)) = outcome else { Issue.record("no save: \(outcome)"); return }
        #expect(version == 1 && content.steps.count == 6)
    }

    @Test func typingAStepsWordsInTheEditorWithUndo() {
        var pane = Self.pane("Hafid")
        Self.type("a<Down><Down><Enter>", into: &pane)
        Self.type("Ask the landlord for a reference<C-Left><C-Left>a written <C-z>", into: &pane)
        Self.type("<Esc>", into: &pane)
        let step = pane.working.steps.last!
        #expect(step.owner == .council)
        #expect(step.text == "Ask the landlord for a reference")
    }

    @Test func agreeingWithUnsavedEditsAsksForASaveFirst() {
        var pane = Self.pane("Hafid")
        Self.type("x", into: &pane)
        #expect(pane.handle(.character("g")) == .notice("Save the plan's changes first (Ctrl-S)"))
        Self.type("x", into: &pane)
        #expect(pane.handle(.character("g")) == .perform(.agreePlan(on: ConsoleFixture.today)))
        #expect(pane.handle(.character("p")) == .perform(.sendPlanLetter(version: 1)))
    }

    @Test func anEarlierVersionIsReadOnly() {
        var pane = Self.pane("Rene\u{301}e")
        #expect(pane.plan.version == 3)
        Self.type("<Left><Up><Up><Enter>", into: &pane)
        #expect(pane.viewing == 1)
        let outcome = pane.handle(.character("x"))
        guard case .notice(let text) = outcome else { Issue.record("not refused"); return }
        #expect(text.contains("cannot be edited in place: changes make a new version from the current one (version 3)"))
        expectSnapshot(Self.drawn(pane, width: 80, height: 22), "plan-version-1-renee-80x24")
        Self.type("<Left>", into: &pane)
        expectSnapshot(Self.drawn(pane, width: 160, height: 46), "plan-versions-renee-160x48")
    }

    @Test func aStaleSaveKeepsTheOfficersTextMergedOntoTheNewerRecord() {
        var pane = Self.pane("Hafid")
        Self.type("<Enter><End> by Friday<Esc>", into: &pane)
        var newer = pane.record
        newer.revision += 1
        newer.plan?.steps[0].dueOn = ConsoleFixture.today.adding(days: 3)
        newer.plan?.steps[1].text = "Join the housing register online this week"
        let clashes = pane.reload(newer, keepEdits: true)
        #expect(clashes.isEmpty)
        #expect(pane.working.steps[0].text.hasSuffix("by Friday"))
        #expect(pane.working.steps[0].dueOn == ConsoleFixture.today.adding(days: 3))
        #expect(pane.working.steps[1].text == "Join the housing register online this week")
        #expect(pane.hasUnsavedEdits)
    }
}
