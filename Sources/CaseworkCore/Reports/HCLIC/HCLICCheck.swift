/// The return's validation, case by case, from the summary alone: the console runs it on the open case (so gaps
/// are fixed at triage, not at quarter end), the dashboard on every case of the quarter, and the return writes it
/// to `validation.csv`. The rules, after those the specification's suppliers publish:
/// - Main, People and Support are required when a case is first reported: the reason for loss, the applicant's age
///   and every household member's, and the support needs (assessed, even as none); the assessment date once a duty
///   is owed.
/// - Dates in order: the assessment and every duty on or after the application, each duty's end after its start,
///   each duty after the one before.
/// - A prevention duty ended "became homeless" has its accommodation at the end equal to the accommodation at
///   application or a type that is not settled.
/// - Temporary accommodation does not overlap a prevention duty; an interim placement comes before the assessment,
///   with no prevention duty, or after prevention failed.
/// Errors stop a return being accepted; warnings are findings the department queries.
public enum HCLICCheck {
    /// Settled homes: a household recorded there after becoming homeless is a contradiction.
    static let settled: Set<AccommodationType> = [.privateRented, .socialRented, .ownerOccupier]

    public static func problems(_ s: CaseSummary) -> [HCLICProblem] {
        var found: [HCLICProblem] = []
        func add(_ severity: HCLICProblem.Severity, _ section: HCLICSection, _ field: String, row: Int? = nil,
                 _ kind: HCLICProblem.Kind) {
            found.append(HCLICProblem(severity, section, field, row: row, kind))
        }
        let received = s.receivedOn
        // Main
        if s.reasonForLoss == nil { add(.error, .main, "REASONLOSS", .missing) }
        if s.applicantBornOn == nil { add(.error, .main, "AGE", .missing) }
        if !s.duties.isEmpty, s.assessedOn == nil { add(.error, .main, "ASSESS_DATE", .missing) }
        if let assessed = s.assessedOn, assessed < received {
            add(.error, .main, "ASSESS_DATE", .beforeApplication(assessed, application: received))
        }
        if !s.duties.isEmpty, s.findings.eligible == nil { add(.warning, .main, "ELIGIBLE", .missing) }
        if s.duties.contains(where: { $0.kind == .relief && !$0.isActive }) || s.duties.contains(where: { $0.kind == .main }) {
            if s.findings.priorityNeed == nil { add(.warning, .main, "PNEED", .missing) }
            if s.findings.intentionallyHomeless == nil { add(.warning, .main, "INTENT", .missing) }
        }
        // People: the applicant is person 1
        for (index, member) in s.members.enumerated() where member.bornOn == nil {
            add(.error, .people, "AGE", row: index + 2, .missing)
        }
        // Support
        if s.supportNeeds.isEmpty, s.assessedOn == nil { add(.error, .support, "SUPPORT_NEED", .missing) }
        duties(s, add: add)
        placements(s, add: add)
        for (index, decision) in s.decisions.enumerated() {
            if let requested = decision.reviewRequestedOn, requested < decision.decidedOn {
                add(.warning, .reviews, "REQUEST_DATE", row: index + 1, .beforeDate(requested, after: "DECISION_DATE", on: decision.decidedOn))
            }
        }
        return found
    }

    private static func duties(_ s: CaseSummary,
                               add: (HCLICProblem.Severity, HCLICSection, String, Int?, HCLICProblem.Kind) -> Void) {
        var previousEnd: (field: String, day: Day)?
        var counts: [DutyKind: Int] = [:]
        for duty in s.duties {
            counts[duty.kind, default: 0] += 1
            let row = counts[duty.kind]!
            let (section, prefix, accommodation): (HCLICSection, String, String) = switch duty.kind {
            case .prevention: (.prevention, "PREV", "ACCOM_PR")
            case .relief: (.relief, "RELIEF", "ACCOM_RE")
            case .main: (.finalDuties, "MAIN", "")
            }
            if duty.startedOn < s.receivedOn {
                add(.error, section, prefix + "_START", row, .beforeApplication(duty.startedOn, application: s.receivedOn))
            }
            if let previous = previousEnd, duty.startedOn < previous.day {
                add(.error, section, prefix + "_START", row, .beforeDate(duty.startedOn, after: previous.field, on: previous.day))
            }
            guard let ended = duty.endedOn else { continue }
            if ended < duty.startedOn {
                add(.error, section, prefix + "_END", row, .beforeDate(ended, after: prefix + "_START", on: duty.startedOn))
            }
            if duty.endReason == nil { add(.error, section, prefix + "_REASON", row, .missing) }
            previousEnd = (prefix + "_END", ended)
            guard duty.kind != .main else { continue }
            guard let after = duty.accommodationAtEnd else {
                add(.warning, section, accommodation, row, .missing)
                continue
            }
            if duty.kind == .prevention, duty.endReason == .becameHomeless, settled.contains(after), after != s.accommodationType {
                add(.error, section, accommodation, row, .settledAfterHomelessness(after, atApplication: s.accommodationType))
            }
        }
    }

    private static func placements(_ s: CaseSummary,
                                   add: (HCLICProblem.Severity, HCLICSection, String, Int?, HCLICProblem.Kind) -> Void) {
        let preventions = s.duties.filter { $0.kind == .prevention }
        for (index, placement) in (s.placements ?? []).enumerated() {
            let row = index + 1
            if placement.enteredOn < s.receivedOn {
                add(.error, .temporaryAccommodation, "ENTRY_DATE", row, .beforeApplication(placement.enteredOn, application: s.receivedOn))
            }
            // Both as half-open spans: a stay that begins the day prevention ends (became homeless) follows it.
            let never = Day(daysSinceEpoch: .max)
            if let duty = preventions.first(where: {
                placement.enteredOn < ($0.endedOn ?? never) && $0.startedOn < (placement.leftOn ?? never)
            }) {
                add(.error, .temporaryAccommodation, "ENTRY_DATE", row, .placedDuringPrevention(placement.enteredOn, preventionFrom: duty.startedOn))
                continue
            }
            if placement.duty == .interim, let assessed = s.assessedOn, placement.enteredOn > assessed,
               preventions.contains(where: { $0.startedOn <= placement.enteredOn && $0.endReason != .becameHomeless }) {
                add(.error, .temporaryAccommodation, "TADUTY", row, .interimAfterAssessment(placement.enteredOn, assessedOn: assessed))
            }
        }
    }
}
