/// One quarter's H-CLIC return: the nine sections and `validation.csv`, each a CSV file, from the summaries alone.
/// The same summaries, quarter, code lists and key give the same bytes: rows are ordered by case id, then as the
/// case holds them, and nothing in the files depends on when or by whom they were made.
public struct HCLICReturn: Sendable {
    public static let validationFile = "validation.csv"
    public static let personalFile = "personal.csv"
    static let validationColumns = ["CASEID", "REF", "SECTION", "ROW", "FIELD", "SEVERITY", "MESSAGE"]
    static let personalColumns = ["CASEID", "PERSON", "FIRST_NAME", "LAST_NAME", "DATE_OF_BIRTH", "NI_NUMBER"]

    public let quarter: Quarter
    public let codesVersion: String
    /// The included cases as (case id, ref), in the files' order.
    public let cases: [(id: String, ref: String)]
    public let problems: [(ref: String, problem: HCLICProblem)]
    /// File name and contents, the nine sections then `validation.csv`.
    public let files: [(name: String, bytes: [UInt8])]

    /// Whether a case belongs in the quarter's return: a duty began or ended in it, the household was in temporary
    /// accommodation during it, or the case closed in it. A case closed as advice only counts only when placed.
    public static func includes(_ s: CaseSummary, in quarter: Quarter) -> Bool {
        if s.duties.contains(where: { quarter.contains($0.startedOn) || ($0.endedOn.map(quarter.contains) ?? false) }) { return true }
        let never = Day(daysSinceEpoch: .max)
        if (s.placements ?? []).contains(where: { $0.enteredOn <= quarter.lastDay && ($0.leftOn ?? never) > quarter.firstDay }) {
            return true
        }
        guard let closure = s.closure, quarter.contains(closure.on) else { return false }
        return !(s.triageOutcome == .adviceOnly && s.duties.isEmpty)
    }

    public init(summaries: [CaseSummary], quarter: Quarter, codes: HCLICCodes, caseId: HCLICCaseId) {
        self.quarter = quarter
        codesVersion = codes.version
        let included = summaries.filter { Self.includes($0, in: quarter) }
            .map { (id: caseId.id(for: $0.ref), summary: $0) }
            .sorted { $0.id < $1.id }
        cases = included.map { (id: $0.id, ref: $0.summary.ref) }
        var sections = Dictionary(uniqueKeysWithValues: HCLICSection.allCases.map { ($0, CSV.line($0.columns)) })
        var validation = CSV.line(Self.validationColumns)
        var problems: [(ref: String, problem: HCLICProblem)] = []
        for (id, summary) in included {
            let rows = HCLICRows(summary: summary, id: id, codes: codes)
            for section in HCLICSection.allCases {
                for row in rows.rows(section) { sections[section]! += CSV.line(row) }
            }
            for problem in HCLICCheck.problems(summary) {
                problems.append((summary.ref, problem))
                validation += CSV.line([id, summary.ref, problem.section.rawValue, problem.row.map(String.init) ?? "", problem.field,
                                        problem.severity.rawValue, problem.message])
            }
        }
        self.problems = problems
        files = HCLICSection.allCases.map { (name: $0.fileName, bytes: Array(sections[$0]!.utf8)) }
            + [(name: Self.validationFile, bytes: Array(validation.utf8))]
    }

    public var errorCount: Int { problems.filter { $0.problem.severity == .error }.count }
    public var warningCount: Int { problems.filter { $0.problem.severity == .warning }.count }

    /// `personal.csv`: names, dates of birth and the NI number, kept apart so the return can go without them.
    public static func personalFile(_ records: [(id: String, record: Case)]) -> [UInt8] {
        var text = CSV.line(personalColumns)
        for (id, record) in records {
            let applicant = record.applicant
            text += CSV.line([id, "1", applicant.firstName, applicant.lastName, applicant.dateOfBirth?.iso ?? "",
                              applicant.nationalInsuranceNumber ?? ""])
            for (index, member) in record.household.enumerated() {
                text += CSV.line([id, String(index + 2), member.firstName, member.lastName, member.dateOfBirth?.iso ?? "", ""])
            }
        }
        return Array(text.utf8)
    }
}

/// One case's rows in each section, coded with the council's code lists.
struct HCLICRows {
    let summary: CaseSummary
    let id: String
    let codes: HCLICCodes

    func rows(_ section: HCLICSection) -> [[String]] {
        let s = summary
        switch section {
        case .main:
            let household = HouseholdMakeup(s, on: s.receivedOn)
            return [[id, s.receivedOn.iso, date(s.assessedOn), codes.code(.referralAgency, s.referralAgency?.rawValue ?? "none"),
                     codes.code(.accommodation, s.accommodationType.rawValue), s.reasonForLoss.map { codes.code(.reasonLoss, $0.rawValue) } ?? "",
                     String(household.adults), String(household.children), s.applicantBornOn.map { String($0.age(on: s.receivedOn)) } ?? "",
                     finding(s.applicantPregnant), finding(s.findings.eligible), finding(s.findings.priorityNeed),
                     finding(s.findings.intentionallyHomeless), finding(s.findings.localConnection), date(s.closure?.on)]]
        case .people:
            let applicant = [id, "1", codes.code(.relationship, "applicant"), s.applicantBornOn.map { String($0.age(on: s.receivedOn)) } ?? "",
                             finding(s.applicantPregnant)]
            return [applicant] + s.members.enumerated().map { index, member in
                [id, String(index + 2), codes.code(.relationship, member.relationship.rawValue),
                 member.bornOn.map { String($0.age(on: s.receivedOn)) } ?? "", finding(member.pregnant)]
            }
        case .support:
            if s.supportNeeds.isEmpty { return s.assessedOn == nil ? [] : [[id, codes.code(.supportNeed, "none")]] }
            return s.supportNeeds.map { [id, codes.code(.supportNeed, $0.rawValue)] }
        case .prevention, .relief:
            let kind: DutyKind = section == .prevention ? .prevention : .relief
            return s.duties.filter { $0.kind == kind }.map { duty in
                [id, duty.startedOn.iso, date(duty.endedOn), reason(duty.endReason),
                 duty.accommodationAtEnd.map { codes.code(.accommodationAtEnd, $0.rawValue) } ?? ""]
            }
        case .finalDuties:
            return s.duties.filter { $0.kind == .main }.map { [id, $0.startedOn.iso, date($0.endedOn), reason($0.endReason)] }
        case .assistance:
            guard let closure = s.closure else { return [] }
            let last = s.duties.last { !$0.isActive }
            return [[id, closure.on.iso, s.triageOutcome.map { codes.code(.triageOutcome, $0.rawValue) } ?? "", reason(last?.endReason)]]
        case .temporaryAccommodation:
            return (s.placements ?? []).map { placement in
                [id, placement.enteredOn.iso, date(placement.leftOn), codes.code(.placementType, placement.type.rawValue),
                 codes.code(.placementDuty, placement.duty.rawValue)]
            }
        case .reviews:
            return s.decisions.map { decision in
                [id, codes.code(.decision, decision.kind.rawValue), decision.decidedOn.iso, date(decision.notifiedOn),
                 date(decision.reviewRequestedOn), date(decision.reviewDecidedOn)]
            }
        }
    }

    private func date(_ day: Day?) -> String { day?.iso ?? "" }
    private func reason(_ reason: DutyEndReason?) -> String { reason.map { codes.code(.reasonDutyEnded, $0.rawValue) } ?? "" }
    private func finding(_ value: Bool?) -> String { codes.code(.finding, value.map { $0 ? "yes" : "no" } ?? "unknown") }
}
