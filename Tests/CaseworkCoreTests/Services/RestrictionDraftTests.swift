import Testing
@testable import CaseworkCore

/// A draft holds the full record: restricting a case removes the drafts of staff no longer cleared to see it.
@Suite struct RestrictionDraftTests {
    @Test func restrictingACaseRemovesTheDraftsOfStaffNotCleared() throws {
        let f = try StoreFixture()
        var record = try f.seed(2)[0]
        record = try f.store.update(record.ref, expectedRevision: nil, by: StoreFixture.priya, action: "assign") {
            $0.assignedOfficer = "priya.shah"
        }
        for user in ["priya.shah", "tom.okafor", "ghost"] {
            try f.store.saveDraft(CaseDraft(user: user, ref: record.ref, baseRevision: record.revision, savedAt: StoreFixture.clock.now(),
                                            record: record))
        }
        try f.store.saveDraft(CaseDraft(user: "tom.okafor", ref: "H-0002", baseRevision: 1, savedAt: StoreFixture.clock.now(),
                                        record: try f.store.load("H-0002")))
        #expect(try f.store.draftAuthors(of: record.ref) == ["ghost", "priya.shah", "tom.okafor"])

        let service = CaseService(store: f.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        var details = CaseDetails(record)
        details.domesticAbuse = true
        let saved = try service.perform(.saveDetails(details), on: record.ref, expectedRevision: record.revision)
        #expect(saved.restricted)
        #expect(try f.store.draftAuthors(of: record.ref) == ["priya.shah"], "the assigned officer keeps hers")
        #expect(try f.store.drafts(for: "tom.okafor").map(\.ref) == ["H-0002"], "another case's draft stays")

        // Already restricted: a later change removes nothing more.
        try f.store.saveDraft(CaseDraft(user: "tom.okafor", ref: record.ref, baseRevision: saved.revision, savedAt: StoreFixture.clock.now(),
                                        record: saved))
        try service.addNote(record.ref, text: "Seen.")
        #expect(try f.store.draftAuthors(of: record.ref) == ["priya.shah", "tom.okafor"])
    }
}
