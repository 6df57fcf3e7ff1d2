extension RouteReason {
    public func words(_ wording: Wording) -> String {
        switch self {
        case .domesticAbuse:
            "Domestic abuse recorded: refuge partner"
        case .noDomesticAbuse:
            "No domestic abuse recorded"
        case .ageNotRecorded(let under):
            "Date of birth not recorded: cannot tell whether under \(under)"
        case .young(let age, let under):
            "Aged \(age) on the application date (under \(under)): young people's service"
        case .notYoung(let age, let under):
            "Aged \(age) on the application date: not under \(under)"
        case .needsNotComplex:
            "Needs not complex under the team's definition"
        case .complexNeeds(let needs):
            "Complex needs: " + needs.map { $0.label.lowercased() }.joined(separator: ", ")
        case .suggested(let team):
            "Suggested: \(team.label)"
        case .officerOverrode(let team, let day, let suggestion):
            "Officer chose \(team.label) on \(wording.date(day)) over the suggestion \(suggestion.label); "
                + "reason recorded on the case"
        case .officerAccepted(let team, let day):
            "Officer accepted \(team.label) on \(wording.date(day))"
        case .factsChangedSince(let team):
            "The facts have changed since: the rules now suggest \(team.label)"
        }
    }
}
