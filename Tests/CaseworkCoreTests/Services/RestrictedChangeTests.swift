import Foundation
import Testing
@testable import CaseworkCore

/// A change to a restricted case by someone not entitled to it is refused, writes nothing to the case, and leaves
/// the audit line the refusal message promises.
@Suite struct RestrictedChangeTests {
    static let attempts: [(action: String, change: @Sendable (CaseService, String) throws -> Void)] = [
        ("note", { try $0.addNote($1, text: "hello") }),
        ("document", { try $0.setDocument($1, kind: .identity, provided: true, expectedRevision: nil) }),
        ("duty-start", { try $0.startDuty($1, kind: .prevention, expectedRevision: nil) }),
        ("assign", { try $0.assign($1, to: "priya.shah", expectedRevision: nil) }),
    ]

    @Test(arguments: attempts.indices)
    func aRefusedChangeIsAudited(index: Int) throws {
        let (action, change) = Self.attempts[index]
        let fixture = try StoreFixture()
        var draft = StoreFixture.draft("Ayşe", "Yılmaz")
        draft.domesticAbuse = true
        draft.restricted = true
        let ref = try fixture.store.create([draft], by: StoreFixture.priya)[0].ref
        let outsider = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.tom, configuration: .standard)
        #expect(throws: CaseAccessError.restricted(ref: ref)) { try change(outsider, ref) }
        #expect(try fixture.store.load(ref).revision == 1, "nothing written to the case")
        let last = try fixture.store.auditTrail().entries.last
        #expect(last?.action == "\(action)-refused" && last?.by == StoreFixture.tom.id && last?.ref == ref && last?.revision == nil)
    }
}
