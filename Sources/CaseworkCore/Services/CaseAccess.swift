/// Who may see what of a restricted (domestic-abuse) case. Everyone may know it exists; only entitled
/// staff see the name and address, and every opening — allowed or refused — is audited.
public enum CaseAccess {
    public static let restrictedLabel = "Restricted"

    public static func mayView(_ summary: CaseSummary, as actor: Actor) -> Bool {
        !summary.restricted || actor.mayView(restrictedCaseAssignedTo: summary.assignedOfficer)
    }

    public static func mayView(_ record: Case, as actor: Actor) -> Bool {
        !record.restricted || actor.mayView(restrictedCaseAssignedTo: record.assignedOfficer)
    }

    /// The name to show in a list: the real one, or "Restricted" for someone not entitled to it.
    public static func displayName(_ summary: CaseSummary, as actor: Actor) -> String {
        mayView(summary, as: actor) ? summary.applicantName : restrictedLabel
    }
}

public enum CaseAccessError: Error, Equatable, CustomStringConvertible {
    case restricted(ref: String)

    public var description: String {
        switch self {
        case .restricted(let ref):
            "case \(ref) is restricted; ask a manager or the assigned officer (this attempt has been recorded)"
        }
    }
}
