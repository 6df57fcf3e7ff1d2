import CaseworkCore

/// `case show --json`: the stored case's own fields at the top level, plus `rules` and `alerts` (the CLI contract),
/// and for each decision its `review: {requestBy, requestedOn, decideBy}` (dates or null) from the one review rule.
struct CaseShowJSON: Encodable {
    let record: Case
    let report: CaseReport

    private enum Key: String, CodingKey { case rules, alerts, decisions, hclic }

    func encode(to encoder: Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        // Written again with the review object added: the later value of a key is the one the encoder keeps.
        try container.encode(record.decisions.map { DecisionJSON(decision: $0, rights: ReviewRights($0, duties: record.duties)) },
                             forKey: .decisions)
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

/// One decision as stored, with its review rights.
private struct DecisionJSON: Encodable {
    let decision: Decision
    let rights: ReviewRights

    private enum Key: String, CodingKey { case review, requestBy, requestedOn, decideBy }

    func encode(to encoder: Encoder) throws {
        try decision.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        var review = container.nestedContainer(keyedBy: Key.self, forKey: .review)
        try review.encode(rights.requestBy, forKey: .requestBy)
        try review.encode(rights.requestedOn, forKey: .requestedOn)
        try review.encode(rights.decideBy, forKey: .decideBy)
    }
}
