import Foundation
import Testing
@testable import CaseworkCore

@Suite struct DraftTests {
    @Test func draftsAreKeptPerUserAndDiscarded() throws {
        let f = try StoreFixture()
        let records = try f.seed(2)
        var edited = records[1]
        edited.status = .triage
        let draft = CaseDraft(user: "tom.okafor", ref: "H-0002", baseRevision: 1, savedAt: StoreFixture.clock.now(), record: edited)
        try f.store.saveDraft(draft)
        try f.store.saveDraft(CaseDraft(user: "tom.okafor", ref: "H-0001", baseRevision: 1, savedAt: StoreFixture.clock.now(), record: records[0]))
        #expect(try f.another().drafts(for: "tom.okafor").map(\.ref) == ["H-0001", "H-0002"])
        #expect(try f.store.drafts(for: "tom.okafor").last == draft)
        #expect(try f.store.drafts(for: "priya.shah").isEmpty)
        try f.store.discardDraft(user: "tom.okafor", ref: "H-0001")
        #expect(try f.store.drafts(for: "tom.okafor") == [draft])
        // Drafts are not changes to the case: no index line, no audit line.
        #expect(try f.audit().count == 2)
        #expect(try f.store.summaries().summaries.map(\.revision) == [1, 1])
        #expect(try f.tmpNames().isEmpty)
    }

    @Test func anUnreadableDraftIsNamedNotSkipped() throws {
        let f = try StoreFixture()
        let record = try f.seed(1)[0]
        try f.store.saveDraft(CaseDraft(user: "tom.okafor", ref: "H-0001", baseRevision: 1, savedAt: StoreFixture.clock.now(), record: record))
        try f.directory.write("drafts/tom.okafor/H-0001.json", Data("{\"schemaVersion\": \"one\"}".utf8))
        #expect(throws: StoreError.unreadable(StoreProblem(file: "drafts/tom.okafor/H-0001.json", position: "schemaVersion",
                                                          reason: "expected a number"))) {
            try f.store.drafts(for: "tom.okafor")
        }
    }

    @Test(arguments: ["", "../priya.shah", ".hidden", "a/b"])
    func refusesUserIdsThatAreNotFileNames(user: String) throws {
        let f = try StoreFixture()
        #expect(throws: StoreError.invalid(reason: "\"\(user)\" is not a user id")) { try f.store.drafts(for: user) }
    }
}
