/// The `rules` object of the CLI contract (issue 3, with issue 9's duty shape). The contract's keys are fixed; the
/// extra keys (`threatReasons`, `mayBeHomeless`, `notice.threat`, `route.suggested`, `priorityNeed.vulnerabilityFactors`,
/// `interimDuty`, `priority.parts[].label`, `duty.mainDutyDecisionDue`) only add detail. Dates are `YYYY-MM-DD`, enum
/// values kebab-case, and `daysUntilLoss` is null (not missing) when no loss date or expiry is known.
/// `duty` is `{kind, startedOn, day, lastDay, noticeFrom, mainDutyDecisionDue}`: `day` is 1 on the start day,
/// `lastDay` start + 55, `noticeFrom` start + 56 (both null for the main duty).
extension CaseEvaluation: Encodable {
    private enum Key: String, CodingKey {
        case homeless, mayBeHomeless, threatened, daysUntilLoss, indicatedDuty, threatReasons, notice, route, priorityNeed
        case interimDuty, priority, duty
        case verdict, reasons, rulesVersion, threat
        case team, overridden, suggested
        case likely, vulnerabilityFactors
        case possible, recorded
        case score, parts, name, label, points
        case kind, startedOn, day, lastDay, noticeFrom, mainDutyDecisionDue
    }

    public func encode(to encoder: Encoder) throws {
        var rules = encoder.container(keyedBy: Key.self)
        try rules.encode(homeless, forKey: .homeless)
        try rules.encode(mayBeHomeless, forKey: .mayBeHomeless)
        try rules.encode(threatened, forKey: .threatened)
        try rules.encode(daysUntilLoss, forKey: .daysUntilLoss)
        try rules.encode(indicatedDuty, forKey: .indicatedDuty)
        try rules.encode(threatReasons.words(.commandLine), forKey: .threatReasons)

        var notice = rules.nestedContainer(keyedBy: Key.self, forKey: .notice)
        try notice.encode(self.notice.verdict, forKey: .verdict)
        try notice.encode(self.notice.reasons.words(.commandLine), forKey: .reasons)
        try notice.encode(self.notice.rulesVersion, forKey: .rulesVersion)
        try notice.encode(threat.noticeThreat?.rawValue, forKey: .threat)

        var route = rules.nestedContainer(keyedBy: Key.self, forKey: .route)
        try route.encode(self.route.team, forKey: .team)
        try route.encode(self.route.reasons.words(.commandLine), forKey: .reasons)
        try route.encode(self.route.overridden, forKey: .overridden)
        try route.encode(self.route.suggested, forKey: .suggested)

        var need = rules.nestedContainer(keyedBy: Key.self, forKey: .priorityNeed)
        try need.encode(priorityNeed.likely, forKey: .likely)
        try need.encode(priorityNeed.reasons.words(.commandLine), forKey: .reasons)
        try need.encode(priorityNeed.vulnerabilityFactors, forKey: .vulnerabilityFactors)

        var interimDuty = rules.nestedContainer(keyedBy: Key.self, forKey: .interimDuty)
        try interimDuty.encode(interim.possible, forKey: .possible)
        try interimDuty.encode(interim.recorded, forKey: .recorded)

        var priority = rules.nestedContainer(keyedBy: Key.self, forKey: .priority)
        try priority.encode(CaseEvaluation.rounded(self.priority.total), forKey: .score)
        var parts = priority.nestedUnkeyedContainer(forKey: .parts)
        for (part, points) in self.priority.parts {
            var entry = parts.nestedContainer(keyedBy: Key.self)
            try entry.encode(part.name, forKey: .name)
            try entry.encode(part.label, forKey: .label)
            try entry.encode(CaseEvaluation.rounded(points), forKey: .points)
        }

        guard let clock = duty else { return }
        var duty = rules.nestedContainer(keyedBy: Key.self, forKey: .duty)
        try duty.encode(clock.kind, forKey: .kind)
        try duty.encode(clock.startedOn, forKey: .startedOn)
        try duty.encode(clock.day, forKey: .day)
        try duty.encode(clock.lastDay, forKey: .lastDay)
        try duty.encode(clock.noticeFrom, forKey: .noticeFrom)
        try duty.encode(clock.mainDutyDecisionDue, forKey: .mainDutyDecisionDue)
    }

    /// Two decimals: enough to read a scaled part, short enough to scan.
    static func rounded(_ points: Double) -> Double { (points * 100).rounded() / 100 }
}
