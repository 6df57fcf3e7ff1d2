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
            "the main duty follows a relief duty whose 56 days have ended (s189B(4))"
        case .mainDutyFindingsMissing:
            "the main duty needs a finding of priority need, and no finding that the applicant became homeless "
                + "intentionally (s193(1))"
        case .noActiveDuty:
            "no duty is active on this case"
        case .beforeStart(let day):
            "the duty started on \(date(day)): it cannot end before that"
        case .reasonNotForKind(let reason, let kind):
            "\"\(reason.label)\" does not end a \(kind.label.lowercased())"
        case .periodNotOver(let day, let noticeFrom):
            "that date is day \(day) of 56: this reason is available once the 56 days have ended, from "
                + "\(date(noticeFrom))"
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
        case .stepNotRequired(let id):
            "step \(id) is not a step the applicant must take (agreed or recorded as reasonable, s189A): a recommended "
                + "step, or a council's, is never non-co-operation (s193B(2))"
        case .stepNotSettledBy(let id, let refusedOn):
            "step \(id) was not in a settled plan on \(date(refusedOn)) (s193B(2))"
        case .noWarning:
            "no written warning has been given (s193B(4))"
        case .noRefusalBeforeWarning:
            "no refusal of a required step is recorded for the warning to follow"
        case .warningPeriodNotOver(let ends):
            "the period to comply after the warning runs to \(date(ends)): the notice waits until it has passed "
                + "(s193B(4)(b))"
        case .warningPeriodTooShort(let days):
            "a warning period of \(days) day\(days == 1 ? "" : "s") is not a reasonable period to comply"
        case .noFurtherRefusal(let after):
            "no further refusal is recorded after the warning's period ended on \(date(after)) (s193B(5))"
        case .authorisedBySelf:
            "a non-co-operation notice must be authorised by another officer, not by you"
        case .authoriserNotSenior:
            "the authorising officer must be at least as senior as you (reg 3)"
        case .authoriserInvolved(.assignedOfficer):
            "the authorising officer is the case's assigned officer: they must not have been involved (reg 3)"
        case .authoriserInvolved(.gaveTheWarning):
            "the authorising officer gave the warning: they must not have been involved (reg 3)"
        }
        return wording.clause(text)
    }
}
