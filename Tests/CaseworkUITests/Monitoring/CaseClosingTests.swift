import CaseworkCore
import Testing
@testable import CaseworkUI

/// Closing a case from the Duty tab (c) asks the seed's question, "was the service good or not good enough?", and
/// takes the applicant's comment if they gave one; a case with a duty running, or closed already, says why not.
@Suite struct CaseClosingTests {
    typealias Fixtures = CaseScreenFixtures

    static let closings: [(keys: String, action: CaseAction)] = [
        ("6c<Enter>", .close(.good, comment: nil)),
        ("6c<Down><Tab>Waited three weeks for a call back<Enter>", .close(.notGoodEnough, comment: "Waited three weeks for a call back")),
        ("6c<Down><Down><Enter>", .close(.notAnswered, comment: nil)),
    ]

    /// Mehmet Demir's relief duty has ended: his case can be closed with his answer.
    @Test(arguments: closings)
    func closingRecordsTheApplicantsAnswer(keys: String, action: CaseAction) {
        var screen = Fixtures.screen("Demir")
        let outcomes = Fixtures.press(keys, on: &screen)
        #expect(outcomes.last == .perform(action), "\(Fixtures.framed(screen, width: 160, height: 48).lines.joined(separator: "\n"))")
    }

    @Test func theFormAsksTheQuestion() {
        var screen = Fixtures.screen("Demir")
        Fixtures.press("6c", on: &screen)
        let text = Fixtures.framed(screen, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Close the case") && text.contains("Not good enough") && text.contains("Their comment"))
    }

    /// Warsame's duty is running: closing waits for it to end, and nothing is sent.
    @Test func aRunningDutyIsEndedFirst() {
        var screen = Fixtures.screen("Warsame")
        let outcomes = Fixtures.press("6c", on: &screen)
        guard case .unavailable(let said)? = outcomes.last else { Issue.record("\(outcomes)"); return }
        #expect(said.contains("duty is running") && said.contains("end it first (e)"), "\(said)")
        #expect(screen.form == nil)
    }
}
