extension ThreatReason {
    public func words(_ wording: Wording) -> String {
        switch self {
        case .homelessNow:
            return "Homeless now, as recorded"
        case .sleepingRough:
            return "Sleeping rough or of no fixed abode: homeless now"
        case .lostHome(let day):
            return "Lost the home on \(wording.date(day)): homeless now"
        case .mayBeHomelessAfterAbuse:
            return "Domestic abuse recorded with the applicant still in the home: may be homeless now, as it is not "
                + "reasonable to stay where abuse is probable — needs the officer's decision (s175(3), s177(1))"
        case .mayBeHomelessAfterNotice(let day, let daysAgo):
            return "A valid notice expired on \(wording.date(day)), \(ThreatReason.ago(daysAgo)), with the household still "
                + "in the home: may be homeless now — needs the officer's decision (s175(3); Code of Guidance 6.35)"
        case .expectsLoss(let day, let days):
            return "Expects to lose the home on \(wording.date(day)), " + ThreatReason.distance(days)
        case .noticeExpires(let day, let days):
            return "The notice expires on \(wording.date(day)), " + ThreatReason.distance(days)
        case .section8Expires(let day, let days):
            return "The section 8 notice expires on \(wording.date(day)), the earliest day the landlord may start "
                + "proceedings, not the day the home is lost: " + ThreatReason.distance(days)
        case .validSection21Expires(let day, let days):
            return "A valid section 21 notice expires on \(wording.date(day)), \(ThreatReason.distance(days)) (s175(5))"
        case .threatToConfirm(let day, let days, let because, let lawful):
            let why = because.map { " (" + $0.words(wording) + ")" } ?? ""
            let floor = lawful.map { "; a lawful notice served today could end the tenancy no earlier than "
                + wording.date($0.earliestEnd) + " (" + $0.route.words + ")" } ?? ""
            return "Threatened? The notice expiring on \(wording.date(day)), \(ThreatReason.when(days)), is invalid\(why)"
                + "\(floor). The officer decides and records it (s175(4)); until then it counts as a threat to confirm"
        case .officerFoundNotice(let threatens, let day):
            return "The officer found on \(wording.date(day)) that the invalid notice "
                + (threatens ? "still threatens the household" : "does not threaten the household")
        case .nothingRecorded:
            return "No loss date or notice expiry recorded: not shown to be threatened within 56 days"
        case .foundIneligible:
            return "Found not eligible for assistance: no prevention or relief duty"
        }
    }

    private static func distance(_ days: Int) -> String {
        if days < 0 { return "\(ago(-days)), still in the home: threatened (s175(4))" }
        let within = days <= ThreatAssessment.window ? "within 56 days: threatened (s175(4))" : "more than 56 days away"
        return when(days) + ", " + within
    }

    private static func when(_ days: Int) -> String {
        days < 0 ? ago(-days) : days == 1 ? "in 1 day" : "in \(days) days"
    }

    private static func ago(_ days: Int) -> String { days == 1 ? "1 day ago" : "\(days) days ago" }
}

extension LawfulNotice.Route {
    var words: String {
        switch self {
        case .section21: "a new section 21 notice"
        case .section8(let grounds):
            "section 8, ground" + (grounds.count == 1 ? " " : "s ") + grounds.map(\.number).joined(separator: " or ")
        }
    }
}
