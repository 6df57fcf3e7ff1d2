import Foundation
import Testing
@testable import CaseworkCore

/// Who is acting: on a live caseload the operating-system login, through the staff directory; `--user` only when it
/// names that same person. The demo lets anyone be anyone.
@Suite struct ActorResolutionTests {
    static let staff = StaffDirectory(members: [
        StaffMember(id: "priya", name: "Priya Shah", role: .triageOfficer, login: "pshah"),
        StaffMember(id: "helen", name: "Helen Clarke", role: .manager, restrictedAccess: true),
        StaffMember(id: "ruth", name: "Ruth Adeyemi", role: .caseworker, restrictedAccess: true, login: "radeyemi"),
        StaffMember(id: "tomasz", name: "Tomasz Kowalczyk", role: .triageOfficer, login: "shared"),
        StaffMember(id: "dev", name: "Dev Patel", role: .caseworker, login: "shared"),
    ])

    /// login, --user, dataset, and the staff id acting (nil: refused, with words the refusal must contain).
    @Test(arguments: [
        ("pshah", nil, StoreMeta.Dataset.live, "priya", nil),
        ("pshah", "priya", .live, "priya", nil),
        ("helen", nil, .live, "helen", nil),  // no login field: the id is the login
        ("pshah", "helen", .live, nil, "--user \"helen\": on a live caseload you act as yourself"),
        ("radeyemi", "priya", .live, nil, "is staff id ruth"),
        ("priya", nil, .live, nil, "the login \"priya\" is not in this caseload's staff directory"),  // priya logs in as pshah
        ("mallory", "helen", .live, nil, "the login \"mallory\" is not in"),
        ("shared", nil, .live, nil, "belongs to several members of the staff directory (tomasz, dev)"),
        ("mallory", "helen", .demo, "helen", nil),
        ("pshah", "ruth", .demo, "ruth", nil),
        ("helen", nil, .demo, "helen", nil),
    ] as [(String, String?, StoreMeta.Dataset, String?, String?)])
    func actsAsTheLoginOnALiveCaseload(login: String, requested: String?, dataset: StoreMeta.Dataset, acting: String?,
                                       refusal: String?) {
        let result = Result { () throws(ActorResolution.Failure) -> Actor in
            try ActorResolution.resolve(login: login, requested: requested, staff: Self.staff, dataset: dataset)
        }
        switch result {
        case .success(let actor):
            #expect(actor.id == acting)
            #expect(!actor.isDemoStandIn)
        case .failure(let failure):
            #expect(acting == nil, "refused: \(failure)")
            #expect(failure.description.contains(refusal ?? "?"), "\(failure)")
        }
    }

    @Test func anUnknownNameInTheDemoActsAsAStandInManagerAndOnlyThere() throws {
        let standIn = try ActorResolution.resolve(login: "root", requested: nil, staff: Self.staff, dataset: .demo)
        #expect(standIn.isDemoStandIn && standIn.role == .manager && standIn.id == "root")
        #expect(throws: ActorResolution.Failure.unknownLogin(login: "root")) {
            try ActorResolution.resolve(login: "root", requested: "root", staff: Self.staff, dataset: .live)
        }
    }

    /// A hostile --user value is quoted bounded and printable in the refusal.
    @Test func aHostileUserValueIsQuotedBoundedAndPrintable() {
        let hostile = "\u{1B}]0;pwned\u{07}" + String(repeating: "x", count: 10_000)
        do {
            _ = try ActorResolution.resolve(login: "pshah", requested: hostile, staff: Self.staff, dataset: .live)
            Issue.record("accepted")
        } catch {
            #expect(!error.description.unicodeScalars.contains { ControlCharacters.isControl($0) })
            #expect(error.description.count < 200)
        }
    }

    @Test func theLoginFieldIsReadByTheHandReaderAndKeptOutOfOldFiles() throws {
        let coders = StoreCoders()
        let data = try coders.document.encode(Self.staff)
        #expect(StaffReader().fast(data) == Self.staff)
        let old = try coders.document.encode(DemoStaff.directory)
        #expect(!String(decoding: old, as: UTF8.self).contains("login"), "a member without a login writes none")
        #expect(StaffReader().fast(old) == DemoStaff.directory)
    }
}
