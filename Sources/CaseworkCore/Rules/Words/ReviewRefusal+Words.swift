extension ReviewRefusal {
    public func words(_ wording: Wording) -> String {
        let date = wording.date
        let text = switch self {
        case .noSuchDecision(let id):
            "there is no decision \(id) on this case"
        case .alreadyRequested(let day):
            "a review of this decision was already requested on \(date(day))"
        case .beforeDecision(let decided):
            "the decision was made on \(date(decided)): a review cannot be requested before it"
        case .late(let requestBy, let notified):
            "the 21 days from notification on \(date(notified)) ended on \(date(requestBy)): record the council's reason "
                + "for accepting a late request (s202(3))"
        case .notifiedBeforeDecision(let decided):
            "the decision was made on \(date(decided)): it cannot be notified before it"
        case .alreadyNotified(let day):
            "this decision was already notified on \(date(day))"
        }
        return wording.clause(text)
    }
}
