import Testing
@testable import CaseworkCore

/// Invisible characters that reorder or disguise text: refused in names, taken out of notes and reasons.
@Suite struct InvisibleCharacterTests {
    func service(_ fixture: StoreFixture) -> CaseService {
        CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
    }

    @Test(arguments: [
        ("applicant.firstName", "Ay\u{202E}esy", "U+202E"),
        ("applicant.lastName", "Yil\u{200B}maz", "U+200B"),
        ("household[0].firstName", "Kaa\u{2066}mil\u{2069}", "U+2066"),
        ("household[0].lastName", "Ha\u{061C}fiz", "U+061C"),
        ("applicant.firstName", "Evil\u{1B}[2J", "U+001B"),
    ])
    func aNameWithAnInvisibleOrControlCharacterIsRefusedAndNothingWritten(path: String, name: String, character: String) throws {
        let fixture = try StoreFixture()
        let record = try fixture.seed(1)[0]
        var details = CaseDetails(record)
        switch path {
        case "applicant.firstName": details.applicant.firstName = name
        case "applicant.lastName": details.applicant.lastName = name
        case "household[0].firstName": details.household[0].firstName = name
        default: details.household[0].lastName = name
        }
        #expect(details.problems(today: StoreFixture.today).contains { $0.path == path && $0.message.contains(character) })
        #expect(throws: CaseServiceError.self) { try service(fixture).perform(.saveDetails(details), on: record.ref, expectedRevision: 1) }
        #expect(try fixture.store.load(record.ref).revision == 1)
    }

    @Test func aNoteKeepsItsWordsWithoutTheirDisguise() throws {
        let fixture = try StoreFixture()
        let ref = try fixture.seed(1)[0].ref
        let saved = try service(fixture).addNote(ref, text: "Paid \u{202E}0001\u{202C} on\u{2028}Monday\u{200B}.")
        #expect(saved.timeline.last?.text == "Paid 0001 on\nMonday.")
    }

    @Test func aRouteReasonIsNeutralisedAndRefusesControls() throws {
        let fixture = try StoreFixture()
        let ref = try fixture.seed(1)[0].ref
        #expect(throws: CaseServiceError.invalid(field: "reason", message: "a reason cannot contain a control character (U+001B)")) {
            try service(fixture).overrideRoute(ref, to: .refuge, reason: "x\u{1B}[2J", expectedRevision: nil)
        }
        let routed = try service(fixture).overrideRoute(ref, to: .refuge, reason: "Fleeing\u{200F} violence", expectedRevision: nil)
        #expect(routed.route?.overrideReason == "Fleeing violence")
    }
}
