import Foundation
import Testing
@testable import CaseworkCore

@Suite struct JSONFileStoreTests {
    @Test func createsCasesWithRefsInOrderAndReadsThemBack() throws {
        let f = try StoreFixture()
        let created = try f.store.create([StoreFixture.draft("Hafid"), StoreFixture.draft("Ayisha"), StoreFixture.draft("小龍", "李")],
                                         by: StoreFixture.priya)
        #expect(created.map(\.ref) == ["H-0001", "H-0002", "H-0003"])
        #expect(created.allSatisfy { $0.revision == 1 && $0.updatedBy == "priya.shah" && $0.updatedAt == StoreFixture.clock.now() })
        for record in created { #expect(try f.store.load(record.ref) == record) }
        let snapshot = try f.store.summaries()
        #expect(snapshot.problems.isEmpty)
        #expect(snapshot.summaries == created.map(CaseSummary.init))
        // The file is the pretty, sorted form people can read.
        let text = String(decoding: try f.bytes("cases/H-0003.json"), as: UTF8.self)
        #expect(text.contains("\"firstName\" : \"小龍\""))
        #expect(text.hasPrefix("{\n  \"accommodation\""))
    }

    @Test func refsContinueAfterReopeningAndNeverReuseAnExistingFile() throws {
        let f = try StoreFixture()
        try f.seed(2)
        // A record whose index line was lost: its number must not be handed out again.
        try f.directory.write("cases/H-0003.json", f.bytes("cases/H-0001.json"))
        let later = try f.another().create([StoreFixture.draft("Olumide")], by: StoreFixture.tom)
        #expect(later.map(\.ref) == ["H-0004"])
        #expect(try f.store.create([StoreFixture.draft("Zofia")], by: StoreFixture.tom).map(\.ref) == ["H-0005"])
    }

    @Test func updateBumpsRevisionStampsAndAuditsTheChangedFields() throws {
        let f = try StoreFixture()
        let original = try f.seed(1)[0]
        let updated = try f.store.update("H-0001", expectedRevision: 1, by: StoreFixture.tom, action: "note",
                                         StoreFixture.note("Called the landlord."))
        #expect(updated.revision == 2)
        #expect(updated.updatedBy == "tom.okafor")
        #expect(updated.timeline.count == 1)
        #expect(try f.store.load("H-0001") == updated)
        #expect(try f.store.summaries().summaries == [CaseSummary(updated)])
        let audit = try f.audit()
        #expect(audit.count == 2)
        #expect(audit[0] == AuditEntry(at: StoreFixture.clock.now(), by: "priya.shah", ref: "H-0001", revision: 1, action: "create",
                                       fields: Case.filledFields(of: original)))
        #expect(audit[1] == AuditEntry(at: StoreFixture.clock.now(), by: "tom.okafor", ref: "H-0001", revision: 2, action: "note",
                                       fields: ["timeline"]))
        #expect(try f.tmpNames().isEmpty)
    }

    @Test func auditLinesCarryNoCaseContent() throws {
        let f = try StoreFixture()
        try f.store.create([StoreFixture.draft("Siobhán", "Ní Bhriain")], by: StoreFixture.priya)
        try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("fled to 12 Mill Lane"))
        try f.store.auditView(of: "H-0001", by: StoreFixture.tom, allowed: false)
        let text = String(decoding: try f.bytes(DataDirectory.auditFile), as: UTF8.self)
        for secret in ["Siobhán", "Bhriain", "Mill Lane", "Kaamil", "1998"] { #expect(!text.contains(secret)) }
        #expect(try f.audit().last == AuditEntry(at: StoreFixture.clock.now(), by: "tom.okafor", ref: "H-0001", revision: nil,
                                                 action: "view-refused", fields: nil))
    }

    @Test func aStaleRevisionIsRefusedByNameAndTimeAndNothingIsWritten() throws {
        let f = try StoreFixture()
        try f.seed(1)
        try f.store.update("H-0001", expectedRevision: 1, by: StoreFixture.priya, action: "note", StoreFixture.note("first"))
        let before = try [DataDirectory.caseFile("H-0001"), DataDirectory.indexFile, DataDirectory.auditFile].map(f.bytes)
        var ran = false
        #expect(throws: StoreError.staleRevision(ref: "H-0001", expected: 1, current: 2, changedBy: "Priya Shah",
                                                 changedAt: StoreFixture.clock.now())) {
            try f.another().update("H-0001", expectedRevision: 1, by: StoreFixture.tom, action: "note") { _ in ran = true }
        }
        #expect(!ran)
        #expect(try [DataDirectory.caseFile("H-0001"), DataDirectory.indexFile, DataDirectory.auditFile].map(f.bytes) == before)
        #expect(try f.tmpNames().isEmpty)
        let message = StoreError.staleRevision(ref: "H-0001", expected: 1, current: 2, changedBy: "Priya Shah",
                                               changedAt: StoreFixture.clock.now()).description
        #expect(message == "case H-0001 was changed by Priya Shah at 10:14; reload")
    }

    @Test func aStaleRevisionBySomeoneUnknownNamesTheirId() throws {
        let f = try StoreFixture()
        try f.seed(1)
        let stranger = Actor(id: "agency.temp", name: "Agency", role: .caseworker)
        try f.store.update("H-0001", expectedRevision: nil, by: stranger, action: "note", StoreFixture.note("x"))
        #expect(throws: StoreError.staleRevision(ref: "H-0001", expected: 1, current: 2, changedBy: "agency.temp",
                                                 changedAt: StoreFixture.clock.now())) {
            try f.store.update("H-0001", expectedRevision: 1, by: StoreFixture.tom, action: "note") { _ in }
        }
    }

    @Test func aFailedChangeWritesNothing() throws {
        struct Refused: Error {}
        let f = try StoreFixture()
        try f.seed(1)
        let before = try f.bytes(DataDirectory.indexFile)
        #expect(throws: Refused.self) {
            try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.tom, action: "x") { _ in throw Refused() }
        }
        #expect(throws: StoreError.self) {
            try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.tom, action: "x") { $0.ref = "H-0002" }
        }
        #expect(try f.bytes(DataDirectory.indexFile) == before)
        #expect(try f.audit().count == 1)
    }

    @Test(arguments: ["../etc/passwd", "", ".hidden", "H-0001/x", "H 1"])
    func refusesRefsThatAreNotFileNames(ref: String) throws {
        let f = try StoreFixture()
        #expect(throws: StoreError.invalid(reason: "\"\(ref)\" is not a case reference")) { try f.store.load(ref) }
    }

    @Test func loadOfAMissingCaseIsNotFound() throws {
        let f = try StoreFixture()
        #expect(throws: StoreError.notFound(ref: "H-0404")) { try f.store.load("H-0404") }
    }

    @Test func createRefusesADirectoryInUseAndOpenRefusesADirectoryThatIsNotAStore() throws {
        let f = try StoreFixture()
        #expect(throws: StoreError.self) {
            try JSONFileStore.create(at: f.directory.url, meta: f.store.meta, staff: StoreFixture.staff, clock: StoreFixture.clock)
        }
        let other = TemporaryDirectory()
        try FileManager.default.createDirectory(at: other.url, withIntermediateDirectories: true)
        try other.write("notes.txt", Data("mine".utf8))
        #expect(throws: StoreError.notADataDirectory(path: other.url.standardizedFileURL.path,
                                                     reason: "it is not empty and has no casework.json")) {
            try JSONFileStore.create(at: other.url, meta: f.store.meta, staff: StoreFixture.staff, clock: StoreFixture.clock)
        }
        #expect(throws: StoreError.notADataDirectory(path: other.url.standardizedFileURL.path, reason: "casework.json is missing")) {
            try JSONFileStore.open(at: other.url, clock: StoreFixture.clock)
        }
        try other.write("casework.json", Data("{\"schemaVersion\": 1, \"name\": ".utf8))
        #expect(throws: StoreError.self) { try JSONFileStore.open(at: other.url, clock: StoreFixture.clock) }
        do {
            _ = try JSONFileStore.open(at: other.url, clock: StoreFixture.clock)
        } catch let StoreError.notADataDirectory(_, reason) {
            #expect(reason.hasPrefix("casework.json is unreadable"))
        }
    }

    @Test func openReadsTheMetaAndStaff() throws {
        let f = try StoreFixture()
        let again = try f.another()
        #expect(again.meta == f.store.meta)
        #expect(try again.staff() == StoreFixture.staff)
        var staff = StoreFixture.staff
        staff.members.append(StaffMember(id: "ana", name: "Ana Ferreira", role: .manager))
        try again.saveStaff(staff)
        #expect(try f.store.staff() == staff)
    }

    @Test func bulkCreateAssignsRefsAndAuditsEveryCase() throws {
        let f = try StoreFixture()
        try f.seed(1)
        var random = SeededRandom(seed: 9)
        let cases = (0..<50).map { _ in RandomCases.caseRecord(&random) }
        #expect(try f.store.bulkCreate(cases, by: StoreFixture.tom, batchSize: 16) == 50)
        let summaries = try f.store.summaries().summaries
        #expect(summaries.map(\.ref) == (1...51).map(CaseRef.make))
        for (index, original) in cases.enumerated() {
            let stored = try f.store.load(CaseRef.make(index + 2))
            var expected = original
            expected.ref = stored.ref
            expected.revision = 1
            #expect(stored == expected)
        }
        let audit = try f.audit()
        #expect(audit.count == 51)
        #expect(audit.dropFirst().allSatisfy { $0.by == "tom.okafor" && $0.revision == 1 && $0.action == "create" })
        #expect(try f.tmpNames().isEmpty)
        let findings = try f.store.doctor(repair: false).findings
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func theAuditedFieldListCoversEveryStoredPropertyOfACase() {
        var random = SeededRandom(seed: 1)
        let labels = Mirror(reflecting: RandomCases.caseRecord(&random)).children.compactMap(\.label)
        #expect(Case.auditedFields.map(\.name) == labels.filter { !Case.bookkeepingFields.contains($0) })
        #expect(Case.bookkeepingFields.isSubset(of: labels))
    }

    @Test func changedFieldsNameWhatMoved() {
        var random = SeededRandom(seed: 4)
        let old = RandomCases.caseRecord(&random)
        var new = old
        new.status = old.status == .closed ? .triage : .closed
        new.plan = nil
        new.revision += 1
        #expect(Case.changedFields(from: old, to: new) == (old.plan == nil ? ["status"] : ["status", "plan"]))
        #expect(Case.changedFields(from: old, to: old).isEmpty)
    }
}
