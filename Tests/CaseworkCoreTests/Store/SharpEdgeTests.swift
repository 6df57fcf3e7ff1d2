import Foundation
import Synchronization
import Testing
@testable import CaseworkCore

/// The store's last sharp edges: numbers a forged file makes huge, officer ids that are escape sequences, a caseload
/// reset under a writer, and symbolic links inside the data directory.
@Suite struct SharpEdgeTests {
    static func replacing(_ old: String, with new: String, in data: Data) -> Data {
        Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8)
    }

    @Test(arguments: [
        ("\"revision\" : 1", "\"revision\" : 9223372036854775807", "revision", "is not a revision a case can reach"),
        ("\"revision\" : 1", "\"revision\" : 0", "revision", "is not a revision a case can reach"),
        ("\"updatedBy\" : \"priya.shah\"", "\"updatedBy\" : \"\\u001b]0;pwned\\u0007\"", "updatedBy", "is not a staff id"),
        ("\"updatedBy\" : \"priya.shah\"", "\"updatedBy\" : \"priya.shah\", \"assignedOfficer\" : \"a b\"", "assignedOfficer",
         "is not a staff id"),
    ])
    func anImplausibleRecordIsRefusedByNameAndLeftAlone(old: String, new: String, position: String, reason: String) throws {
        let f = try StoreFixture()
        try f.seed(2)
        let file = DataDirectory.caseFile("H-0001")
        let damaged = Self.replacing(old, with: new, in: try f.bytes(file))
        #expect(damaged != (try f.bytes(file)))
        try f.directory.write(file, damaged)
        let service = CaseService(store: f.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        #expect(throws: StoreError.unreadable(StoreProblem(file: file, position: position, reason: reason + (position == "revision"
            ? " (1 to \(RecordPlausibility.maximumRevision))" : "")))) {
            try service.addNote("H-0001", text: "never written")
        }
        #expect(try f.bytes(file) == damaged)
        let report = try f.store.doctor(repair: false)
        #expect(report.findings.contains { $0.kind == .unreadableRecord && $0.file == file && $0.position == position })
        #expect(try service.addNote("H-0002", text: "the rest works").revision == 2)
    }

    /// Doctor counts the gaps from what the audit holds: a record at the highest plausible revision is checked at once.
    @Test func doctorWorksFromTheRevisionsTheAuditHolds() throws {
        let f = try StoreFixture()
        try f.seed(1)
        try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("one"))
        let file = DataDirectory.caseFile("H-0001")
        let high = RecordPlausibility.maximumRevision
        try f.directory.write(file, Self.replacing("\"revision\" : 2", with: "\"revision\" : \(high)", in: try f.bytes(file)))
        let started = ContinuousClock.now
        let report = try f.store.doctor(repair: false)
        #expect(ContinuousClock.now - started < .seconds(30), "never counts up to the revision")
        let gap = try #require(report.findings.first { $0.kind == .auditGap })
        #expect(gap.detail == "no audit line for H-0001 revision 3, 4, 5, 6, 7, … (\(high - 2) in all)")
    }

    /// A forged counter in the index's last line: the listing reports it, and the next write counts afresh.
    @Test(arguments: ["\"line\":9223372036854775807", "\"cases\":-1", "\"top\":9223372036854775807"])
    func aForgedIndexCounterNeitherCrashesNorCounts(forged: String) throws {
        let f = try StoreFixture()
        try f.seed(3)
        var lines = try f.lines(DataDirectory.indexFile)
        let key = String(forged.split(separator: ":")[0])
        lines[2] = lines[2].replacingOccurrences(of: #"\#(key):\d+"#, with: forged, options: .regularExpression)
        try f.directory.write(DataDirectory.indexFile, Data((lines.joined(separator: "\n") + "\n").utf8))
        let snapshot = try f.another().summaries()
        #expect(snapshot.problems.map(\.position) == ["line 3"])
        let created = try f.another().create([StoreFixture.draft("Next")], by: StoreFixture.priya)
        #expect(created.map(\.ref) == ["H-0004"])
    }

    /// `demo reset` moves the caseload aside under its lock: a writer that opened the old one writes nothing, and
    /// the new caseload is whole.
    @Test func aWriterOfAReplacedCaseloadWritesNothing() throws {
        let f = try StoreFixture()
        try f.seed(2)
        let earlier = try f.another()
        try JSONFileStore.removeDemo(at: f.directory.url, clock: StoreFixture.clock)
        #expect(!FileManager.default.fileExists(atPath: f.directory.path))
        let fresh = try JSONFileStore.create(at: f.directory.url, meta: StoreMeta(dataset: .demo, name: "New", createdAt: StoreFixture.clock.now()),
                                             staff: StoreFixture.staff, clock: StoreFixture.clock)
        try fresh.create([StoreFixture.draft("New")], by: StoreFixture.priya)
        let before = try f.bytes(DataDirectory.auditFile)
        #expect(throws: StoreError.self) {
            try earlier.update("H-0001", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("lost"))
        }
        #expect(try f.bytes(DataDirectory.auditFile) == before)
        #expect(try fresh.load("H-0001").applicant.firstName == "New")
        #expect(try fresh.doctor(repair: false).isClean)
    }

    /// Resets racing writers (each write a fresh open, as separate processes are): the directory is always a whole
    /// caseload afterwards, and every write either went into a caseload that existed or was refused.
    @Test func resetsRacingWritersNeverLeaveABrokenDirectory() throws {
        let root = TemporaryDirectory()
        let meta = StoreMeta(dataset: .demo, name: "Demo", createdAt: StoreFixture.clock.now())
        func makeDemo() throws {
            let store = try JSONFileStore.create(at: root.url, meta: meta, staff: StoreFixture.staff, clock: StoreFixture.clock)
            try store.create((0..<3).map { StoreFixture.draft("A\($0)") }, by: StoreFixture.priya)
        }
        try makeDemo()
        let done = Mutex(false)
        let url = root.url
        let writer = Thread {
            while !done.withLock({ $0 }) {
                _ = try? JSONFileStore.open(at: url, clock: StoreFixture.clock)
                    .update("H-0002", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("race"))
            }
        }
        writer.start()
        for _ in 0..<15 {
            try JSONFileStore.removeDemo(at: root.url, clock: StoreFixture.clock)
            try makeDemo()
        }
        done.withLock { $0 = true }
        while writer.isExecuting { usleep(1000) }
        let store = try JSONFileStore.open(at: root.url, clock: StoreFixture.clock)
        #expect(try store.summaries().summaries.count == 3)
        let report = try store.doctor(repair: false)
        #expect(report.findings.allSatisfy { $0.kind == .staleTempFile }, "\(report.text)")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: root.url.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix("." + root.url.lastPathComponent + ".reset-") }, "nothing left aside")
    }

    @Test func aLinkedTmpDirectoryIsRefusedBeforeAnythingCommits() throws {
        let f = try StoreFixture()
        try f.seed(1)
        let outside = TemporaryDirectory()
        try FileManager.default.createDirectory(at: outside.url, withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: f.directory.file(DataDirectory.tmpDirectory))
        try FileManager.default.createSymbolicLink(at: f.directory.file(DataDirectory.tmpDirectory), withDestinationURL: outside.url)
        let index = try f.bytes(DataDirectory.indexFile)
        #expect(throws: StoreError.io(path: "tmp", reason: "is a symbolic link, which Casework never follows inside its data directory")) {
            try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("x"))
        }
        #expect(try f.bytes(DataDirectory.indexFile) == index, "the index still says revision 1")
        #expect(try outside.names(in: "").isEmpty, "no staged record went outside")
        let report = try f.another().doctor(repair: false)
        #expect(report.findings.contains { $0.kind == .symbolicLink && $0.file == "tmp" })
    }

    @Test(arguments: [DataDirectory.auditFile, DataDirectory.indexFile])
    func aLinkedLogIsNeverAppendedToOutside(log: String) throws {
        let f = try StoreFixture()
        try f.seed(1)
        let outside = TemporaryDirectory()
        try FileManager.default.createDirectory(at: outside.url, withIntermediateDirectories: true)
        try f.directory.bytes(log).write(to: outside.file("copy"))
        try FileManager.default.removeItem(at: f.directory.file(log))
        try FileManager.default.createSymbolicLink(at: f.directory.file(log), withDestinationURL: outside.file("copy"))
        let copy = try outside.bytes("copy")
        #expect(throws: StoreError.self) {
            try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("x"))
        }
        #expect(try outside.bytes("copy") == copy)
        #expect(try f.store.load("H-0001").revision == 1)
    }

    @Test func doctorReportsLinksInsideTheDataDirectory() throws {
        let f = try StoreFixture()
        try f.seed(1)
        try FileManager.default.createSymbolicLink(at: f.directory.file("cases/H-0009.json"),
                                                   withDestinationURL: f.directory.file("cases/H-0001.json"))
        try FileManager.default.createSymbolicLink(at: f.directory.file("rules.json"), withDestinationURL: URL(fileURLWithPath: "/etc/hostname"))
        let report = try f.store.doctor(repair: true)
        let links = report.findings.filter { $0.kind == .symbolicLink }
        #expect(links.map(\.file) == ["cases/H-0009.json", "rules.json"])
        #expect(links.allSatisfy { !$0.repaired } && !report.isClean)
        #expect(report.findings.filter { $0.kind != .symbolicLink }.isEmpty, "a link is reported as a link, not read: \(report.text)")
    }
}
