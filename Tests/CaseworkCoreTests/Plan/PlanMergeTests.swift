import Testing
@testable import CaseworkCore

/// A stale plan save: the officer's unsaved work merged onto the newer record field by field.
@Suite struct PlanMergeTests {
    static let day = Day(year: 2026, month: 3, day: 2)!

    static var base: PlanContent {
        PlanContent(assessment: Assessment(completedOn: day, completedBy: "priya", housingNeeds: "Two bedrooms", area: "Watford"),
                    steps: [PlanStep(id: 1, owner: .applicantRequired, text: "Bank statements"),
                            PlanStep(id: 2, owner: .council, text: "Call the landlord"),
                            PlanStep(id: 3, owner: .council, text: "Offer a deposit")])
    }

    @Test func fieldsChangedOnOneSideEachAreKept() {
        var mine = Self.base, theirs = Self.base
        mine.assessment?.housingNeeds = "Two bedrooms, ground floor"
        mine.steps[0].text = "Three months of bank statements"
        theirs.assessment?.area = "Watford or Bushey"
        theirs.steps[1].doneOn = Self.day
        let outcome = PlanMerge.merge(base: Self.base, mine: mine, theirs: theirs)
        #expect(outcome.clashes.isEmpty)
        #expect(outcome.content.assessment?.housingNeeds == "Two bedrooms, ground floor")
        #expect(outcome.content.assessment?.area == "Watford or Bushey")
        #expect(outcome.content.steps[0].text == "Three months of bank statements")
        #expect(outcome.content.steps[1].doneOn == Self.day)
    }

    @Test func theSameFieldChangedBothWaysKeepsTheOfficersTextAndSaysSo() {
        var mine = Self.base, theirs = Self.base
        mine.steps[2].text = "Offer a deposit bond"
        theirs.steps[2].text = "Offer a deposit and rent in advance"
        mine.assessment?.area = "Bushey"
        theirs.assessment?.area = "Croxley"
        let outcome = PlanMerge.merge(base: Self.base, mine: mine, theirs: theirs)
        #expect(outcome.content.steps[2].text == "Offer a deposit bond")
        #expect(outcome.content.assessment?.area == "Bushey")
        #expect(outcome.clashes == ["the assessment's area", "step 3's words"])
    }

    @Test func stepsAddedOnBothSidesAreBothKeptWithoutSharingANumber() {
        var mine = Self.base, theirs = Self.base
        mine.steps.append(PlanStep(id: 4, owner: .council, text: "Refer to mediation"))
        theirs.steps.append(PlanStep(id: 4, owner: .applicantRequired, text: "Register with letting agents"))
        let outcome = PlanMerge.merge(base: Self.base, mine: mine, theirs: theirs)
        #expect(outcome.content.steps.map(\.id) == [1, 2, 3, 4, 5])
        #expect(outcome.content.steps.last?.text == "Refer to mediation")
        #expect(outcome.clashes.isEmpty)
    }

    @Test func aRemovalStandsUnlessTheOtherOfficerChangedTheStep() {
        var mine = Self.base, theirs = Self.base
        mine.steps.removeAll { $0.id == 2 || $0.id == 3 }
        theirs.steps[2].dueOn = Self.day
        let outcome = PlanMerge.merge(base: Self.base, mine: mine, theirs: theirs)
        #expect(outcome.content.steps.map(\.id) == [1, 3])
        #expect(outcome.clashes.count == 1)
    }

    @Test func theOfficersOrderWinsWhenTheOtherKeptTheirs() {
        var mine = Self.base, theirs = Self.base
        mine.steps.reverse()
        theirs.steps[0].text = "Bank statements for March"
        let outcome = PlanMerge.merge(base: Self.base, mine: mine, theirs: theirs)
        #expect(outcome.content.steps.map(\.id) == [3, 2, 1])
        #expect(outcome.content.steps[2].text == "Bank statements for March")
    }

    @Test func aStepTheOfficerAddedAndSavedIsNotAddedTwice() {
        var mine = Self.base
        mine.steps.append(PlanStep(id: 4, owner: .council, text: "Call Mrs Barrow"))
        let outcome = PlanMerge.merge(base: Self.base, mine: mine, theirs: mine)
        #expect(outcome.content == mine)
        #expect(outcome.clashes.isEmpty)
    }
}
