import Foundation
import Testing
@testable import CaseworkCore

/// Each audit line carries the hash of the one before it: doctor names the first line edited, added or removed out
/// of place, and nothing (compaction included) ever rewrites the journal.
@Suite struct AuditChainTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ])
    func sha256MatchesTheStandardsVectors(text: String, digest: String) {
        #expect(SHA256.hex(of: Array(text.utf8)) == digest)
    }

    /// A store with a few audited writes, each line chained.
    func chained() throws -> StoreFixture {
        let f = try StoreFixture()
        try f.seed(3)
        for text in ["one", "two", "three"] {
            try f.store.update("H-0002", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note(text))
        }
        try f.store.auditView(of: "H-0001", by: StoreFixture.tom, allowed: false)
        return f
    }

    func chainFindings(_ f: StoreFixture) throws -> [DoctorReport.Finding] {
        try f.another().doctor(repair: false).findings.filter { $0.kind == .auditChainBroken }
    }

    @Test func everyLineTheStoreWritesIsChained() throws {
        let f = try chained()
        let lines = try f.lines(DataDirectory.auditFile)
        #expect(lines.count == 7)
        #expect(lines.allSatisfy { $0.hasPrefix(#"{"prev":""#) })
        #expect(lines[0].hasPrefix(#"{"prev":"\#(AuditChain.genesis)""#))
        #expect(AuditChain.firstBreak(in: try f.bytes(DataDirectory.auditFile)) == nil)
        #expect(try f.audit().count == 7, "still read as audit entries")
        #expect(try chainFindings(f).isEmpty)
    }

    /// How the journal is tampered with, and the line doctor must name (nil: a chain cannot tell).
    struct Tampering: Sendable, CustomTestStringConvertible {
        var name: String
        var apply: @Sendable (inout [String]) -> Void
        var line: Int?
        var testDescription: String { name }
    }

    static let tamperings: [Tampering] = [
        Tampering(name: "a refusal deleted at the end", apply: { $0.remove(at: 6) }, line: nil),
        Tampering(name: "a line deleted in the middle", apply: { $0.remove(at: 3) }, line: 4),
        Tampering(name: "who did it rewritten", apply: { $0[4] = $0[4].replacingOccurrences(of: "tom.okafor", with: "priya.shah") }, line: 6),
        Tampering(name: "a line added by hand", apply: {
            $0.insert(#"{"action":"view","at":"2026-03-02T10:14:00Z","by":"x","ref":"H-0001"}"#, at: 2)
        }, line: 3),
        Tampering(name: "a line copied from another", apply: { $0.insert($0[1], at: 2) }, line: 3),
        Tampering(name: "the first lines removed", apply: { $0.removeFirst(2) }, line: 1),
        Tampering(name: "two lines swapped", apply: { $0.swapAt(3, 4) }, line: 4),
    ]

    @Test(arguments: tamperings)
    func doctorNamesTheFirstBrokenLine(tampering: Tampering) throws {
        let f = try chained()
        var lines = try f.lines(DataDirectory.auditFile)
        tampering.apply(&lines)
        try f.directory.write(DataDirectory.auditFile, Data(lines.map { $0 + "\n" }.joined().utf8))
        let findings = try chainFindings(f)
        if let line = tampering.line {
            #expect(findings.map(\.position) == ["line \(line)"])
            #expect(findings.first?.file == DataDirectory.auditFile)
        } else {
            #expect(findings.isEmpty, "the last line cut off leaves a chain that holds (the README says so)")
        }
    }

    @Test func linesWrittenBeforeTheChainAreAcceptedOnlyBeforeIt() throws {
        let f = try StoreFixture()
        let legacy = [#"{"action":"create","at":"2026-03-01T09:00:00Z","by":"priya.shah","fields":["applicant"],"ref":"H-0001","revision":1}"#,
                      #"{"action":"view","at":"2026-03-01T09:01:00Z","by":"tom.okafor","ref":"H-0001"}"#]
        try f.directory.write(DataDirectory.auditFile, Data(legacy.map { $0 + "\n" }.joined().utf8))
        try f.store.auditView(of: "H-0001", by: StoreFixture.tom, allowed: true)
        let lines = try f.lines(DataDirectory.auditFile)
        #expect(lines[2].hasPrefix(#"{"prev":"\#(AuditChain.hash(Array(legacy[1].utf8)))""#))
        #expect(AuditChain.firstBreak(in: try f.bytes(DataDirectory.auditFile)) == nil)
        try f.directory.write(DataDirectory.auditFile, Data((lines + [legacy[1]]).map { $0 + "\n" }.joined().utf8))
        #expect(AuditChain.firstBreak(in: try f.bytes(DataDirectory.auditFile))?.line == 4)
    }

    @Test func theChainContinuesAcrossInstancesAndAfterATornLine() throws {
        let f = try chained()
        var bytes = try f.bytes(DataDirectory.auditFile)
        bytes += Data(#"{"prev":"0000"#.utf8)  // a writer killed mid-append
        try f.directory.write(DataDirectory.auditFile, bytes)
        try f.another().update("H-0003", expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("after"))
        try f.store.update("H-0003", expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("again"))
        #expect(try f.lines(DataDirectory.auditFile).count == 9)
        #expect(AuditChain.firstBreak(in: try f.bytes(DataDirectory.auditFile)) == nil)
    }

    @Test func compactionNeverRewritesTheJournal() throws {
        let f = try StoreFixture()
        try f.seed(2)
        for index in 0..<300 {
            try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("n\(index)"))
        }
        let before = try f.bytes(DataDirectory.auditFile)
        #expect(try StoreFixture.compact(f.store))
        #expect(try f.lines(DataDirectory.indexFile).count == 2, "the index was compacted")
        #expect(try f.bytes(DataDirectory.auditFile) == before)
        #expect(AuditChain.firstBreak(in: before) == nil)
    }
}
