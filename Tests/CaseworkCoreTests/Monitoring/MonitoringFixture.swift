import Foundation
@testable import CaseworkCore

/// A caseload of two teams for the monitoring tests, on 1 June 2026 (a Monday): Helen manages Amara, Dev and the
/// triage officer Priya, and the team manager Mo; Mo manages Zainab. Ruth is cleared for restricted cases.
final class MonitoringFixture {
    static let today = day("2026-06-01")
    static let clock = Clock.fixed(today, secondOfDay: 9 * 3600)
    static let staff = StaffDirectory(members: [
        StaffMember(id: "helen", name: "Helen Clarke", role: .manager, restrictedAccess: true),
        StaffMember(id: "mo", name: "Mo Farah", role: .manager, restrictedAccess: true, manager: "helen"),
        StaffMember(id: "amara", name: "Amara Okafor", role: .caseworker, manager: "helen"),
        StaffMember(id: "dev", name: "Dev Patel", role: .caseworker, manager: "helen"),
        StaffMember(id: "priya", name: "Priya Shah", role: .triageOfficer, manager: "helen"),
        StaffMember(id: "zainab", name: "Zainab Ali", role: .caseworker, manager: "mo"),
        StaffMember(id: "ruth", name: "Ruth Adeyemi", role: .caseworker, restrictedAccess: true, manager: "mo"),
    ])

    let directory = TemporaryDirectory()
    let store: JSONFileStore

    init() throws {
        store = try JSONFileStore.create(at: directory.url, meta: StoreMeta(dataset: .live, name: "Test", createdAt: Self.clock.now()),
                                         staff: Self.staff, clock: Self.clock)
    }

    static func actor(_ id: String) -> Actor { Actor(Self.staff.member(id)!) }

    static func service(_ id: String, clock: Clock = clock) -> (JSONFileStore) -> CaseService {
        { CaseService(store: $0, clock: clock, actor: actor(id), configuration: .standard) }
    }

    func service(_ id: String, on day: Day = today) -> CaseService {
        CaseService(store: store, clock: Clock.fixed(day, secondOfDay: 9 * 3600), actor: Self.actor(id), configuration: .standard)
    }

    func monitor(on day: Day = today, settings: MonitoringSettings = .standard) -> AlertMonitor {
        AlertMonitor(today: day, configuration: .standard, settings: settings, staff: Self.staff)
    }

    /// Creates cases as given (refs H-0001 on), each received on 25 May with contact on 30 May unless changed.
    @discardableResult
    func add(_ changes: [CaseChange]) throws -> [Case] {
        try store.create(changes.map { change in
            makeCase(received: "2026-05-25") { record in
                record.reasonForLoss = .endOfPrivateTenancy
                record.timeline = [ContactEvent(id: 1, at: Timestamp(day: day("2026-05-30"), secondOfDay: 0), by: "amara",
                                                channel: .call, party: .applicant, text: "Spoke to the applicant")]
                change(&record)
            }
        }, by: Self.actor("helen"))
    }

    func summaries() throws -> [CaseSummary] { try store.summaries().summaries }

    func summary(_ ref: String) throws -> CaseSummary { try summaries().first { $0.ref == ref }! }
}

/// A plan step due on `due` and not done: an amber "plan step overdue" once the day has passed.
func overdueStep(_ due: String, officer: String) -> CaseChange {
    { record in
        record.assignedOfficer = officer
        record.plan = Plan(steps: [PlanStep(id: 1, owner: .council, text: "Call the landlord", dueOn: day(due))])
    }
}

/// Assessed on `assessed` with no plan settled: "plan not agreed", red 10 working days after.
func unsettledPlan(_ assessed: String, officer: String?) -> CaseChange {
    { record in
        record.receivedOn = day("2026-05-01")
        record.assignedOfficer = officer
        record.assessment = Assessment(completedOn: day(assessed), completedBy: "amara")
    }
}
