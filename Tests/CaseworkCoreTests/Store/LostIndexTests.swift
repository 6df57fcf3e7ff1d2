import Foundation
import Testing
@testable import CaseworkCore

/// An index with no lines beside case files is rebuilt from them under the lock, never read as an empty caseload.
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
}
