/// Interim accommodation (s188): owed when the council has reason to believe the applicant *may* be homeless,
/// eligible and in priority need. The software raises the possibility; the officer decides, and records interim
/// accommodation as provided or not owed, which answers it.
///
/// Readings chosen to protect the applicant:
/// - Homeless, or possibly homeless while still at home (s175(3)), counts.
/// - Eligibility not yet decided counts as "may be eligible"; only a finding of not eligible rules it out. Likewise
///   a finding of no priority need rules it out, and nothing short of one does.
/// - "May be in priority need" is any automatic category, or a vulnerability factor that may make the applicant
///   vulnerable (s189(1)(c)): mental health, a disability, rough sleeping with a support need, fleeing violence,
///   leaving custody or care.
/// - It holds at any stage (not only before triage), until the officer records an answer or accommodation is
///   secured.
public struct InterimDutyAssessment: Hashable, Sendable {
    /// The vulnerability factors that give reason to believe an applicant may be in priority need for s188.
    public static let vulnerabilityTriggers: [VulnerabilityFactor] = [
        .mentalHealth, .physicalIllHealthOrDisability, .learningDisability, .fleeingViolence, .custody,
        .careLeaver21Plus, .careLeaverAgeUnknown,
    ]

    /// Reason to believe the duty may be owed.
    public let possible: Bool
    /// The automatic priority-need categories point to it (or the council found priority need).
    public let priorityNeedLikely: Bool
    /// The vulnerability factors that point to it.
    public let factors: FlagSet<VulnerabilityFactor>
    /// The officer's answer, once recorded.
    public let recorded: InterimAccommodation.Outcome?

    public init(_ summary: CaseSummary, threat: ThreatAssessment, priorityNeed: PriorityNeedAssessment) {
        var factors = FlagSet<VulnerabilityFactor>()
        for factor in InterimDutyAssessment.vulnerabilityTriggers where priorityNeed.vulnerability.contains(factor) {
            factors.insert(factor)
        }
        var otherNeeds = summary.supportNeeds
        otherNeeds.remove(.roughSleeping)
        factors.insert(.roughSleeping, if: priorityNeed.vulnerability.contains(.roughSleeping) && !otherNeeds.isEmpty)
        self.factors = factors
        priorityNeedLikely = priorityNeed.likely
        recorded = summary.interimAccommodation
        let mayBeInNeed = summary.findings.priorityNeed != false && (priorityNeed.likely || !factors.isEmpty)
        possible = (threat.homeless || threat.mayBeHomeless) && summary.findings.eligible != false && mayBeInNeed
            && summary.accommodationSecuredOn == nil
    }

    /// Possible and not yet answered: the alert stands.
    public var open: Bool { possible && recorded == nil }
}
