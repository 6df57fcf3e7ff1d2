import Foundation
import Testing
@testable import CaseworkCore

@Suite struct DoctorTests {
    @Test func aHealthyStoreHasNothingToReport() throws {
        let f = try StoreFixture()
        try f.seed(3)
        try f.store.update("H-0002", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("x"))
        let report = try f.store.doctor(repair: false)
        #expect(report.findings.isEmpty && report.isClean)
        #expect(report.records == 3 && report.readableRecords == 3 && report.indexLines == 4 && report.auditLines == 4)
        #expect(report.text == "Checked 3 records (3 readable), 4 index lines, 4 audit lines.\nNo problems found.\n")
        let decoded = try JSONDecoder().decode(DoctorReport.self, from: JSONEncoder().encode(report))
        #expect(decoded == report)
    }

    @Test func findsEveryDisagreementAndRepairsWhatTheIndexCanFix() throws {
        let f = try StoreFixture()
        try f.seed(5)
        // H-0002: its index line is lost. H-0003: the file is gone. H-0004: unreadable. H-0005: a stray copy.
        let lines = try f.lines(DataDirectory.indexFile)
        try f.directory.write(DataDirectory.indexFile, Data(lines.enumerated().filter { $0.offset != 1 }.map { $0.element + "\n" }.joined().utf8))
        try FileManager.default.removeItem(at: f.directory.file("cases/H-0003.json"))
        let unreadable = Data("{ \"schemaVersion\": 1, \"ref\": \"H-0004\",".utf8)
        try f.directory.write("cases/H-0004.json", unreadable)
        try f.directory.write("cases/H-0005.json~", f.bytes("cases/H-0005.json"))
        let stale = DataDirectory.tempName(Recovery.caseKind, "H-0001")
        try f.directory.write("tmp/" + stale, f.bytes("cases/H-0001.json"))

        let report = try f.store.doctor(repair: false)
        let kinds = report.findings.map(\.kind)
        #expect(kinds.contains(.missingFromIndex) && kinds.contains(.orphanIndexEntry) && kinds.contains(.unreadableRecord))
        #expect(kinds.contains(.strayFile) && kinds.contains(.staleTempFile))
        #expect(report.findings.first { $0.kind == .missingFromIndex }?.ref == "H-0002")
        #expect(report.findings.first { $0.kind == .orphanIndexEntry }?.ref == "H-0003")
        #expect(report.findings.first { $0.kind == .strayFile }?.file == "cases/H-0005.json~")
        #expect(report.text.contains("cases/H-0004.json: line 1, column 39 (byte 38): the file ends before its JSON does (truncated)"))
        #expect(report.text.contains("Run with --repair"))
        #expect(!report.isClean)

        let repaired = try f.store.doctor(repair: true)
        #expect(repaired.repairs == [
            "rebuilt index.jsonl from 3 records; listed cases/H-0004.json by the last known summary: it cannot be read",
            "removed 1 stale temp file",
        ])
        #expect(repaired.findings.filter { !$0.repaired }.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.strayFile, .unreadableRecord])
        // The rebuilt index lists the readable records and keeps the last known summary of the unreadable one.
        #expect(try f.store.summaries().summaries.map(\.ref) == ["H-0001", "H-0002", "H-0004", "H-0005"])
        #expect(try f.bytes("cases/H-0004.json") == unreadable)
        #expect(try f.tmpNames().isEmpty)
        let after = try f.store.doctor(repair: false)
        #expect(after.findings.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.strayFile, .unreadableRecord])
        // New refs still never collide after a rebuild.
        #expect(try f.store.create([StoreFixture.draft("Elif")], by: StoreFixture.priya).map(\.ref) == ["H-0006"])
    }

    @Test func findsAuditGaps() throws {
        let f = try StoreFixture()
        try f.seed(2)
        try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("x"))
        let lines = try f.lines(DataDirectory.auditFile)
        try f.directory.write(DataDirectory.auditFile, Data(lines.filter { !$0.contains("\"note\"") }.map { $0 + "\n" }.joined().utf8))
        let report = try f.store.doctor(repair: true)
        #expect(report.findings.map(\.kind) == [.auditGap])
        #expect(report.findings.first?.detail == "no audit line for H-0001 revision 2")
        #expect(!report.isClean)
    }

    @Test func aRecordFiledUnderAnotherNameIsNotIndexedTwiceAndIsNamedAsLeftOut() throws {
        let f = try StoreFixture()
        try f.seed(1)
        try f.directory.write("cases/H-0001-copy.json", f.bytes("cases/H-0001.json"))
        let report = try f.store.doctor(repair: true)
        #expect(report.findings.map(\.kind) == [.unreadableRecord, .unlistedCount])
        #expect(report.findings.first?.position == "ref")
        #expect(report.repairs == ["rebuilt index.jsonl from 1 record; left out cases/H-0001-copy.json: it cannot be read "
                                       + "and the index held no summary, so it does not list until fixed"])
        let snapshot = try f.store.summaries()
        #expect(snapshot.summaries.map(\.ref) == ["H-0001"])
        #expect(snapshot.problems.map(\.description) == ["cases: 1 case file could not be read and is not listed; run casework doctor"])
    }

    @Test func findsApplicationsImportedTwiceAndLeavesThemAlone() throws {
        let f = try StoreFixture()
        var drafts = (0..<5).map { StoreFixture.draft("Applicant\($0)") }
        for (index, id) in ["F-1", "F-2", "F-1", "", "F-1"].enumerated() { drafts[index].externalId = id }
        try f.store.create(drafts + [StoreFixture.draft("Elif"), StoreFixture.draft("Ola")], by: StoreFixture.priya)
        try f.store.update("H-0007", expectedRevision: nil, by: StoreFixture.tom, action: "edit") { $0.externalId = "F-2" }
        let before = try (1...7).map { try f.bytes(DataDirectory.caseFile(CaseRef.make($0))) }

        let report = try f.store.doctor(repair: true)
        let duplicates = report.findings.filter { $0.kind == .duplicateExternalId }
        #expect(duplicates.map(\.detail) == [
            "H-0001, H-0003, H-0005 hold the same externalId: one application imported 3 times; left for a person to merge",
            "H-0002, H-0007 hold the same externalId: one application imported 2 times; left for a person to merge",
        ])
        #expect(duplicates.map(\.file) == ["cases/H-0001.json", "cases/H-0002.json"] && duplicates.allSatisfy { !$0.repaired })
        #expect(!report.isClean && report.repairs.isEmpty)
        #expect(!report.text.contains("F-1") && !report.text.contains("Run with --repair"))
        #expect(try (1...7).map { try f.bytes(DataDirectory.caseFile(CaseRef.make($0))) } == before)
    }
}
