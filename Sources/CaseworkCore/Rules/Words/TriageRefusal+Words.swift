extension TriageRefusal {
    public func words(_ wording: Wording) -> String {
        let text = switch self {
        case .preventedWhileHomeless:
            "the household is already homeless: there is no home to keep, so \"prevented at triage\" does not apply"
        case .reasonRequired(let outcome):
            "say why the case ends at triage as \"\(outcome.label.lowercased())\": where there is reason to believe the "
                + "applicant may be homeless or threatened, the council must make inquiries (s184)"
        case .dutyNotOwedReasonRequired(.homeless):
            "the applicant is homeless: record why no duty is owed before ending the case at triage (s184, s189B)"
        case .dutyNotOwedReasonRequired(.mayBeHomeless):
            "the applicant may be homeless while still at home: record why no duty is owed before ending the case at "
                + "triage (s175(3), s184)"
        case .dutyNotOwedReasonRequired(.possibleInterimDuty):
            "interim accommodation (s188) may be owed: record why it is not before ending the case at triage"
        }
        return wording.clause(text)
    }
}
