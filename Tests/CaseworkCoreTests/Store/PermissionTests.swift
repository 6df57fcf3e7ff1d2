import Foundation
import Testing
@testable import CaseworkCore

@Suite struct PermissionTests {
    static let files = ["casework.json", "staff.json", "index.jsonl", "audit.jsonl", ".lock", "cases/H-0001.json",
                        "drafts/priya.shah/H-0001.json"]
    static let directories = ["cases", "tmp", "drafts", "drafts/priya.shah"]

    func populate(_ f: StoreFixture) throws {
        let record = try f.seed(1)[0]
        try f.store.update("H-0001", expectedRevision: nil, by: StoreFixture.priya, action: "note", StoreFixture.note("x"))
        try f.store.saveDraft(CaseDraft(user: "priya.shah", ref: "H-0001", baseRevision: 1, savedAt: StoreFixture.clock.now(), record: record))
    }

    @Test func aPrivateDataDirectoryIsTheOwnersAlone() throws {
        let oldMask = umask(0o002)
        defer { umask(oldMask) }
        let f = try StoreFixture()
        try populate(f)
        #expect(f.mode("") == 0o700)
        for directory in Self.directories { #expect(f.mode(directory) == 0o700, "\(directory)") }
        for file in Self.files { #expect(f.mode(file) == 0o600, "\(file)") }
    }

    @Test func aGroupSharedDataDirectoryKeepsTheTeamsFilesGroupWritable() throws {
        let oldMask = umask(0o077)
        defer { umask(oldMask) }
        let f = try StoreFixture { directory in
            try FileManager.default.createDirectory(at: directory.url, withIntermediateDirectories: true)
            chmod(directory.path, 0o2770)
        }
        try populate(f)
        #expect(f.mode("") == 0o2770)
        for directory in Self.directories { #expect(f.mode(directory) == 0o2770, "\(directory)") }
        for file in Self.files { #expect(f.mode(file) == 0o660, "\(file)") }
    }

    struct Opening: CustomTestStringConvertible, Sendable {
        var mode: mode_t
        /// What `doctor --repair` leaves, or nil when doctor finds nothing wrong.
        var repaired: mode_t?
        var testDescription: String { DirectoryAccess.octal(mode) }
    }

    static let openings = [
        Opening(mode: 0o700, repaired: nil),
        Opening(mode: 0o500, repaired: nil),
        Opening(mode: 0o755, repaired: 0o700),
        Opening(mode: 0o750, repaired: 0o700),
        Opening(mode: 0o711, repaired: 0o700),
        Opening(mode: 0o770, repaired: 0o700),
        Opening(mode: 0o2750, repaired: 0o700),
        Opening(mode: 0o2770, repaired: nil),
        Opening(mode: 0o2775, repaired: 0o2770),
        Opening(mode: 0o2777, repaired: 0o2770),
    ]

    @Test(arguments: openings)
    func doctorFindsADataDirectoryOpenToOthersAndRepairCloses(opening: Opening) throws {
        let f = try StoreFixture()
        try f.seed(1)
        chmod(f.directory.path, opening.mode)
        defer { chmod(f.directory.path, 0o700) }
        let report = try f.store.doctor(repair: false)
        guard let repaired = opening.repaired else {
            #expect(report.findings.isEmpty)
            #expect(try f.store.doctor(repair: true).repairs.isEmpty && f.mode("") == opening.mode)
            return
        }
        #expect(report.findings.map(\.kind) == [.openDirectory] && report.findings.first?.file == ".")
        #expect(report.findings.first?.detail.hasPrefix("mode \(DirectoryAccess.octal(opening.mode)) lets ") == true)
        #expect(report.text.contains("Run with --repair"))
        let fixed = try f.store.doctor(repair: true)
        #expect(fixed.isClean)
        #expect(fixed.repairs == ["closed the data directory to others: mode \(DirectoryAccess.octal(opening.mode)) "
            + "is now \(DirectoryAccess.octal(repaired))"])
        #expect(f.mode("") == repaired)
        #expect(try f.store.doctor(repair: false).findings.isEmpty)
    }
}
