/// Where triage would send the case, and why: refuge for domestic abuse, then the young people's service for
/// applicants under 24 on the application date, then the intensive team for complex needs, else a council caseworker.
///
/// Readings chosen to protect the applicant:
/// - Domestic abuse recorded as the flag or as a support need routes to the refuge partner.
/// - An applicant whose date of birth is not recorded is not assumed young; the reasons say the age is unknown
///   so the officer can ask.
/// - Once an officer has decided the route, that decision is what the case shows. It counts as overridden when
///   it differs from what the rules suggest now, so a route decided on facts that have since changed shows up.
public struct TriageRoute: Hashable, Sendable {
    public let suggested: Team
    public let domesticAbuse: Bool
    /// Age on the application date, when the date of birth is known.
    public let ageAtApplication: Int?
    public let youngPeopleUnderAge: Int
    /// The needs that make the case complex under the configured definition; empty when it is not complex.
    public let complexNeeds: SupportNeeds
    public let decision: RouteDecision?

    public init(_ summary: CaseSummary, settings: RouteSettings) {
        domesticAbuse = summary.domesticAbuse || summary.supportNeeds.contains(.domesticAbuse)
        ageAtApplication = summary.applicantBornOn.map { $0.age(on: summary.receivedOn) }
        youngPeopleUnderAge = settings.youngPeopleUnderAge
        complexNeeds = settings.complexNeeds.complexity(of: summary.supportNeeds)
        decision = summary.route
        if domesticAbuse {
            suggested = .refuge
        } else if let age = ageAtApplication, age < settings.youngPeopleUnderAge {
            suggested = .youngPeople
        } else if !complexNeeds.isEmpty {
            suggested = .intensive
        } else {
            suggested = .council
        }
    }

    /// The team the case shows: the officer's decision when there is one, else the suggestion.
    public var team: Team { decision?.team ?? suggested }
    public var overridden: Bool { decision.map { $0.team != suggested } ?? false }

    public var reasons: [String] {
        var lines: [String] = []
        lines.append(domesticAbuse ? "Domestic abuse recorded: refuge partner" : "No domestic abuse recorded")
        if !domesticAbuse {
            lines.append(ageReason)
            if suggested != .youngPeople {
                lines.append(complexNeeds.isEmpty
                    ? "Needs not complex under the team's definition"
                    : "Complex needs: " + complexNeeds.map { $0.label.lowercased() }.joined(separator: ", "))
            }
        }
        lines.append("Suggested: \(suggested.label)")
        if let decision {
            if decision.isOverride {
                lines.append("Officer chose \(decision.team.label) on \(decision.decidedOn.iso) over the suggestion "
                    + "\(decision.suggested.label); reason recorded on the case")
            } else {
                lines.append("Officer accepted \(decision.team.label) on \(decision.decidedOn.iso)")
            }
            if decision.suggested != suggested {
                lines.append("The facts have changed since: the rules now suggest \(suggested.label)")
            }
        }
        return lines
    }

    private var ageReason: String {
        guard let age = ageAtApplication else {
            return "Date of birth not recorded: cannot tell whether under \(youngPeopleUnderAge)"
        }
        return age < youngPeopleUnderAge
            ? "Aged \(age) on the application date (under \(youngPeopleUnderAge)): young people's service"
            : "Aged \(age) on the application date: not under \(youngPeopleUnderAge)"
    }
}
