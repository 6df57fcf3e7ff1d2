import CaseworkCore
import Testing
@testable import CaseworkUI

/// Issue 9 in the console: the triage gate (s184) with its reasons and a confirmation; findings with their letters,
/// notifications, review requests, interim accommodation and the invalid notice on the Duty tab; the s193B sequence.
@Suite struct CaseScreenLawTests {
    typealias Fixtures = CaseScreenFixtures
    static let today = CaseScreenFixtures.today

    static func text(_ screen: CaseScreen, width: Int = 80, height: Int = 24) -> String {
        Fixtures.framed(screen, width: width, height: height).lines.joined(separator: "\n")
    }

    /// Kofi is homeless tonight: "prevented at triage" is not offered, and advice only needs why no duty is owed.
    @Test func preventedAtTriageIsNotOfferedToAHomelessApplicant() {
        var kofi = Fixtures.screen("Asante")
        Fixtures.press("8o", on: &kofi)
        #expect(!Self.text(kofi).contains("Prevented at triage"))
        var hafiz = Fixtures.screen("Hafiz")
        Fixtures.press("8o", on: &hafiz)
        #expect(Self.text(hafiz).contains("Prevented at triage"))
    }

    /// Closing asks first; "Keep open" brings the form back with what was typed, and nothing is sent.
    @Test func closingAtTriageAsksAndKeepOpenKeepsWhatWasTyped() {
        var screen = Fixtures.screen("Asante")
        let outcomes = Fixtures.press("8o<Up><Tab>Staying with his aunt<Tab>His aunt confirmed he can stay<Enter>", on: &screen)
        #expect(outcomes.allSatisfy { if case .perform = $0 { false } else { true } })
        #expect(screen.question != nil && screen.form == nil)
        #expect(Self.text(screen).contains("This closes H-0002 at triage as “Advice only”"))
        Fixtures.press("k", on: &screen)
        #expect(screen.question == nil)
        #expect(screen.form?.text(2) == "Staying with his aunt" && screen.form?.text(3) == "His aunt confirmed he can stay")
    }

    @Test func theConfirmationAtTriage() {
        CaseScreenSnapshotTests.snapshot("triage-close-confirm", persona: "Asante",
                                         keys: "8o<Up><Tab>Staying with his aunt<Tab>His aunt confirmed he can stay<Enter>")
    }

    /// Liam may be owed interim accommodation: the form says his s188 duty is answered by the reason given.
    @Test func closingWithAPossibleInterimDutySaysItIsAnswered() {
        var screen = Fixtures.screen("O'Connor")
        Fixtures.press("8o<Up>", on: &screen)
        #expect(Self.text(screen, width: 160, height: 48).contains("interim accommodation duty (s188) is recorded as not owed"))
    }

    static let performed: [(persona: String, keys: String, action: CaseAction)] = [
        ("Hafiz", "6f<Down><Enter>", .recordFinding(.priorityNeed, true, on: today, notifiedOn: nil)),
        ("Hafiz", "6f<Down><Down><Tab><Right><Tab><C-u>-1<Tab>today<Enter>",
         .recordFinding(.intentionality, false, on: today.adding(days: -1), notifiedOn: today)),
        ("Demir", "6r<Enter>Letters went to his old address<Enter>",
         .requestReview(decisionId: 1, on: today, lateAccepted: "Letters went to his old address")),
        ("O'Connor", "6i<Right><Tab>Staying at the night shelter for a week<Enter>",
         .recordInterimAccommodation(.notOwed, reason: "Staying at the night shelter for a week")),
        ("O'Connor", "6i<Enter>", .recordInterimAccommodation(.provided, reason: nil)),
        ("陈", "6t<Right><Enter>", .recordNoticeThreat(threatened: false)),
        ("Warsame", "6x<Enter>", .recordRefusal(stepId: 1, on: today, note: nil)),
    ]

    @Test(arguments: performed)
    func theDutyTabRecordsWhatTheLawTurnsOn(persona: String, keys: String, action: CaseAction) {
        var screen = Fixtures.screen(persona)
        let outcomes = Fixtures.press(keys, on: &screen)
        #expect(outcomes.last == .perform(action), "\(Self.text(screen, width: 160, height: 48))")
    }

    /// A review asked for after the 21 days is refused in the form until the council's reason is given.
    @Test func aLateReviewRequestAsksWhyItIsAccepted() {
        var screen = Fixtures.screen("Demir")
        let outcomes = Fixtures.press("6r<Enter>", on: &screen)
        #expect(outcomes.allSatisfy { if case .perform = $0 { false } else { true } })
        #expect(Self.text(screen, width: 160, height: 48).contains("ended on"), "\(Self.text(screen, width: 160, height: 48))")
    }

    /// Keys that have nothing to act on say why.
    @Test(arguments: [("Hafiz", "6n", "has its notification recorded"), ("Hafiz", "6t", "Only an invalid notice"),
                      ("Warsame", "6w", "Record a refusal of a required step first"), ("Asante", "6x", "No prevention or relief duty")])
    func aRecordKeyWithNothingToActOnSaysWhy(persona: String, keys: String, why: String) {
        var screen = Fixtures.screen(persona)
        let outcomes = Fixtures.press(keys, on: &screen)
        guard case .unavailable(let said)? = outcomes.last else { Issue.record("\(outcomes)"); return }
        #expect(said.contains(why), "\(said)")
    }

    /// The Duty tab shows each finding, the invalid notice's question, s188 and where non-co-operation stands.
    @Test func theDutyTabShowsWhereTheLawStands() {
        let renee = Self.text(Fixtures.screen("Lefèvre").pressed("6"), width: 160, height: 48)
        #expect(renee.contains("Priority need") && renee.contains("In priority need"), "\(renee)")
        #expect(renee.contains("Interim accommodation provided"))
        let meiling = Self.text(Fixtures.screen("陈").pressed("6"), width: 160, height: 48)
        #expect(meiling.contains("not judged yet: t records whether it threatens the household"), "\(meiling)")
        var warsame = Fixtures.screen("Warsame")
        Fixtures.press("6", on: &warsame)
        #expect(Self.text(warsame, width: 160, height: 48).contains("Nothing recorded: a refusal of a required step comes first"))
    }

    @Test func theDutyTabOfAReliefCaseWithItsFindings() {
        CaseScreenSnapshotTests.snapshot("duty-findings", persona: "Lefèvre", keys: "6")
    }
}

extension CaseScreen {
    /// The screen after `keys`, for a one-line look.
    func pressed(_ keys: String) -> CaseScreen {
        var screen = self
        CaseScreenFixtures.press(keys, on: &screen)
        return screen
    }
}
