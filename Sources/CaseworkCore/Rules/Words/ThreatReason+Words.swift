extension ThreatReason {
    public func words(_ wording: Wording) -> String {
        switch self {
        case .homelessNow:
            "Homeless now, as recorded"
        case .sleepingRough:
            "Sleeping rough or of no fixed abode: homeless now"
        case .lostHome(let day):
            "Lost the home on \(wording.date(day)): homeless now"
        case .expectsLoss(let day, let days):
            "Expects to lose the home on \(wording.date(day)), " + ThreatReason.distance(days)
        case .noticeExpires(let day, let days):
            "The notice expires on \(wording.date(day)), " + ThreatReason.distance(days)
        case .validSection21Expires(let day, let days):
            "A valid section 21 notice expires on \(wording.date(day)), \(ThreatReason.distance(days)) (s175(5))"
        case .nothingRecorded:
            "No loss date or notice expiry recorded: not shown to be threatened within 56 days"
        case .foundIneligible:
            "Found not eligible for assistance: no prevention or relief duty"
        }
    }

    private static func distance(_ days: Int) -> String {
        if days < 0 { return "\(-days) days ago, still in the home: threatened (s175(4))" }
        let within = days <= ThreatAssessment.window ? "within 56 days: threatened (s175(4))" : "more than 56 days away"
        return days == 1 ? "in 1 day, \(within)" : "in \(days) days, \(within)"
    }
}
