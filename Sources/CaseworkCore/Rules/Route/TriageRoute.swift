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

    public var reasons: [RouteReason] {
        var reasons: [RouteReason] = [domesticAbuse ? .domesticAbuse : .noDomesticAbuse]
        if !domesticAbuse {
            reasons.append(ageReason)
            if suggested != .youngPeople { reasons.append(complexNeeds.isEmpty ? .needsNotComplex : .complexNeeds(complexNeeds)) }
        }
        reasons.append(.suggested(suggested))
        if let decision {
            reasons.append(decision.isOverride
                ? .officerOverrode(decision.team, on: decision.decidedOn, suggestion: decision.suggested)
                : .officerAccepted(decision.team, on: decision.decidedOn))
            if decision.suggested != suggested { reasons.append(.factsChangedSince(nowSuggested: suggested)) }
        }
        return reasons
    }

    private var ageReason: RouteReason {
        guard let age = ageAtApplication else { return .ageNotRecorded(youngPeopleUnder: youngPeopleUnderAge) }
        return age < youngPeopleUnderAge ? .young(age: age, under: youngPeopleUnderAge) : .notYoung(age: age, under: youngPeopleUnderAge)
    }
}
