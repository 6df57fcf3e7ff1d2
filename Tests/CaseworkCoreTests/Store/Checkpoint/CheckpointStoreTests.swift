import Foundation
import Testing
@testable import CaseworkCore

extension StoreFixture {
    /// Generated cases from five years of history (most closed), created as `demo generate` creates them; their refs.
    @discardableResult
    func seedHistory(_ count: Int, seed: UInt64 = 3) throws -> [String] {
        var generator = CaseGenerator(seed: seed, today: Self.today, staff: DemoStaff.directory, historyYears: 5)
        try store.bulkCreate((0..<count).map { _ in generator.next() }, by: Self.priya)
        return (1...count).map(CaseRef.make)
    }

    /// The whole index folded, as it was read before there were checkpoints: the reference for every reading.
    func folded() throws -> IndexReader.Folded { try IndexReader.fold(#require(try store.openIndex())) }

    /// The summaries of `scope` from the checkpoint and the lines after it; fails when the checkpoint is unusable.
    func viaCheckpoint(_ scope: SummaryScope) throws -> [CaseSummary] {
        let index = try #require(try store.openIndex())
        let checkpoint = try CheckpointFile.open(in: store.directory, covering: index).get()
        let tail = try IndexReader.fold(index, from: checkpoint.header.coverage.position)
        return try CheckpointRead.summaries(scope, from: checkpoint, tail: tail.fold.summaries)
    }

    /// The checkpoint's header when it covers the index as it is now.
    func checkpointHeader() throws -> CheckpointHeader? {
        guard let index = try store.openIndex() else { return nil }
        return try? CheckpointFile.open(in: store.directory, covering: index).get().header
    }

    /// Rewrites the checkpoint's header (its checksum made to match), as a damaged or foreign one would be.
    func patchCheckpointHeader(_ change: (inout CheckpointHeader) -> Void) throws {
        var bytes = [UInt8](try bytes(DataDirectory.checkpointFile))
        var header = try CheckpointHeader.decode(Array(bytes[0..<CheckpointFormat.headerSize]), fileSize: bytes.count)
        change(&header)
        bytes.replaceSubrange(0..<CheckpointFormat.headerSize, with: header.encoded())
        try directory.write(DataDirectory.checkpointFile, Data(bytes))
    }
}

/// `index.checkpoint`: the index folded into a binary form so a start need not read every line. Whatever state it is
/// in, a reading gives exactly what folding the whole index gives; a checkpoint that does not hold is ignored and
/// written again, and the index stays the only commit point.
@Suite struct CheckpointStoreTests {
    static let scopes: [SummaryScope] = [.all, .active(on: StoreFixture.today), .active(on: StoreFixture.today.adding(days: 40))]

    /// Every way of reading agrees with the whole index folded: the store's, the checkpoint's own, for each scope.
    func expectAgreement(_ f: StoreFixture, _ note: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folded = try f.folded().fold.summaries
        for scope in Self.scopes {
            let expected = folded.filter(scope.admits)
            #expect(try f.viaCheckpoint(scope) == expected, "\(note) \(scope) via the checkpoint", sourceLocation: sourceLocation)
            #expect(try f.another().summaries(scope).summaries == expected, "\(note) \(scope)", sourceLocation: sourceLocation)
        }
    }

    func change(_ record: inout Case, _ r: inout SeededRandom) {
        let today = StoreFixture.today
        switch Int.random(in: 0..<6, using: &r) {
        case 0: record.status = .closed
        case 1: record.status = r.pick([.received, .triage, .duty, .dutyEnded])
        case 2:
            record.decisions.append(Decision(id: record.nextDecisionId, kind: .reliefDutyEnded, outcome: "Ended",
                                             decidedOn: today.adding(days: -30), decidedBy: "priya.shah",
                                             notifiedOn: today.adding(days: -Int.random(in: 0...40, using: &r)),
                                             reviewRequestedOn: r.chance(0.3) ? today : nil))
        case 3:
            record.appointments.append(Appointment(id: record.nextAppointmentId, kind: .assessmentInterview,
                                                   on: today.adding(days: Int.random(in: -5...30, using: &r)), startMinute: 600,
                                                   officer: "priya.shah", location: "Town Hall"))
        default: StoreFixture.note("checked")(&record)
        }
    }

    @Test func readingsAgreeWithTheWholeIndexThroughWritesMergesAndCompaction() throws {
        let f = try StoreFixture()
        // Enough cases that 330 changes stay short of a compaction (at 1.5 lines a case) but pass a refresh's allowance.
        let created = try f.seedHistory(700)
        let first = try #require(try f.checkpointHeader(), "a write past the allowance leaves a checkpoint")
        #expect(first.count == 700 && first.activeCount < 150, "most of five years' cases are dormant")
        try expectAgreement(f, "after the first write")

        var r = SeededRandom(seed: 0x5EED)
        for round in 1...330 {
            let ref = r.pick(created)
            try f.store.update(ref, expectedRevision: nil, by: StoreFixture.priya, action: "test") { change(&$0, &r) }
            if round % 110 == 0 { try expectAgreement(f, "after \(round) changes") }
        }
        let merged = try #require(try f.checkpointHeader())
        #expect(merged.coverage.lines > first.coverage.lines, "a merge carried the checkpoint on")

        #expect(try StoreFixture.compact(f.store))
        try f.store.update(created[0], expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("after"))
        try expectAgreement(f, "after a compaction")
        #expect(try f.checkpointHeader() != nil, "the compacted index has its own checkpoint")
    }

    /// A console holds the active cases; when the index is replaced under it, it reads the same scope again.
    @Test func aConsoleReadsOnlyActiveCasesAndKeepsToThemAfterACompaction() throws {
        let f = try StoreFixture()
        try f.seedHistory(300)
        let console = try f.another()
        let scope = SummaryScope.active(on: StoreFixture.today)
        let active = try console.summaries(scope).summaries
        #expect(active.count < 100 && active.allSatisfy(scope.admits))
        #expect(try StoreFixture.compact(f.store))
        #expect(try console.changes() == active)
    }

    enum Damage: String, CaseIterable {
        case empty, cutInTheHeader, cutAfterTheHeader, cutInHalf, lastByteGone, zeroed
        case flippedDormantRecord, flippedActiveRecord, flippedDirectory, flippedActiveList, flippedRefIndex
        case wrongVersion, wrongCount, wrongActiveCount, coversMoreThanTheIndex, coversAnotherFile, headerChecksum
    }

    func damage(_ f: StoreFixture, _ damage: Damage) throws {
        let file = DataDirectory.checkpointFile
        var bytes = [UInt8](try f.bytes(file))
        let header = try CheckpointHeader.decode(Array(bytes[0..<CheckpointFormat.headerSize]), fileSize: bytes.count)
        func flip(_ section: CheckpointFormat.Section) throws {
            let place = header.section(section)
            try #require(place.length > 0)
            bytes[place.offset + place.length / 2] ^= 0x10
        }
        switch damage {
        case .empty: bytes = []
        case .cutInTheHeader: bytes = Array(bytes[0..<100])
        case .cutAfterTheHeader: bytes = Array(bytes[0..<(CheckpointFormat.headerSize + 10)])
        case .cutInHalf: bytes = Array(bytes[0..<(bytes.count / 2)])
        case .lastByteGone: bytes.removeLast()
        case .zeroed: bytes = [UInt8](repeating: 0, count: bytes.count)
        case .flippedDormantRecord: try flip(.dormantRecords)
        case .flippedActiveRecord: try flip(.activeRecords)
        case .flippedDirectory: try flip(.directory)
        case .flippedActiveList: try flip(.activeList)
        case .flippedRefIndex: try flip(.refIndex)
        case .headerChecksum: bytes[60] ^= 1
        case .wrongVersion, .wrongCount, .wrongActiveCount, .coversMoreThanTheIndex, .coversAnotherFile:
            return try f.patchCheckpointHeader { header in
                switch damage {
                case .wrongVersion: header.version ^= 1
                case .wrongCount: header.count += 1
                case .wrongActiveCount: header.activeCount -= 1
                case .coversMoreThanTheIndex: header.coverage.end += 1000
                default: header.coverage.inode += 1
                }
            }
        }
        try f.directory.write(file, Data(bytes))
    }

    /// Truncated, torn, of another version, with wrong counts or wrong checksums: never trusted; the reading is the
    /// whole index's, and the checkpoint is written again.
    @Test(arguments: Damage.allCases)
    func aDamagedOrStaleCheckpointIsIgnoredAndWrittenAgain(_ kind: Damage) throws {
        let f = try StoreFixture()
        let created = try f.seedHistory(300)
        for index in 0..<20 {
            try f.store.update(created[index * 7], expectedRevision: nil, by: StoreFixture.priya, action: "note",
                               StoreFixture.note("n\(index)"))
        }
        try damage(f, kind)
        #expect(try f.checkpointHeader() == nil || kind == .flippedDormantRecord || kind.rawValue.hasPrefix("flipped"),
                "the header no longer holds")
        let folded = try f.folded().fold.summaries
        for scope in Self.scopes {
            #expect(try f.another().summaries(scope).summaries == folded.filter(scope.admits), "\(scope)")
        }
        // The reading wrote a sound one again.
        #expect(try f.viaCheckpoint(.all) == folded)
    }

    /// A checkpoint of an earlier index (before a compaction or a rebuild replaced it) is never read against the new one.
    @Test func aCheckpointOfAnEarlierIndexIsIgnored() throws {
        let f = try StoreFixture()
        let created = try f.seedHistory(300)
        let earlier = try f.bytes(DataDirectory.checkpointFile)
        for index in 0..<150 {
            try f.store.update(created[index], expectedRevision: nil, by: StoreFixture.priya, action: "test") { $0.status = .closed }
        }
        #expect(try StoreFixture.compact(f.store))
        try f.directory.write(DataDirectory.checkpointFile, earlier)
        #expect(try f.checkpointHeader() == nil)
        #expect(try f.another().summaries().summaries == f.folded().fold.summaries)
        #expect(try f.viaCheckpoint(.all) == f.folded().fold.summaries)

        // Likewise after a lost index is rebuilt from the case files.
        let before = try f.bytes(DataDirectory.checkpointFile)
        try FileManager.default.removeItem(at: f.directory.file(DataDirectory.indexFile))
        let reopened = try f.another()
        #expect(reopened.rebuiltIndex != nil)
        try f.directory.write(DataDirectory.checkpointFile, before)
        #expect(try f.another().summaries().summaries.map(\.ref).sorted() == created.sorted())
    }

    /// Bytes of the index changed in place under a checkpoint (same file, same length) are noticed.
    @Test func anIndexEditedUnderItsCheckpointIsReadAgain() throws {
        let f = try StoreFixture()
        try f.seedHistory(300)
        var index = [UInt8](try f.bytes(DataDirectory.indexFile))
        let key = Array(#""documentsTotal":"#.utf8)
        let at = try #require((0...(index.count - key.count)).last { Array(index[$0..<($0 + key.count)]) == key }) + key.count
        let total = index[at] == UInt8(ascii: "9") ? 8 : 9
        index[at] = UInt8(ascii: "0") + UInt8(total)
        try f.directory.write(DataDirectory.indexFile, Data(index))
        #expect(try f.checkpointHeader() == nil)
        let read = try f.another().summaries().summaries
        #expect(try read == f.folded().fold.summaries)
        #expect(read.last?.documentsTotal == total)
    }

    /// A torn last line after the checkpoint (a writer killed mid-append) is left unread, as without one.
    @Test func aTornLineAfterTheCheckpointIsLeftUnread() throws {
        let f = try StoreFixture()
        try f.seedHistory(300)
        let handle = try FileHandle(forWritingTo: f.directory.file(DataDirectory.indexFile))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"commit":{"cases":301,"line":301,"top":301},"summary":{"ref":"H-03"#.utf8))
        try handle.close()
        let read = try f.another().summaries()
        #expect(read.problems.isEmpty)
        #expect(try read.summaries == f.folded().fold.summaries)
        #expect(try f.viaCheckpoint(.all) == read.summaries)
    }

    /// A line the index cannot read is reported at every reading: no checkpoint ever covers (and hides) it.
    @Test func anUnreadableLineIsNeverHiddenInACheckpoint() throws {
        let f = try StoreFixture()
        let created = try f.seedHistory(300)
        try FileManager.default.removeItem(at: f.directory.file(DataDirectory.checkpointFile))
        let handle = try FileHandle(forWritingTo: f.directory.file(DataDirectory.indexFile))
        handle.seekToEndOfFile()
        handle.write(Data("not json\n".utf8))
        try handle.close()
        for round in 0..<300 {
            try f.store.update(created[round], expectedRevision: nil, by: StoreFixture.priya, action: "note",
                               StoreFixture.note("n"))
        }
        for _ in 0..<2 {
            let read = try f.another().summaries()
            #expect(read.problems.map(\.position) == ["line 301"])
        }
        #expect(try f.checkpointHeader() == nil)
    }

    /// A writer killed while writing the checkpoint leaves a temp file in `tmp/`: no reading notices; doctor names
    /// it and `--repair` removes it. Killed after the rename but before the data reached the disk, the checkpoint is
    /// garbage (`zeroed` above), ignored and written again.
    @Test func aCheckpointLeftHalfWrittenChangesNothing() throws {
        let f = try StoreFixture()
        try f.seedHistory(300)
        let whole = try f.bytes(DataDirectory.checkpointFile)
        let name = DataDirectory.tempName("checkpoint", "index", extension: "bin")
        try f.directory.write(DataDirectory.tmpFile(name), whole.prefix(whole.count / 3))
        #expect(try f.another().summaries().summaries == f.folded().fold.summaries)
        #expect(try f.checkpointHeader() != nil)
        // (Generated histories book without a diary, so doctor finds double bookings too: not this test's concern.)
        #expect(try f.store.doctor(repair: false).findings.filter { $0.kind == .staleTempFile }.count == 1)
        _ = try f.store.doctor(repair: true)
        #expect(try f.store.doctor(repair: false).findings.allSatisfy { $0.kind != .staleTempFile })
        #expect(try f.tmpNames().isEmpty)
    }

    /// No case is ever missing or doubled, whatever order the checkpoint and the log's lines give it.
    @Test func casesCreatedAfterTheCheckpointFollowInOrder() throws {
        let f = try StoreFixture()
        try f.seedHistory(300)
        let later = try f.store.create((0..<5).map { StoreFixture.draft("Late\($0)") }, by: StoreFixture.tom)
        let all = try f.another().summaries().summaries
        #expect(Array(all.suffix(5).map(\.ref)) == later.map(\.ref))
        #expect(Set(all.map(\.ref)).count == all.count)
        try expectAgreement(f)
    }
}
