import CaseworkCore

/// The queue's narrowing beyond the typed filter: by route, by status, by officer. Empty shows every case.
public struct QueueFilter: Hashable, Sendable {
    public enum Officer: Hashable, Sendable {
        case assigned(String)
        case unassigned
    }

    public var team: Team?
    public var status: CaseStatus?
    public var officer: Officer?

    public init(team: Team? = nil, status: CaseStatus? = nil, officer: Officer? = nil) {
        self.team = team
        self.status = status
        self.officer = officer
    }

    public var isEmpty: Bool { team == nil && status == nil && officer == nil }

    public func admits(_ row: QueueRow) -> Bool {
        if let team, row.team != team { return false }
        if let status, row.status != status { return false }
        switch officer {
        case .assigned(let id)?: return row.officer == id
        case .unassigned?: return row.officer == nil
        case nil: return true
        }
    }

    /// "route Refuge · status In triage · officer Priya Shah (mine)", or "" when nothing is set.
    public func summary(context: ConsoleContext) -> String {
        var parts: [String] = []
        if let team { parts.append("route \(team.label)") }
        if let status { parts.append("status \(status.label)") }
        switch officer {
        case .assigned(let id)?:
            parts.append("officer \(context.name(of: id))" + (id == context.actor.id ? " (mine)" : ""))
        case .unassigned?: parts.append("unassigned")
        case nil: break
        }
        return parts.joined(separator: " · ")
    }
}
