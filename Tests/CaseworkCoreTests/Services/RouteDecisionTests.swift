import Foundation
import Testing
@testable import CaseworkCore

/// Accepting and overriding the suggested route. The fixture's applicant is 27, with no domestic abuse and no
/// support needs: the rules suggest a council caseworker.
@Suite struct RouteDecisionTests {
    let fixture: StoreFixture
    let service: CaseService
    let ref: String

    init() throws {
        fixture = try StoreFixture()
        service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.tom, configuration: .standard)
        ref = try fixture.seed(1)[0].ref
    }

    func auditLines() throws -> Int { try fixture.lines(DataDirectory.auditFile).count }

    @Test func acceptingARouteAlreadyAcceptedWritesNothing() throws {
        let first = try service.acceptRoute(ref, expectedRevision: nil)
        #expect(first.changed && first.record.route?.team == .council)
        let audited = try auditLines()
        let again = try service.acceptRoute(ref, expectedRevision: first.record.revision)
        #expect(!again.changed)
        #expect(again.record.revision == first.record.revision)
        #expect(try fixture.store.load(ref).revision == first.record.revision)
        #expect(try auditLines() == audited)
        #expect(try fixture.store.load(ref).timeline.filter { $0.text.hasPrefix("Route accepted") }.count == 1)
    }

    @Test func theConsolesAcceptGoesThroughTheSameRule() throws {
        let first = try service.perform(.acceptRoute, on: ref, expectedRevision: 1)
        let again = try service.perform(.acceptRoute, on: ref, expectedRevision: first.revision)
        #expect(again.revision == first.revision)
    }

    @Test func acceptingAfterAnOverrideRoutesBackToTheSuggestion() throws {
        let overridden = try service.overrideRoute(ref, to: .intensive, reason: "Support worker already there", expectedRevision: nil)
        #expect(overridden.route?.isOverride == true && overridden.route?.overrideReason == "Support worker already there")
        let accepted = try service.acceptRoute(ref, expectedRevision: overridden.revision)
        #expect(accepted.changed)
        #expect(accepted.record.route == RouteDecision(team: .council, suggested: .council, decidedBy: StoreFixture.tom.id,
                                                       decidedOn: StoreFixture.today))
    }

    @Test func overridingToTheSuggestedTeamIsRefusedAndWritesNothing() throws {
        let audited = try auditLines()
        #expect(throws: CaseServiceError.routeIsSuggested(.council)) {
            try service.overrideRoute(ref, to: .council, reason: "Same team, with a reason", expectedRevision: nil)
        }
        #expect(try fixture.store.load(ref).revision == 1)
        #expect(try auditLines() == audited)
    }

    @Test func anOverrideNeedsAReason() throws {
        #expect(throws: CaseServiceError.invalid(field: "reason", message: "overriding the suggested route (Council caseworker) needs a reason")) {
            try service.overrideRoute(ref, to: .refuge, reason: "  ", expectedRevision: nil)
        }
    }
}
