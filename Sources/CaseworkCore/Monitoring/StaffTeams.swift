/// Teams as the staff directory draws them: a manager's team is who reports to them (down the line), and anyone
/// else's team is the colleagues who report to the same manager.
extension StaffDirectory {
    /// The manager an officer reports to, if the directory names one.
    public func manager(of officer: String?) -> String? {
        officer.flatMap { member($0)?.manager }
    }

    /// Everyone who reports to `manager`, directly or through a team manager below them.
    public func reports(of manager: String) -> Set<String> {
        var found = Set<String>()
        var frontier = [manager]
        while let next = frontier.popLast() {
            for member in members where member.manager == next && member.id != manager && found.insert(member.id).inserted {
                frontier.append(member.id)
            }
        }
        return found
    }

    /// The officers whose cases are `id`'s team's, always including `id`.
    public func team(of id: String) -> Set<String> {
        guard let person = member(id) else { return [id] }
        if person.role == .manager { return reports(of: id).union([id]) }
        guard let manager = person.manager else { return [id] }
        return Set(members.filter { $0.manager == manager && $0.role != .manager }.map(\.id)).union([id])
    }
}
