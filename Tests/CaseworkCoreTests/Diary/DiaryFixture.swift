import Foundation
@testable import CaseworkCore

/// A caseload with a diary, on Tuesday 1 December 2026 at 10:00 (GMT): Amara (council) has slots every weekday
/// (09:30 for an hour, 11:00 for 90 minutes, 14:00 by phone, Friday 16:00 kept for emergencies) and leave on
/// 10–11 December; Dev (council) on Tuesdays and Thursdays at 10:00; Siobhán (young people) on Mondays and
/// Wednesdays at 10:00 for 90 minutes. The office is closed 29–31 December.
final class DiaryFixture {
    static let today = Day(iso: "2026-12-01")!
    static let clock = Clock.fixed(today, secondOfDay: 10 * 3600)
    static let staff = StaffDirectory(members: [
        StaffMember(id: "priya", name: "Priya Shah", role: .triageOfficer),
        StaffMember(id: "amara", name: "Amara Okafor", role: .caseworker, team: .council),
        StaffMember(id: "dev", name: "Dev Patel", role: .caseworker, team: .council),
        StaffMember(id: "siobhan", name: "Siobhán Murphy", role: .caseworker, team: .youngPeople),
        StaffMember(id: "ruth", name: "Ruth Adeyemi", role: .caseworker, team: .refuge, restrictedAccess: true),
        StaffMember(id: "helen", name: "Helen Clarke", role: .manager, restrictedAccess: true),
    ])
    static let priya = Actor(staff.member("priya")!)
    static let helen = Actor(staff.member("helen")!)
    static let dev = Actor(staff.member("dev")!)

    static let setup: DiarySetup = {
        var amara: [PatternSlot] = []
        for day in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] {
            amara.append(PatternSlot(weekday: day, start: 9 * 60 + 30, minutes: 60, location: "Civic Centre, room 1"))
            amara.append(PatternSlot(weekday: day, start: 11 * 60, minutes: 90, location: "Civic Centre, room 1"))
            amara.append(PatternSlot(weekday: day, start: 14 * 60, minutes: 60, location: PatternSlot.phone))
        }
        amara.append(PatternSlot(weekday: .friday, start: 16 * 60, minutes: 60, location: "Civic Centre, room 2", emergencyOnly: true))
        let dev = [Weekday.tuesday, .thursday].map { PatternSlot(weekday: $0, start: 10 * 60, minutes: 60, location: "Civic Centre, room 3") }
        let siobhan = [Weekday.monday, .wednesday].map { PatternSlot(weekday: $0, start: 10 * 60, minutes: 90, location: "Youth hub") }
        return DiarySetup(caseworkers: [
            CaseworkerDiary(officer: "amara", week: amara, absences: [Absence(from: Day(iso: "2026-12-10")!, to: Day(iso: "2026-12-11")!, kind: .leave)]),
            CaseworkerDiary(officer: "dev", week: dev),
            CaseworkerDiary(officer: "siobhan", week: siobhan),
        ], closures: [Absence(from: Day(iso: "2026-12-29")!, to: Day(iso: "2026-12-31")!, kind: .closure)])
    }()

    let directory = TemporaryDirectory()
    let store: JSONFileStore

    init(cases: [Case] = []) throws {
        store = try JSONFileStore.create(at: directory.url, meta: StoreMeta(dataset: .demo, name: "Diary test", createdAt: Self.clock.now()),
                                         staff: Self.staff, clock: Self.clock)
        try store.saveDiarySetup(Self.setup, expectedRevision: 0, by: Self.helen)
        if !cases.isEmpty { try store.create(cases, by: Self.priya) }
    }

    /// A waiting case routed to `team`, received a week ago, losing the home in `lossInDays`.
    static func waiting(_ first: String, team: Team = .council, lossInDays: Int = 30, interpreter: Bool = false,
                        restricted: Bool = false, officer: String? = "amara") -> Case {
        var record = Case(ref: "", receivedOn: today.adding(days: -7),
                          applicant: Applicant(firstName: first, lastName: "Test", dateOfBirth: Day(iso: "1990-01-01"),
                                               interpreterNeeded: interpreter),
                          accommodation: Accommodation(type: .familyOrFriends), createdAt: clock.now(), createdBy: "test")
        record.lossDate = today.adding(days: lossInDays)
        record.triage = Triage(outcome: .readyForAppointment, decidedBy: "priya", decidedOn: today.adding(days: -5))
        record.route = RouteDecision(team: team, suggested: team, decidedBy: "priya", decidedOn: today.adding(days: -5))
        record.assignedOfficer = officer
        record.status = .routed
        record.restricted = restricted
        return record
    }

    func service(_ actor: Actor = DiaryFixture.priya, at clock: Clock = DiaryFixture.clock) throws -> CaseService {
        let store = clock.today == Self.clock.today && clock.now() == Self.clock.now() ? self.store
            : try JSONFileStore.open(at: directory.url, clock: clock)
        return CaseService(store: store, clock: clock, actor: actor, configuration: .standard)
    }

    static func slot(_ text: String) -> SlotKey { try! SlotKey.parse(text).get() }

    /// Every file a write could touch, to show that a refusal wrote nothing.
    func footprint() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for relative in ["index.jsonl", "audit.jsonl"] { files[relative] = try directory.bytes(relative) }
        let claims = directory.file("diary/claims")
        if let walker = FileManager.default.enumerator(atPath: claims.path) {
            for case let name as String in walker where name.hasSuffix(".json") {
                files["claims/" + name] = try Data(contentsOf: claims.appendingPathComponent(name))
            }
        }
        for name in try directory.names(in: "cases") { files["cases/" + name] = try directory.bytes("cases/" + name) }
        return files
    }

    func claim(_ key: SlotKey) throws -> SlotClaim? {
        try store.claimDay(key.officer, key.day)?.claims[key.start.clock]
    }
}
