/// The demo team: triage officers, caseworkers for each route, and a housing manager.
public enum DemoStaff {
    public static let directory = StaffDirectory(members: [
        StaffMember(id: "priya", name: "Priya Shah", role: .triageOfficer, manager: "helen"),
        StaffMember(id: "tomasz", name: "Tomasz Kowalczyk", role: .triageOfficer, manager: "helen"),
        StaffMember(id: "amara", name: "Amara Okafor", role: .caseworker, team: .council, manager: "helen"),
        StaffMember(id: "dev", name: "Dev Patel", role: .caseworker, team: .council, manager: "helen"),
        StaffMember(id: "siobhan", name: "Siobhán Murphy", role: .caseworker, team: .youngPeople, manager: "helen"),
        StaffMember(id: "kwame", name: "Kwame Mensah", role: .caseworker, team: .intensive, manager: "helen"),
        StaffMember(id: "ruth", name: "Ruth Adeyemi", role: .caseworker, team: .refuge, restrictedAccess: true, manager: "helen"),
        StaffMember(id: "helen", name: "Helen Clarke", role: .manager, restrictedAccess: true),
    ])

    /// Extra caseworkers of a large caseload report to a team manager of their own, eight to a manager.
    static let caseworkersPerManager = 8

    /// For a large synthetic caseload: the demo team plus enough extra caseworkers for realistic caseloads (~150 each).
    public static func directory(forCases count: Int) -> StaffDirectory {
        var members = directory.members
        let extra = max(0, count / 150 - 5)
        let teams: [Team] = [.council, .council, .youngPeople, .intensive, .refuge]
        for index in 0..<extra {
            let team = teams[index % teams.count]
            let manager = "mgr\(index / caseworkersPerManager + 1)"
            members.append(StaffMember(id: "cw\(index + 1)", name: "Caseworker \(index + 1)", role: .caseworker, team: team,
                                       restrictedAccess: team == .refuge, manager: manager))
        }
        let managers = (extra + caseworkersPerManager - 1) / caseworkersPerManager
        for index in 0..<managers {
            members.append(StaffMember(id: "mgr\(index + 1)", name: "Team manager \(index + 1)", role: .manager,
                                       restrictedAccess: true, manager: "helen"))
        }
        return StaffDirectory(members: members)
    }
}
