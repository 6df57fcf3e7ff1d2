/// The facts monitoring reads, filled in for generated cases from what the case already holds (no draw from the
/// generator, so every other fact of every case stays as it was): the applicant's answer at closing, where a
/// household went when its duty ended, and an interim placement for some relief cases.
extension CaseGenerator {
    static func monitoringFacts(into record: inout Case, today: Day) {
        // A figure already drawn for the case (the minute its form arrived), to vary what follows without a draw.
        let variety = record.createdAt.secondOfDay / 60
        for index in record.duties.indices {
            guard let reason = record.duties[index].endReason, record.duties[index].kind != .main else { continue }
            record.duties[index].accommodationAtEnd = switch reason {
            case .accommodationSecured: variety % 3 == 0 ? .socialRented : .privateRented
            case .becameHomeless: variety % 2 == 0 ? .familyOrFriends : .noFixedAbode
            default: record.accommodation.type
            }
        }
        if let relief = record.duties.first(where: { $0.kind == .relief }), variety % 3 == 0 {
            let left = relief.endedOn.map { min($0, today) }
            record.placements = [Placement(id: 1, type: variety % 2 == 0 ? .bedAndBreakfast : .hostel, duty: .interim,
                                           enteredOn: relief.startedOn, leftOn: left)]
        }
        if record.status == .closed {
            let ended = record.duties.compactMap(\.endedOn).max() ?? record.triage.decidedOn ?? record.receivedOn
            let answer: Satisfaction = switch variety % 10 {
            case 0, 1: .notGoodEnough
            case 2: .notAnswered
            default: .good
            }
            record.closure = Closure(on: min(today, ended.adding(days: 7)), by: record.assignedOfficer ?? "demo-setup",
                                     satisfaction: answer)
        }
    }
}
