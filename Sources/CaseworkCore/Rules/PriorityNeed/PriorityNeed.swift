/// The automatic priority-need categories (s189(1), Domestic Abuse Act 2021 s78) the facts point to.
public enum PriorityNeedIndicator: Int, CaseIterable, Sendable {
    case dependentChildren
    case pregnancy
    case aged16Or17
    case careLeaver18To20
    case domesticAbuse
    case emergency

    public var label: String {
        switch self {
        case .dependentChildren: "Dependent children in the household"
        case .pregnancy: "Pregnancy in the household"
        case .aged16Or17: "Applicant aged 16 or 17"
        case .careLeaver18To20: "Care leaver aged 18 to 20"
        case .domesticAbuse: "Domestic abuse: in priority need if homeless as a result of it (Domestic Abuse Act 2021)"
        case .emergency: "Homeless or threatened because of an emergency such as fire or flood"
        }
    }
}

/// Factors that may make the applicant vulnerable (s189(1)(c)): listed for the officer's judgement, never decided here.
public enum VulnerabilityFactor: Int, CaseIterable, Sendable {
    case oldAge
    case mentalHealth
    case physicalIllHealthOrDisability
    case learningDisability
    case custody
    case armedForces
    case fleeingViolence
    case careLeaver21Plus
    case careLeaverAgeUnknown
    case drugOrAlcoholDependency
    case roughSleeping
    case hospitalDischarge

    public var label: String {
        switch self {
        case .oldAge: "Old age"
        case .mentalHealth: "Mental health"
        case .physicalIllHealthOrDisability: "Physical ill health or disability"
        case .learningDisability: "Learning disability"
        case .custody: "Time in custody or an offending history"
        case .armedForces: "Served in HM Forces"
        case .fleeingViolence: "Fleeing violence or abuse other than domestic abuse"
        case .careLeaver21Plus: "Care leaver aged 21 or over"
        case .careLeaverAgeUnknown: "Care leaver, age not recorded (18 to 20 is automatic priority need)"
        case .drugOrAlcoholDependency: "Drug or alcohol dependency"
        case .roughSleeping: "Rough sleeping"
        case .hospitalDischarge: "Leaving hospital"
        }
    }
}

/// Priority-need indicators: "likely" when any automatic category applies, with reasons, and the vulnerability
/// factors an officer must weigh.
///
/// Readings chosen to protect the applicant:
/// - A child aged 16 to 18 counts as dependent (they may be in education or training); so does a child whose
///   date of birth is not recorded.
/// - Domestic abuse recorded as the flag or as a support need counts as the Domestic Abuse Act category.
/// - Ages are taken on the evaluation day, so a 17-year-old stays in priority need until their birthday.
/// - A council finding (priority need decided yes or no) is what `likely` shows; the indicators stay listed.
public struct PriorityNeedAssessment: Hashable, Sendable {
    /// From this age the applicant's age is listed as a vulnerability factor for the officer.
    public static let oldAgeFrom = 60

    public let indicators: FlagSet<PriorityNeedIndicator>
    public let vulnerability: FlagSet<VulnerabilityFactor>
    public let dependentChildren: Int
    public let decided: Bool?

    public init(_ summary: CaseSummary, today: Day) {
        let needs = summary.supportNeeds
        let age = summary.applicantBornOn.map { $0.age(on: today) }
        var children = 0
        var pregnant = summary.applicantPregnant
        for member in summary.members {
            pregnant = pregnant || member.pregnant
            guard member.relationship == .child || member.relationship == .grandchild else { continue }
            if member.bornOn.map({ $0.age(on: today) < 19 }) ?? true { children += 1 }
        }
        dependentChildren = children
        decided = summary.findings.priorityNeed

        var indicators = FlagSet<PriorityNeedIndicator>()
        indicators.insert(.dependentChildren, if: children > 0)
        indicators.insert(.pregnancy, if: pregnant)
        indicators.insert(.aged16Or17, if: age.map { (16...17).contains($0) } ?? false)
        let careLeaver = summary.careLeaver || needs.contains(.careLeaver18To20) || needs.contains(.careLeaver21Plus)
        indicators.insert(.careLeaver18To20, if: careLeaver && age.map { (18...20).contains($0) } ?? false)
        indicators.insert(.domesticAbuse, if: summary.domesticAbuse || needs.contains(.domesticAbuse))
        indicators.insert(.emergency, if: summary.emergency)
        self.indicators = indicators

        var factors = FlagSet<VulnerabilityFactor>()
        factors.insert(.oldAge, if: needs.contains(.oldAge) || (age ?? 0) >= PriorityNeedAssessment.oldAgeFrom)
        factors.insert(.mentalHealth, if: needs.contains(.mentalHealth))
        factors.insert(.physicalIllHealthOrDisability, if: needs.contains(.physicalIllHealthOrDisability))
        factors.insert(.learningDisability, if: needs.contains(.learningDisability))
        let custodyReferral = switch summary.referralAgency {
        case .prison?, .youthOffenderInstitution?, .probation?: true
        default: false
        }
        factors.insert(.custody, if: summary.accommodationType == .custody || custodyReferral
            || needs.contains(.offendingHistory))
        factors.insert(.armedForces, if: needs.contains(.servedInForces) || summary.referralAgency == .armedForces)
        factors.insert(.fleeingViolence, if: summary.reasonForLoss == .otherViolenceOrHarassment
            || needs.contains(.abuseNotDomestic) || needs.contains(.sexualExploitation))
        factors.insert(.careLeaver21Plus, if: careLeaver && (age ?? 0) >= 21)
        factors.insert(.careLeaverAgeUnknown, if: careLeaver && age == nil)
        factors.insert(.drugOrAlcoholDependency, if: needs.contains(.drugDependency) || needs.contains(.alcoholDependency))
        factors.insert(.roughSleeping, if: needs.contains(.roughSleeping) || summary.accommodationType == .roughSleeping)
        factors.insert(.hospitalDischarge, if: summary.accommodationType == .hospital
            || summary.referralAgency == .hospital || summary.referralAgency == .emergencyDepartment)
        vulnerability = factors
    }

    /// The council's finding when it has made one; otherwise whether any automatic category applies.
    public var likely: Bool { decided ?? !indicators.isEmpty }

    public var reasons: [PriorityNeedReason] {
        var reasons: [PriorityNeedReason] = []
        if let decided {
            reasons.append(.decided(inPriorityNeed: decided))
        } else if indicators.isEmpty {
            reasons.append(.noIndicator)
        }
        for indicator in indicators {
            reasons.append(indicator == .dependentChildren && dependentChildren > 1
                ? .dependentChildren(count: dependentChildren) : .indicator(indicator))
        }
        return reasons
    }

    public var vulnerabilityFactors: [String] { vulnerability.map(\.label) }
}
