import Foundation
@testable import CaseworkCore

/// A data directory for one test: a store on a fixed clock (10:14 on 2 March 2026), two named officers,
/// and helpers to read the raw files the way a person (or a crash) would leave them.
final class StoreFixture {
    static let today = Day(year: 2026, month: 3, day: 2)!
    static let clock = Clock.fixed(today, secondOfDay: 10 * 3600 + 14 * 60)
    static let priya = Actor(id: "priya.shah", name: "Priya Shah", role: .caseworker)
    static let tom = Actor(id: "tom.okafor", name: "Tom Okafor", role: .triageOfficer)
    static let staff = StaffDirectory(members: [
        StaffMember(id: "priya.shah", name: "Priya Shah", role: .caseworker),
        StaffMember(id: "tom.okafor", name: "Tom Okafor", role: .triageOfficer),
    ])

    let directory: TemporaryDirectory
    let store: JSONFileStore

    init(prepare: (TemporaryDirectory) throws -> Void = { _ in }) throws {
        directory = TemporaryDirectory()
        try prepare(directory)
        store = try JSONFileStore.create(at: directory.url, meta: StoreMeta(dataset: .demo, name: "Test", createdAt: Self.clock.now()),
                                         staff: Self.staff, clock: Self.clock)
    }

    /// A second instance on the same directory, as another console would hold.
    func another() throws -> JSONFileStore { try JSONFileStore.open(at: directory.url, clock: Self.clock) }

    static func draft(_ first: String, _ last: String = "Hafiz") -> Case {
        var record = Case(ref: "", receivedOn: today.adding(days: -3),
                          applicant: Applicant(firstName: first, lastName: last, dateOfBirth: Day(year: 1998, month: 5, day: 4)),
                          accommodation: Accommodation(type: .privateRented), createdAt: clock.now(), createdBy: "")
        record.household = [HouseholdMember(firstName: "Kaamil", lastName: last, dateOfBirth: Day(year: 2023, month: 1, day: 9), relationship: .child)]
        return record
    }

    @discardableResult
    func seed(_ count: Int) throws -> [Case] {
        try store.create((0..<count).map { Self.draft("Applicant\($0)") }, by: Self.priya)
    }

    static func note(_ text: String) -> (inout Case) -> Void {
        { record in
            record.timeline.append(ContactEvent(id: record.nextTimelineId, at: clock.now(), by: "priya.shah", channel: .note,
                                                party: .internalNote, text: text))
        }
    }

    /// Compacts `store`'s index now, as a write past the threshold would; false when a line stopped it.
    static func compact(_ store: JSONFileStore) throws -> Bool {
        try store.locked { journal in try IndexCompaction(directory: store.directory, coders: store.coders).run(journal) }
    }

    func bytes(_ relative: String) throws -> Data { try directory.bytes(relative) }

    func lines(_ relative: String) throws -> [String] {
        String(decoding: try bytes(relative), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func indexLines() throws -> [IndexLine] {
        try lines(DataDirectory.indexFile).map { try JSONDecoder().decode(IndexLine.self, from: Data($0.utf8)) }
    }

    func audit() throws -> [AuditEntry] {
        let trail = try store.auditTrail()
        precondition(trail.problems.isEmpty, "unreadable audit lines")
        return trail.entries
    }

    func tmpNames() throws -> [String] { try directory.names(in: DataDirectory.tmpDirectory) }

    func mode(_ relative: String) -> mode_t {
        var info = stat()
        stat(directory.file(relative).path, &info)
        return info.st_mode & 0o7777
    }
}
