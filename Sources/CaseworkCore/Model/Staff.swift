public enum Role: String, Codable, CaseIterable, Sendable {
    case triageOfficer = "triage-officer"
    case caseworker
    case manager

    public var label: String {
        switch self {
        case .triageOfficer: "Triage officer"
        case .caseworker: "Caseworker"
        case .manager: "Housing manager"
        }
    }

    /// Higher is more senior: who may authorise another officer's decision (s193B).
    public var seniority: Int {
        switch self {
        case .triageOfficer: 0
        case .caseworker: 1
        case .manager: 2
        }
    }
}

public struct StaffMember: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var role: Role
    public var team: Team?
    /// Cleared to open restricted (domestic-abuse) cases; managers always are.
    public var restrictedAccess: Bool
    /// The operating-system account this member logs in as, where it is not their id: on a live caseload the
    /// login decides who is acting (see `ActorResolution`).
    public var login: String?
    /// The staff id of the manager this member reports to: a manager's team is who reports to them.
    public var manager: String?

    public init(id: String, name: String, role: Role, team: Team? = nil, restrictedAccess: Bool = false, login: String? = nil,
                manager: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.team = team
        self.restrictedAccess = restrictedAccess
        self.login = login
        self.manager = manager
    }
}

/// The team's staff directory, stored as `staff.json`.
public struct StaffDirectory: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var members: [StaffMember]

    public init(members: [StaffMember]) {
        schemaVersion = 1
        self.members = members
    }

    public func member(_ id: String) -> StaffMember? { members.first { $0.id == id } }
    public func name(of id: String?) -> String? { id.flatMap { member($0)?.name } }
}

/// Who is at the keyboard, as every service and audit line needs to know.
public struct Actor: Hashable, Sendable {
    public var id: String
    public var name: String
    public var role: Role
    public var restrictedAccess: Bool
    /// True when an unknown login was let in as a manager because the data set is the demo.
    public var isDemoStandIn: Bool

    public init(id: String, name: String, role: Role, restrictedAccess: Bool = false, isDemoStandIn: Bool = false) {
        self.id = id
        self.name = name
        self.role = role
        self.restrictedAccess = restrictedAccess
        self.isDemoStandIn = isDemoStandIn
    }

    public init(_ member: StaffMember) {
        self.init(id: member.id, name: member.name, role: member.role, restrictedAccess: member.restrictedAccess)
    }

    /// Who may see a restricted case: managers, cleared staff, and the officer it is assigned to.
    public func mayView(restrictedCaseAssignedTo officer: String?) -> Bool {
        role == .manager || restrictedAccess || officer == id
    }
}

/// Unsaved edits kept when the console is killed (SIGHUP/SIGTERM), offered back at the next start.
public struct CaseDraft: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var user: String
    public var ref: String
    /// The revision the edits were made against; if the case has moved on, the draft is offered as a conflict.
    public var baseRevision: Int
    public var savedAt: Timestamp
    public var record: Case
    /// The record the edits were made on, so a restore onto a newer revision applies only what the officer changed.
    /// Absent from drafts written before it was kept.
    public var base: Case?
    /// Forms with typed work not yet submitted (a contact note half written); absent from older drafts.
    public var forms: [DraftForm]?

    public init(user: String, ref: String, baseRevision: Int, savedAt: Timestamp, record: Case, base: Case? = nil,
                forms: [DraftForm]? = nil) {
        schemaVersion = 1
        self.user = user
        self.ref = ref
        self.baseRevision = baseRevision
        self.savedAt = savedAt
        self.record = record
        self.base = base
        self.forms = forms
    }
}
