import Foundation
import Testing
@testable import CaseworkCore

@Suite struct IndexChangesTests {
    @Test func changesSeesAnotherInstancesWritesAndNothingWhenIdle() throws {
        let f = try StoreFixture()
        try f.seed(3)
        let console = try f.another()
        #expect(try console.summaries().summaries.count == 3)
        #expect(try console.changes().isEmpty)

        let updated = try f.store.update("H-0002", expectedRevision: 1, by: StoreFixture.tom, action: "note", StoreFixture.note("a"))
        let created = try f.store.create([StoreFixture.draft("Ngozi")], by: StoreFixture.tom)
        #expect(try console.changes() == [CaseSummary(updated), CaseSummary(created[0])])
        #expect(try console.changes().isEmpty)
    }

    @Test func changesBeforeAnyListingReturnsEverything() throws {
        let f = try StoreFixture()
        let created = try f.seed(2)
        #expect(try f.another().changes() == created.map(CaseSummary.init))
    }

    @Test func aMissingIndexIsAProblemNotAnEmptyCaseload() throws {
        let f = try StoreFixture()
        try f.seed(2)
        try FileManager.default.removeItem(at: f.directory.file(DataDirectory.indexFile))
        let snapshot = try f.store.summaries()
        #expect(snapshot.summaries.isEmpty)
        #expect(snapshot.problems.map(\.file) == [DataDirectory.indexFile])
        #expect(try f.store.doctor(repair: true).isClean)
        #expect(try f.store.summaries().summaries.map(\.ref) == ["H-0001", "H-0002"])
    }

    @Test func changesIgnoresALineStillBeingWritten() throws {
        let f = try StoreFixture()
        try f.seed(1)
        let console = try f.another()
        _ = try console.summaries()
        var bytes = try f.bytes(DataDirectory.indexFile)
        bytes += Data(#"{"commit":{"cas"#.utf8)
        try f.directory.write(DataDirectory.indexFile, bytes)
        #expect(try console.changes().isEmpty)
    }

    @Test func theIndexIsCompactedOnceItOutgrowsTheCaseloadAndListingsFollow() throws {
        let f = try StoreFixture()
        try f.seed(4)
        let console = try f.another()
        _ = try console.summaries()
        var latest = try f.store.load("H-0003")
        for number in 0..<IndexCompaction.minimumLines {
            latest = try f.store.update("H-0003", expectedRevision: latest.revision, by: StoreFixture.priya, action: "note",
                                        StoreFixture.note("note \(number)"))
        }
        let lines = try f.indexLines()
        #expect(lines.count < 10)
        #expect(lines.map(\.commit.line) == Array(1...lines.count))
        #expect(lines.last?.commit.cases == 4 && lines.last?.commit.top == 4)
        #expect(Set(lines.map(\.summary.ref)) == ["H-0001", "H-0002", "H-0003", "H-0004"])
        #expect(try f.store.summaries().summaries.first { $0.ref == "H-0003" } == CaseSummary(latest))

        // A console holding the old file notices the new one and reads it whole.
        let seen = try console.changes()
        #expect(seen.count == 4)
        #expect(seen.first { $0.ref == "H-0003" } == CaseSummary(latest))
        #expect(try console.changes().isEmpty)
        #expect(try f.store.create([StoreFixture.draft("Rhys")], by: StoreFixture.tom).map(\.ref) == ["H-0005"])
        #expect(try f.store.doctor(repair: false).findings.isEmpty)
    }

    @Test func aBigIndexReadInPiecesFoldsLikeOneRead() throws {
        // Enough lines to be cut into pieces, each case written several times, so revisions span the cuts.
        let f = try StoreFixture()
        var random = SeededRandom(seed: 12)
        try f.store.bulkCreate((0..<400).map { _ in RandomCases.caseRecord(&random) }, by: StoreFixture.tom, batchSize: 400)
        for number in 0..<60 {
            let ref = CaseRef.make(Int.random(in: 1...400, using: &random))
            try f.store.update(ref, expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("n\(number)"))
        }
        let index = try OpenFile.open(f.directory.file(DataDirectory.indexFile).path, name: "index", flags: O_RDONLY)
        var expected = IndexFold()
        _ = try IndexReader(decoder: IndexLineDecoder()).read(index, from: .init(end: 0, lines: 0), wantCommit: false) { line, _, _ in
            if case .entry(let entry) = line { expected.add(entry.summary) }
        }
        let size = try index.size()
        for pieces in [2, 3, 7] {
            let folded = try IndexReader.fold(index, pieces: pieces)
            #expect(folded.fold.summaries == expected.summaries, "\(pieces) pieces of \(size) bytes")
            #expect(folded.position.lines == 460)
        }
    }
}
