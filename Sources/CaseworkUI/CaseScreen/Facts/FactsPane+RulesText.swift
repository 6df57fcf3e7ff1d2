import CaseworkCore

/// What the rules make of the edited facts, shown beside them while the officer types.
extension FactsPane {
    /// The Home & notice tab's one-line verdict at 80 columns, above the facts.
    /// The rules version gives way when the line is too long for it (it is also under "Notice check").
    func noticeStrip(width: Int, sheet: CaseSheet) -> [Span] {
        let report = sheet.report
        let notice = report.rules.notice
        let verdict = [Span("Notice ", .muted), Span(notice.verdict.label, CaseScreen.verdictStyle(notice.verdict))]
        let threat = [Span("  │  ", .muted), Span(ThreatWords.summary(report.rules.threat))]
        let version = [Span("  " + notice.rulesVersion, .muted)]
        let full = verdict + version + threat
        return full.reduce(0) { $0 + DisplayWidth.of($1.text) } <= width ? full : verdict + threat
    }

    /// Below the facts at 80 columns, beside them when wide.
    func rulesText(width: Int, sheet: CaseSheet) -> PaneText? {
        var text = PaneText(width: width)
        let rules = sheet.report.rules, liveNote = sheet.liveNote
        switch tab {
        case .household:
            text.heading("What the rules see", note: liveNote)
            let need = rules.priorityNeed
            text.field("Priority need", need.likely ? "Likely" : "Not indicated", style: need.likely ? Style.normal.bolded : .normal)
            for reason in need.reasons { text.bullet(reason.words(.console), indent: PaneText.labelWidth) }
            text.field("Route", rules.route.suggested.label + " (suggested)")
            text.field("Indicated duty", rules.indicatedDuty.label)
        case .home:
            text.heading("Notice check", note: liveNote)
            text.field("Verdict", rules.notice.verdict.label, style: CaseScreen.verdictStyle(rules.notice.verdict))
            text.field("Rules version", rules.notice.rulesVersion + " · " + rules.notice.regime.label)
            for reason in rules.notice.reasons { text.bullet(reason.words(.console)) }
            text.heading("Threat test", note: "s175")
            text.field("Homeless now", rules.homeless ? "yes" : "no")
            text.field("Threatened", rules.threatened ? "yes, within 56 days" : "no")
            text.field("Days until loss", ThreatWords.daysUntilLoss(rules.threat))
            text.field("Indicated duty", rules.indicatedDuty.label, style: Style.normal.bolded)
            for reason in rules.threatReasons { text.bullet(reason.words(.console)) }
        default:
            return nil
        }
        return text
    }
}

extension CaseScreen {
    static func verdictStyle(_ verdict: NoticeVerdict) -> Style {
        switch verdict {
        case .needsChecking: Style.amber.bolded
        case .none: .muted
        case .valid, .invalid: Style.normal.bolded
        }
    }
}

/// The threat test in a few words, for the strip and the header.
enum ThreatWords {
    static func summary(_ threat: ThreatAssessment) -> String {
        let duty = switch threat.indicatedDuty {
        case .none: "advice only"
        case .reliefOrPrevention: "relief or prevention, the officer decides"
        case .relief, .prevention: threat.indicatedDuty.rawValue + " duty"
        }
        if threat.homeless { return "Homeless now → " + duty }
        if threat.mayBeHomeless { return "May be homeless now (s175(3)) → " + duty }
        guard let days = threat.daysUntilLoss else { return "No loss date or notice expiry recorded" }
        let when = days < 0 ? "loss was due \(-days) day\(days == -1 ? "" : "s") ago" : "loss in \(days) day" + (days == 1 ? "" : "s")
        if threat.unconfirmed { return "Threatened? Invalid notice, \(when) → officer decides" }
        return threat.threatened ? "Threatened: \(when) → \(duty)" : "Not threatened yet: \(when)"
    }

    /// The threat test's "days until loss", never a bare negative number: a date gone by says so; a section 8
    /// notice's expiry is when proceedings may begin, not the day the home is lost.
    static func daysUntilLoss(_ threat: ThreatAssessment) -> String {
        if threat.homeless { return "0 (homeless now)" }
        if threat.mayBeHomeless, threat.daysUntilLoss == 0 { return "0 (may be homeless now)" }
        guard let days = threat.daysUntilLoss else { return "not known" }
        let section8 = threat.lossIsEarliestProceedings ? " (section 8: the earliest day proceedings may begin)" : ""
        guard days < 0 else { return String(days) + section8 }
        return "none: the date passed \(-days) day\(days == -1 ? "" : "s") ago" + section8
    }
}
