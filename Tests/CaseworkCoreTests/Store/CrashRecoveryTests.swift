import Foundation
import Testing
@testable import CaseworkCore

/// Crash states built by hand: each leaves the files as a writer killed at one point of the write would.
@Suite struct CrashRecoveryTests {
    /// Makes a real write, then undoes its last steps on disk: the new record goes back to `tmp/` under the name
    /// its commit line gives, the old record returns, and (optionally) the audit line goes.
    func crashAfterCommit(_ f: StoreFixture, keepAuditLine: Bool) throws -> (staged: String, new: Case) {
        let oldBytes = try f.bytes("cases/H-0001.json")
        let new = try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("late"))
        let name = try #require(f.indexLines().last?.commit.tmp)
        try f.directory.write("tmp/" + name, f.bytes("cases/H-0001.json"))
        try f.directory.write("cases/H-0001.json", oldBytes)
        if !keepAuditLine {
            let lines = try f.lines(DataDirectory.auditFile).dropLast()
            try f.directory.write(DataDirectory.auditFile, Data(lines.map { $0 + "\n" }.joined().utf8))
        }
        return (name, new)
    }

    @Test(arguments: [false, true])
    func aCommittedStagedFileIsRolledForwardWithExactlyOneAuditLine(keepAuditLine: Bool) throws {
        let f = try StoreFixture()
        try f.seed(1)
        let (_, new) = try crashAfterCommit(f, keepAuditLine: keepAuditLine)
        #expect(try f.store.load("H-0001").revision == 1)

        let reopened = try f.another()
        #expect(try reopened.load("H-0001") == new)
        #expect(try f.tmpNames().isEmpty)
        let notes = try f.audit().filter { $0.action == "note" }
        #expect(notes == [AuditEntry(at: StoreFixture.clock.now(), by: "tom.okafor", ref: "H-0001", revision: 2, action: "note",
                                     fields: ["timeline"])])
        #expect(try reopened.doctor(repair: false).findings.isEmpty)
    }

    @Test func recoveryAlsoRunsAtTheNextWriteOfAnInstanceAlreadyOpen() throws {
        let f = try StoreFixture()
        try f.seed(2)
        let other = try f.another()
        let (_, new) = try crashAfterCommit(f, keepAuditLine: false)
        try other.update("H-0002", expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("x"))
        #expect(try f.store.load("H-0001") == new)
        // The recovered note then the new one: each write audited once.
        #expect(try f.audit().filter { $0.action == "note" }.map(\.ref) == ["H-0001", "H-0002"])
    }

    @Test func aStagedFileWithoutItsCommitLineNeverCounts() throws {
        let f = try StoreFixture()
        let original = try f.seed(1)[0]
        var uncommitted = original
        uncommitted.revision = 2
        uncommitted.status = .closed
        let name = DataDirectory.tempName(Recovery.caseKind, "H-0001")
        try f.directory.write("tmp/" + name, StoreCoders().document.encode(uncommitted))

        let reopened = try f.another()
        #expect(try reopened.load("H-0001") == original)
        #expect(try reopened.summaries().summaries == [CaseSummary(original)])
        #expect(try f.tmpNames() == [name])
        // The next write is not confused by it, and doctor names it as stale and removes it on repair.
        let next = try reopened.update("H-0001", expectedRevision: 1, by: StoreFixture.tom, action: "note", StoreFixture.note("y"))
        #expect(next.revision == 2 && next.status == original.status)
        let report = try reopened.doctor(repair: false)
        #expect(report.findings.map(\.kind) == [.staleTempFile])
        #expect(report.findings.first?.file == "tmp/" + name)
        let repaired = try reopened.doctor(repair: true)
        #expect(repaired.isClean)
        #expect(try f.tmpNames().isEmpty)
    }

    @Test func aTornLastIndexLineIsIgnoredAndCutByTheNextWriter() throws {
        let f = try StoreFixture()
        let created = try f.seed(2)
        let whole = try f.bytes(DataDirectory.indexFile)
        var torn = whole
        torn += Data(#"{"commit":{"cases":3,"line":3,"tmp":"case.H-0003.1.ab.json","top":3},"summary":{"ref":"H-00"#.utf8)
        try f.directory.write(DataDirectory.indexFile, torn)

        let snapshot = try f.another().summaries()
        #expect(snapshot.problems.isEmpty)
        #expect(snapshot.summaries == created.map(CaseSummary.init))

        let added = try f.store.create([StoreFixture.draft("Mei")], by: StoreFixture.priya)
        #expect(added.map(\.ref) == ["H-0003"])
        let after = try f.store.summaries()
        #expect(after.problems.isEmpty)
        #expect(after.summaries.map(\.ref) == ["H-0001", "H-0002", "H-0003"])
        #expect(try f.bytes(DataDirectory.indexFile).prefix(whole.count) == whole)
    }

    @Test func aTornAuditLineIsCutBeforeTheNextLineIsAppended() throws {
        let f = try StoreFixture()
        try f.seed(1)
        var audit = try f.bytes(DataDirectory.auditFile)
        audit += Data(#"{"action":"no"#.utf8)
        try f.directory.write(DataDirectory.auditFile, audit)
        try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("z"))
        let trail = try f.store.auditTrail()
        #expect(trail.problems.isEmpty)
        #expect(trail.entries.map(\.action) == ["create", "note"])
    }

    @Test func aCaseFileOlderThanTheIndexWithoutAStagedFileIsReportedAndRepaired() throws {
        let f = try StoreFixture()
        try f.seed(1)
        let old = try f.bytes("cases/H-0001.json")
        try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("lost"))
        try f.directory.write("cases/H-0001.json", old)

        let report = try f.store.doctor(repair: false)
        #expect(report.findings.map(\.kind) == [.revisionMismatch])
        let repaired = try f.store.doctor(repair: true)
        #expect(repaired.isClean)
        #expect(try f.store.summaries().summaries.map(\.revision) == [1])
        #expect(try f.bytes("cases/H-0001.json") == old)
        // The audit still says revision 2 happened; the record no longer has it. That is for a person to look at.
        #expect(try f.store.doctor(repair: false).findings.isEmpty)
    }
}
