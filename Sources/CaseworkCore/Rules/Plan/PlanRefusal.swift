/// Refusals particular to the plan's versions and letters, as errors the console and the command line show.
public enum PlanRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// An edit made to an earlier version: it is frozen, and changes go into a new version from the current one.
    case frozenVersion(Int, settledOn: Day?, current: Int)
    case noSuchVersion(Int, current: Int)
    /// A letter for a version neither agreed nor recorded as not agreed: there is nothing settled to send.
    case versionNotSettled(Int)

    /// The refusal of an edit made to version `version` of `plan`, an earlier one.
    public static func editing(_ version: Int, of plan: Plan) -> PlanRefusal {
        let entry = plan.entry(version)
        return entry == nil ? .noSuchVersion(version, current: plan.version)
            : .frozenVersion(version, settledOn: entry?.settledOn, current: plan.version)
    }

    public var description: String {
        switch self {
        case .frozenVersion(let version, let settled, let current):
            let how = settled.map { " was settled on \($0) and" } ?? ""
            return "version \(version) of the plan\(how) cannot be edited in place: changes make a new version from "
                + "the current one (version \(current))"
        case .noSuchVersion(let version, let current):
            return "the plan has no version \(version) (the current version is \(current))"
        case .versionNotSettled(let version):
            return "version \(version) of the plan is not agreed or recorded as not agreed yet (s189A(4)–(6)): "
                + "agree it, or record the applicant's reason, before writing its letter"
        }
    }
}

/// What a letter needs of a version before it can be written: that the plan reached it and settled it.
public enum PlanLetterCheck {
    /// The day version `version` was agreed or recorded as not agreed.
    public static func settlement(of version: Int, in plan: Plan) throws(PlanRefusal) -> Day {
        guard version >= 1, version <= plan.version else { throw .noSuchVersion(version, current: plan.version) }
        guard let entry = plan.entry(version), let settled = entry.settledOn else { throw .versionNotSettled(version) }
        return settled
    }
}
