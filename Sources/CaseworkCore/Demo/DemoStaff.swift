/// The demo team: triage officers, caseworkers for each route, and a housing manager.
public enum DemoStaff {
    public static let directory = StaffDirectory(members: [
        StaffMember(id: "priya", name: "Priya Shah", role: .triageOfficer),
        StaffMember(id: "tomasz", name: "Tomasz Kowalczyk", role: .triageOfficer),
        StaffMember(id: "amara", name: "Amara Okafor", role: .caseworker, team: .council),
        StaffMember(id: "dev", name: "Dev Patel", role: .caseworker, team: .council),
        StaffMember(id: "siobhan", name: "Siobhán Murphy", role: .caseworker, team: .youngPeople),
        StaffMember(id: "kwame", name: "Kwame Mensah", role: .caseworker, team: .intensive),
        StaffMember(id: "ruth", name: "Ruth Adeyemi", role: .caseworker, team: .refuge, restrictedAccess: true),
        StaffMember(id: "helen", name: "Helen Clarke", role: .manager, restrictedAccess: true),
    ])

    /// For a large synthetic caseload: the demo team plus enough extra caseworkers for realistic caseloads (~150 each).
    public static func directory(forCases count: Int) -> StaffDirectory {
        var members = directory.members
        let extra = max(0, count / 150 - 5)
        let teams: [Team] = [.council, .council, .youngPeople, .intensive, .refuge]
        for index in 0..<extra {
            let team = teams[index % teams.count]
            members.append(StaffMember(id: "cw\(index + 1)", name: "Caseworker \(index + 1)", role: .caseworker, team: team,
                                       restrictedAccess: team == .refuge))
        }
        return StaffDirectory(members: members)
    }
}
