/// One line of the triage route's reasons.
public enum RouteReason: RuleReason {
    case domesticAbuse
    case noDomesticAbuse
    case ageNotRecorded(youngPeopleUnder: Int)
    case young(age: Int, under: Int)
    case notYoung(age: Int, under: Int)
    case needsNotComplex
    case complexNeeds(SupportNeeds)
    case suggested(Team)
    case officerOverrode(Team, on: Day, suggestion: Team)
    case officerAccepted(Team, on: Day)
    /// The facts changed after the officer decided: the rules now suggest another team.
    case factsChangedSince(nowSuggested: Team)
}
