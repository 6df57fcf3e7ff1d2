import CaseworkCore

/// `case show --json`: the stored case's own fields at the top level, plus `rules` and `alerts` (the CLI contract).
struct CaseShowJSON: Encodable {
    let record: Case
    let report: CaseReport

    private enum Key: String, CodingKey { case rules, alerts, hclic }

    func encode(to encoder: Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(report.rules, forKey: .rules)
        try container.encode(report.alerts, forKey: .alerts)
        try container.encode(HCLICCheck.problems(CaseSummary(record)).map(HCLICProblemJSON.init), forKey: .hclic)
    }
}

/// One H-CLIC validation problem in `case show --json`'s `hclic` list.
struct HCLICProblemJSON: Encodable {
    let severity: String
    let section: String
    let row: Int?
    let field: String
    let message: String

    init(_ problem: HCLICProblem) {
        severity = problem.severity.rawValue
        section = problem.section.rawValue
        row = problem.row
        field = problem.field
        message = problem.message
    }
}
