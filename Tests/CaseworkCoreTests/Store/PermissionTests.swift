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
}
