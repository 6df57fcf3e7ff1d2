import CaseworkCore

/// `case show --json`: the stored case's own fields at the top level, plus `rules` and `alerts` (the CLI contract).
struct CaseShowJSON: Encodable {
    let record: Case
    let report: CaseReport

    private enum Key: String, CodingKey { case rules, alerts }

    func encode(to encoder: Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(report.rules, forKey: .rules)
        try container.encode(report.alerts, forKey: .alerts)
    }
}
