extension NonCooperationStage {
    public func words(_ wording: Wording) -> String {
        let date = wording.date
        return switch self {
        case .none:
            "Nothing recorded: a refusal of a required step comes first"
        case .refused(let step, let day):
            "Step \(step.map(String.init) ?? "?") refused on \(date(day)): the written warning is next (s193B(4))"
        case .warned(let day, let ends):
            "Warned on \(date(day)); the period to comply runs to \(date(ends)), and only a refusal after it counts"
        case .periodPassed(let ends):
            "The warning's period ended on \(date(ends)) with no further refusal recorded"
        case .noticeMayBeGiven(let day):
            "Further refusal on \(date(day)): the notice may be given, authorised by another officer at least as senior "
                + "and not involved (s193B(2), reg 3)"
        case .noticeGiven(let day, .accommodationDuty):
            "Notice given on \(date(day)): the main duty no longer applies, but accommodation is still owed to an "
                + "applicant in priority need and not intentionally homeless (s193C(4))"
        case .noticeGiven(let day, .decideFindings):
            "Notice given on \(date(day)): decide priority need (and intentionality) to know whether accommodation is "
                + "still owed (s193C(4))"
        case .noticeGiven(let day, .nothingFurther):
            "Notice given on \(date(day)): on the findings, no accommodation duty remains (s193C(4))"
        }
    }
}
