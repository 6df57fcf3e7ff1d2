/// Who is at the keyboard: `--user`, `CASEWORK_USER` or the login name, checked against the staff directory.
public enum ActorResolution {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknownUser(id: String, known: [String])

        public var description: String {
            switch self {
            case .unknownUser(let id, let known):
                "'\(id)' is not in this caseload's staff directory; use --user with one of: \(known.joined(separator: ", "))"
            }
        }
    }

    /// In the demo an unknown login acts as a demo manager (and the title line says so); elsewhere it is refused.
    public static func resolve(id: String, staff: StaffDirectory, dataset: StoreMeta.Dataset) throws(Failure) -> Actor {
        if let member = staff.member(id) { return Actor(member) }
        guard dataset == .demo else { throw .unknownUser(id: id, known: staff.members.map(\.id)) }
        return Actor(id: id, name: id, role: .manager, restrictedAccess: true, isDemoStandIn: true)
    }
}
