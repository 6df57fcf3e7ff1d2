import Foundation
import Testing
@testable import CaseworkCore

/// An index with no lines beside case files is rebuilt from them under the lock, never read as an empty caseload,
/// and the files a rebuild could not read are named, left untouched and counted where the listing sees them.
@Suite struct LostIndexTests {
    struct Loss: CustomTestStringConvertible, Sendable {
        var cause: IndexLoss
        var apply: @Sendable (StoreFixture) throws -> Void
        var testDescription: String { cause.rawValue }
    }

    static let losses = [
        Loss(cause: .missing) { try FileManager.default.removeItem(at: $0.directory.file(DataDirectory.indexFile)) },
        Loss(cause: .empty) { try $0.directory.write(DataDirectory.indexFile, Data()) },
    ]

    @Test(arguments: losses)
    func aLostIndexIsRebuiltOnOpenAndSaidSo(loss: Loss) throws {
        let f = try StoreFixture()
        let seeded = try f.seed(3)
        try f.store.update("H-0002", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("x"))
        try loss.apply(f)

        let reopened = try f.another()
        #expect(reopened.rebuiltIndex == IndexRebuild(loss: loss.cause, records: 3, kept: [], unlisted: []))
        #expect(reopened.rebuiltIndex?.notice == "the index was \(loss.cause.rawValue); rebuilt it from 3 case files")
        let snapshot = try reopened.summaries()
        #expect(snapshot.summaries.map(\.ref) == seeded.map(\.ref))
        #expect(snapshot.summaries.map(\.revision) == [1, 2, 1])
        #expect(snapshot.problems.isEmpty)
        #expect(try reopened.doctor(repair: false).findings.isEmpty)
        // Once rebuilt, the next open finds nothing to do.
        #expect(try f.another().rebuiltIndex == nil)
    }

    @Test(arguments: losses)
    func aWriteFromAnInstanceOpenedEarlierNeverAppendsToALostIndex(loss: Loss) throws {
        let f = try StoreFixture()
        try f.seed(3)
        try loss.apply(f)
        try f.store.update("H-0003", expectedRevision: 1, by: StoreFixture.tom, action: "note", StoreFixture.note("x"))
        #expect(f.store.rebuiltIndex?.loss == loss.cause)
        #expect(try f.store.summaries().summaries.map(\.ref) == ["H-0001", "H-0002", "H-0003"])
        #expect(try f.store.load("H-0003").revision == 2)
        #expect(try f.store.summaries().summaries.last?.revision == 2)
        #expect(try f.store.create([StoreFixture.draft("Elif")], by: StoreFixture.priya).map(\.ref) == ["H-0004"])
        #expect(try f.store.doctor(repair: false).findings.isEmpty)
    }

    @Test(arguments: [[], ["notes.txt"]])
    func anIndexWithNoCaseFilesBesideItIsAnEmptyCaseload(strays: [String]) throws {
        let f = try StoreFixture()
        for name in strays { try f.directory.write("cases/" + name, Data("x".utf8)) }
        try FileManager.default.removeItem(at: f.directory.file(DataDirectory.indexFile))
        let reopened = try f.another()
        #expect(reopened.rebuiltIndex == nil)
        #expect(try reopened.summaries().summaries.isEmpty)
    }

    @Test func aRebuildNamesWhatItCouldNotReadAndTheListingKeepsSaying() throws {
        let f = try StoreFixture()
        try f.seed(4)
        let good = try f.bytes("cases/H-0002.json")
        let bad = good.prefix(40)
        try f.directory.write("cases/H-0002.json", bad)
        try FileManager.default.removeItem(at: f.directory.file(DataDirectory.indexFile))

        let reopened = try f.another()
        #expect(reopened.rebuiltIndex == IndexRebuild(loss: .missing, records: 3, kept: [], unlisted: ["cases/H-0002.json"]))
        #expect(reopened.rebuiltIndex?.notice
            == "the index was missing; rebuilt it from 3 case files; left out 1 it could not read: cases/H-0002.json")
        #expect(try f.bytes("cases/H-0002.json") == bad)
        let warning = StoreProblem(file: "cases", position: "",
                                   reason: "1 case file could not be read and is not listed; run casework doctor")
        var snapshot = try reopened.summaries()
        #expect(snapshot.summaries.map(\.ref) == ["H-0001", "H-0003", "H-0004"])
        #expect(snapshot.problems == [warning])
        #expect(warning.description == "cases: 1 case file could not be read and is not listed; run casework doctor")

        // Later writes and a compaction carry the count on; doctor agrees with it.
        try reopened.update("H-0003", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("x"))
        #expect(try reopened.summaries().problems == [warning])
        #expect(try StoreFixture.compact(reopened))
        #expect(try f.indexLines().count == 3)
        snapshot = try reopened.summaries()
        #expect(Dictionary(uniqueKeysWithValues: snapshot.summaries.map { ($0.ref, $0.revision) }) == ["H-0001": 1, "H-0003": 2, "H-0004": 1])
        #expect(snapshot.problems == [warning])
        #expect(try reopened.doctor(repair: false).findings.map(\.kind) == [.unreadableRecord])

        // Mended by hand: doctor sees the case missing from the index and the count wrong; --repair puts both right.
        try f.directory.write("cases/H-0002.json", good)
        let report = try reopened.doctor(repair: true)
        #expect(report.findings.map(\.kind) == [.missingFromIndex, .unlistedCount])
        #expect(report.findings.last?.detail == "says 1 case file is left out as unreadable; 0 are")
        #expect(report.isClean)
        snapshot = try reopened.summaries()
        #expect(snapshot.summaries.map(\.ref) == ["H-0001", "H-0002", "H-0003", "H-0004"])
        #expect(snapshot.problems.isEmpty)
    }

    @Test func anUnreadableFileRemovedByHandClearsTheCountAtTheNextRepair() throws {
        let f = try StoreFixture()
        try f.seed(2)
        try f.directory.write("cases/H-0001.json", Data("{".utf8))
        try f.directory.write(DataDirectory.indexFile, Data())
        #expect(try f.another().summaries().problems.count == 1)
        try FileManager.default.removeItem(at: f.directory.file("cases/H-0001.json"))
        let report = try f.store.doctor(repair: true)
        #expect(report.findings.map(\.kind) == [.unlistedCount] && report.isClean)
        #expect(try f.store.summaries().problems.isEmpty)
    }
}
