/// Who is at the keyboard. On a live caseload it is the operating-system login, mapped to a member of the staff
/// directory by that member's `login` (or, for a member without one, their id): an account that can reach the data
/// directory cannot act, or be audited, as someone else by typing their id. `--user` (or `CASEWORK_USER`) is
/// accepted there only when it names that same person. In the demo, `--user` picks any demo officer, and an
/// unknown name acts as a demo manager (the title line says so).
public enum ActorResolution {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// No member of a live caseload's staff has this login.
        case unknownLogin(login: String)
        /// Several members claim one login: the directory must say who it is.
        case sharedLogin(login: String, members: [String])
        /// `--user` names someone other than the person logged in.
        case notYou(requested: String, login: String, member: String)

        public var description: String {
            switch self {
            case .unknownLogin(let login):
                "the login \(Quote.value(login)) is not in this caseload's staff directory: a manager adds it as a "
                    + "member's \"login\" in staff.json"
            case .sharedLogin(let login, let members):
                "the login \(Quote.value(login)) belongs to several members of the staff directory "
                    + "(\(members.joined(separator: ", "))): a manager gives each member their own"
            case .notYou(let requested, let login, let member):
                "--user \(Quote.value(requested)): on a live caseload you act as yourself (the login "
                    + "\(Quote.value(login)) is staff id \(member)); --user may only name you"
            }
        }
    }

    /// `login`: the operating-system account running the program; `requested`: `--user` or `CASEWORK_USER`.
    public static func resolve(login: String, requested: String?, staff: StaffDirectory,
                               dataset: StoreMeta.Dataset) throws(Failure) -> Actor {
        guard dataset == .live else { return demo(id: requested ?? login, staff: staff) }
        let owners = staff.members.filter { ($0.login ?? $0.id) == login }
        guard let own = owners.first else { throw .unknownLogin(login: login) }
        guard owners.count == 1 else { throw .sharedLogin(login: login, members: owners.map(\.id)) }
        if let requested, requested != own.id { throw .notYou(requested: requested, login: login, member: own.id) }
        return Actor(own)
    }

    /// In the demo anyone may be anyone: an unknown id acts as a demo manager.
    public static func demo(id: String, staff: StaffDirectory) -> Actor {
        if let member = staff.member(id) { return Actor(member) }
        return Actor(id: id, name: id, role: .manager, restrictedAccess: true, isDemoStandIn: true)
    }
}
