extension DutyRefusal {
    /// A clause in lower case where refusals are joined ("cannot end the duty: …; …"), a sentence where one stands alone.
    public func words(_ wording: Wording) -> String {
        let date = wording.date
        let text: String = switch self {
        case .inTheFuture(let day):
            "\(date(day)) is in the future: record a duty change on or after it happens"
        case .beforeApplication(let received):
            "the application was received on \(date(received)): a duty cannot change before it"
        case .ineligible:
            "the applicant has been found not eligible for assistance"
        case .alreadyActive(let kind):
            "a \(kind.label.lowercased()) is already active: end it first"
        case .homelessSoReliefApplies:
            "the household is homeless on that date: the relief duty applies, not prevention"
        case .notThreatened(let days):
            "the home is lost in \(days) days: not threatened within 56 days (s175(4))"
        case .notHomeless:
            "the household is not homeless on that date: the relief duty needs homelessness (prevention if threatened)"
        case .reliefNotAtDay56:
            "the main duty follows a relief duty that has reached day 56"
        case .mainDutyFindingsMissing:
            "the main duty needs findings of priority need and of not intentionally homeless (s193)"
        case .noActiveDuty:
            "no duty is active on this case"
        case .beforeStart(let day):
            "the duty started on \(date(day)): it cannot end before that"
        case .reasonNotForKind(let reason, let kind):
            "\"\(reason.label)\" does not end a \(kind.label.lowercased())"
        case .beforeDay56(let day, let deadline):
            "that date is day \(day) of 56: this reason is available from day 56 (\(date(deadline)))"
        case .section21Protects(let expiresOn, let verdict):
            "a section 21 notice (\(verdict.label.lowercased()), expiring "
                + (expiresOn.map(date) ?? "on an unknown date")
                + ") has expired or expires within 56 days: the prevention duty cannot end because 56 days "
                + "have passed (s195(6))"
        case .noSettledPlan:
            "there is no settled personalised housing plan, so no step the applicant agreed to or that was recorded "
                + "(s189A) to have refused (s193B(2))"
        case .warnedBeforeDuty(let warnedOn, let duty):
            "the warning (\(date(warnedOn))) is before the \(duty.kind.rawValue) duty started (\(date(duty.startedOn)))"
        case .warnedNotBeforeNotice:
            "the warning must come before the notice, with a reasonable period to comply (s193B(4))"
        }
        return wording.clause(text)
    }
}
