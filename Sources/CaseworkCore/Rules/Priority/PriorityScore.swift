/// One named part of the priority score, in the order the breakdown shows them.
public enum PriorityPart: Int, CaseIterable, Sendable {
    case homelessTonight
    case lossWithin56Days
    case unconfirmedNoticeThreat
    case possibleInterimDuty
    case dependentChildren
    case pregnancy
    case aged16Or17
    case careLeaver
    case domesticAbuse
    case emergency
    case dutyClock
    case waiting
    case blockedOnDocuments

    /// The kebab-case name the JSON carries.
    public var name: String {
        switch self {
        case .homelessTonight: "homeless-tonight"
        case .lossWithin56Days: "loss-within-56-days"
        case .unconfirmedNoticeThreat: "unconfirmed-notice-threat"
        case .possibleInterimDuty: "possible-interim-duty"
        case .dependentChildren: "dependent-children"
        case .pregnancy: "pregnancy"
        case .aged16Or17: "aged-16-or-17"
        case .careLeaver: "care-leaver"
        case .domesticAbuse: "domestic-abuse"
        case .emergency: "emergency"
        case .dutyClock: "duty-clock"
        case .waiting: "waiting"
        case .blockedOnDocuments: "blocked-on-documents"
        }
    }

    public var label: String {
        switch self {
        case .homelessTonight: "Homeless tonight"
        case .lossWithin56Days: "Loses the home within 56 days"
        case .unconfirmedNoticeThreat: "Invalid notice: threat for the officer to confirm"
        case .possibleInterimDuty: "Possible interim accommodation duty (s188)"
        case .dependentChildren: "Dependent children"
        case .pregnancy: "Pregnancy"
        case .aged16Or17: "Aged 16 or 17"
        case .careLeaver: "Care leaver"
        case .domesticAbuse: "Domestic abuse"
        case .emergency: "Emergency (fire, flood)"
        case .dutyClock: "Days used on the 56-day clock"
        case .waiting: "Days waiting since application"
        case .blockedOnDocuments: "Waiting on the applicant's documents"
        }
    }
}

/// The queue's one score: the sum of named parts, each shown on screen, with weights from `PriorityWeights`.
///
/// Shape, so that the required orderings hold for any weights a council is likely to set:
/// - Homeless tonight takes the full `homelessTonight`; a loss within 56 days takes `lossWithin56Days` scaled by how
///   near it is (0 at 56 days, full weight today), so homelessness now always outranks a distant threat. A household
///   that may be homeless while still at home (s175(3)) takes the full `lossWithin56Days`.
/// - An invalid notice the officer has not judged takes `unconfirmedNoticeThreat` instead, scaled the same way and
///   lower than a valid notice's; once the officer finds it threatens the household it scores as any other loss.
/// - Priority-need indicators add their weights; an open possible s188 duty (InterimDutyAssessment) adds the
///   interim-duty weight.
/// - An active prevention or relief duty adds `dutyClock` scaled by the days used of 56 (day 1 is the start day).
/// - Every day since the application adds `perDayWaiting`: the only unbounded part, so no case waits forever.
/// - A case waiting on documents the applicant was asked for (a request still open, or triage set to awaiting
///   documents) loses `blockedOnDocuments` — never when the household is or may be homeless tonight, or may be owed
///   interim accommodation: the council cannot wait on papers to act (s188).
public struct PriorityScore: Hashable, Sendable {
    /// One lane per part (by raw value); a SIMD vector keeps the score inline, with no allocation per case.
    private var points = SIMD16<Double>()

    public init(_ summary: CaseSummary, threat: ThreatAssessment, priorityNeed: PriorityNeedAssessment,
                interim: InterimDutyAssessment, duty: DutyClock?, today: Day, weights: PriorityWeights) {
        let window = Double(ThreatAssessment.window)
        if threat.homeless {
            self[.homelessTonight] = weights.homelessTonight
        } else if threat.mayBeHomeless {
            self[.lossWithin56Days] = weights.lossWithin56Days
        } else if threat.threatened, let days = threat.daysUntilLoss {
            let nearness = (window - Double(max(0, days))) / window
            if threat.unconfirmed {
                self[.unconfirmedNoticeThreat] = weights.unconfirmedNoticeThreat * nearness
            } else {
                self[.lossWithin56Days] = weights.lossWithin56Days * nearness
            }
        }
        if interim.open { self[.possibleInterimDuty] = weights.possibleInterimDuty }
        let indicators = priorityNeed.indicators
        if indicators.contains(.dependentChildren) { self[.dependentChildren] = weights.dependentChildren }
        if indicators.contains(.pregnancy) { self[.pregnancy] = weights.pregnancy }
        if indicators.contains(.aged16Or17) { self[.aged16Or17] = weights.aged16Or17 }
        if indicators.contains(.careLeaver18To20) { self[.careLeaver] = weights.careLeaver }
        if indicators.contains(.domesticAbuse) { self[.domesticAbuse] = weights.domesticAbuse }
        if indicators.contains(.emergency) { self[.emergency] = weights.emergency }
        if let duty, duty.kind != .main {
            self[.dutyClock] = weights.dutyClock * Double(min(max(duty.day, 0), DutyClock.length)) / window
        }
        self[.waiting] = weights.perDayWaiting * Double(max(0, summary.receivedOn.days(until: today)))
        let cannotWait = threat.homeless || threat.mayBeHomeless || interim.possible
        if !cannotWait, PriorityScore.isBlockedOnDocuments(summary) { self[.blockedOnDocuments] = -weights.blockedOnDocuments }
    }

    /// Waiting on the applicant: a document request still open, or triage set to awaiting documents.
    public static func isBlockedOnDocuments(_ summary: CaseSummary) -> Bool {
        summary.triageOutcome == .awaitingDocuments || summary.documentsRequestedOn != nil
    }

    public subscript(part: PriorityPart) -> Double {
        get { points[part.rawValue] }
        set { points[part.rawValue] = newValue }
    }

    /// The score, summed in the breakdown's order so the parts shown add up to it exactly.
    public var total: Double { PriorityPart.allCases.reduce(0) { $0 + self[$1] } }

    /// The parts that count for this case, for the breakdown on screen.
    public var parts: [(part: PriorityPart, points: Double)] {
        PriorityPart.allCases.compactMap { self[$0] == 0 ? nil : ($0, self[$0]) }
    }
}
