import CaseworkCore
import Testing
@testable import CaseworkUI

/// The Plan tab's questions and forms are the frame's: a form is refused with the field at fault until it passes the
/// rules, then changes the working copy or goes to the service; Esc twice puts typed work aside, never loses it.
@Suite struct PlanFormsTests {
    typealias Tab = PlanPaneTests
    static let today = ConsoleFixture.today

    static func step(_ screen: CaseScreen, _ id: Int) -> PlanStep { screen.planPane!.plan.working.steps.first { $0.id == id }! }

    @Test func notDoneAsksForTheReasonAndKeepsItOnTheStep() {
        var screen = Tab.screen("Hafid")
        Tab.type("n", into: &screen)
        #expect(screen.form?.purpose == .plan(.notDone(step: 1)) && screen.form?.title == "Why step 1 was not done")
        Tab.type("<Enter>", into: &screen)
        #expect(screen.form != nil, "a reason is required")
        Tab.type("The agents want a guarantor<Enter>", into: &screen)
        #expect(screen.form == nil)
        #expect(Self.step(screen, 1).notDoneReason == "The agents want a guarantor" && Self.step(screen, 1).doneOn == nil)
        #expect(screen.planPane!.plan.hasUnsavedEdits)
    }

    @Test(arguments: [
        ("2020-01-01", "is before the application"),
        ("31/02/2027", nil),
    ] as [(String, String?)])
    func aDueDateBeforeTheApplicationIsRefusedBesideTheField(typed: String, problem: String?) {
        var screen = Tab.screen("Hafid")
        Tab.type("u<C-u>\(typed)<Enter>", into: &screen)
        let form = try! #require(screen.form, "the form stays open")
        if let problem { #expect(screen.check(form).problems[1]?.hasPrefix(problem) == true) }
        #expect(form.fields[1].problem(attempted: true) != nil || screen.check(form).problems[1] != nil)
        Tab.type("<C-u>+7<Enter>", into: &screen)
        #expect(screen.form == nil && Self.step(screen, 1).dueOn == Self.today.adding(days: 7))
    }

    @Test func thePartnerListOpensOnTheStepsPartnerAndNoPartnerClearsItsCost() {
        var screen = Tab.screen("Hafid")
        Tab.type("jjj", into: &screen)
        let chosen = screen.planPane!.plan.chosenStep!
        #expect(chosen.partnerId != nil)
        Tab.type("t", into: &screen)
        let listed = screen.form!.fields[0].selected
        #expect(listed > 0, "opens on the step's partner")
        Tab.type("<Home><Enter>", into: &screen)
        let cleared = Self.step(screen, chosen.id)
        #expect(cleared.partnerId == nil && cleared.cost == nil && cleared.referralSentOn == nil)
        #expect(screen.handleKey(.character("r")) == .unavailable("Step \(chosen.id) has no partner: t chooses one"))
    }

    @Test func theAssessmentsReasonBedroomsAndSupportNeedsAreChosenInForms() {
        var screen = Tab.screen("Hafid")
        Tab.type("<Right><Enter>", into: &screen)
        #expect(screen.form?.purpose == .plan(.lossReason))
        Tab.type("<Home>j<Enter>", into: &screen)
        #expect(screen.planPane!.plan.working.assessment?.reasonForLoss == LossReason.allCases[0])

        Tab.type("j<Enter><C-u>11<Enter>", into: &screen)
        #expect(screen.check(screen.form!).problems[0] == "is a number of bedrooms from 0 (a studio) to 10, or empty")
        Tab.type("<BS><BS>3<Enter>", into: &screen)
        #expect(screen.form == nil && screen.planPane!.plan.working.assessment?.bedroomsNeeded == 3)

        Tab.type("<End><Enter><Space><Enter>", into: &screen)
        #expect(screen.planPane!.plan.working.assessment?.supportNeeds.contains(SupportNeed.allCases[0]) == true)
    }

    @Test func notAgreedAndReviewDoneGoToTheService() {
        var screen = Tab.screen("Hafid")
        Tab.type("G<Enter>", into: &screen)
        #expect(screen.form != nil, "the applicant's reason is required")
        #expect(Tab.type("Wants to stay in Watford<Enter>", into: &screen).last
            == .perform(.disagreePlan(reason: "Wants to stay in Watford", on: Self.today)))

        Tab.type("RLetting agents registered<Tab>today<Enter>", into: &screen)
        #expect(screen.check(screen.form!).problems[1] == "must come after today's review")
        #expect(Tab.type("<C-u>+28<Enter>", into: &screen).last
            == .perform(.reviewPlan(note: "Letting agents registered", on: Self.today, nextDueOn: Self.today.adding(days: 28))))
    }

    /// The s193B sequence from the plan: a refusal of a required step only once the plan is settled, then the warning.
    @Test func aRefusalNeedsASettledPlanAndTheWarningFollowsIt() {
        var screen = Tab.screen("Hafid")
        Tab.type("fWould not go to the agents<Enter>", into: &screen)
        let form = try! #require(screen.form, "refused: the plan is not agreed yet")
        #expect(screen.check(form).refused)
        Tab.type("<Esc>d", into: &screen)
        #expect(screen.handleKey(.character("w")).isUnavailable, "no warning before a refusal")

        var agreed = screen.record
        agreed.settlePlan(on: Self.today.adding(days: -1), by: "amara", notAgreedReason: nil)
        agreed.revision += 1
        screen.reload(agreed, keepEdits: false)
        #expect(Tab.type("fWould not go to the agents<Enter>", into: &screen).last
            == .perform(.recordRefusal(stepId: 1, on: Self.today, note: "Would not go to the agents")))

        agreed.nonCooperation = [NonCooperationRecord(kind: .refusal, on: Self.today, by: "amara", stepId: 1, note: "Would not go")]
        agreed.revision += 1
        screen.reload(agreed, keepEdits: false)
        Tab.type("w", into: &screen)
        #expect(screen.form?.purpose == .warning)
        let period = screen.sheet.context.configuration.nonCooperation.warningPeriodDays
        #expect(Tab.type("<Enter>", into: &screen).last == .perform(.recordWarning(on: Self.today, periodDays: period, note: nil)))
    }

    @Test func escTwiceOnATypedReasonPutsItAsideAndItComesBack() {
        var screen = Tab.screen("Hafid")
        Tab.type("nThe agents want", into: &screen)
        Tab.type("<Esc>", into: &screen)
        #expect(screen.question?.title == "Leave the form")
        Tab.type("<Esc>", into: &screen)
        #expect(screen.form == nil && screen.question == nil)
        #expect(screen.unsavedWork.items == ["what you typed in “Why step 1 was not done” on \(screen.ref)"])
        #expect(screen.unsavedWork.canKeepDraft)
        Tab.type("n", into: &screen)
        #expect(screen.form?.text(1) == "The agents want")
    }

    @Test func anEarlierVersionTakesNoNewStepAndNoForm() {
        var screen = Tab.screen("Rene\u{301}e")
        Tab.type("<Left><Home><Enter>", into: &screen)
        #expect(screen.planPane!.plan.viewing == 1)
        for key in "aluntdfoxKgGRw" {
            #expect(screen.handleKey(.character(key)).isUnavailable, "\(key) works on an earlier version")
        }
        #expect(screen.form == nil && screen.question == nil)
    }
}

extension ScreenOutcome {
    var isUnavailable: Bool { if case .unavailable = self { true } else { false } }
}
