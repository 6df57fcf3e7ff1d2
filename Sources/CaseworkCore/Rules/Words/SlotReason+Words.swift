extension SlotReason {
    public func words(_ wording: Wording) -> String {
        switch self {
        case .caseTeam(let team): "\(team.label) (the case's route)"
        case .otherTeam(let team, let wanted): "\(team.label): no \(wanted.label.lowercased()) slot is free"
        case .caseOfficer: "The case's own officer"
        case .beforeLoss(let day): "Before the home is lost on \(wording.date(day))"
        case .beforeDutyEnds(let day): "Within the duty (last day \(wording.date(day)))"
        case .afterLoss(let day): "After the home is lost on \(wording.date(day)): nothing earlier is free"
        case .afterDutyEnds(let day): "After the duty's last day, \(wording.date(day)): nothing earlier is free"
        case .interpreterTime(let minutes): "\(minutes) minutes: time for an interpreter"
        case .emergencySlot: "Kept for emergencies: this case is one"
        case .phone: "By phone"
        }
    }
}
