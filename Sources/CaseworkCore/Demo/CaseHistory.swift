import Foundation

/// The stage of a case in a council's records by how long ago it was made: nearly all applications older than a few
/// months are closed, as in five years of a housing-options service, with a few long-running ones still open (a
/// main-duty decision or a review outstanding). Open share over five years: about 6%.
enum CaseHistory {
    /// Below this age every case is still being worked.
    static let youngDays = 14
    /// After `youngDays`, the chance a case is still open falls by e (about 2.7×) every this many days…
    static let openDecayDays = 60.0
    /// …down to this floor: the long-running cases.
    static let longRunningShare = 0.025

    static func stage(atAge age: Int, random: inout SeededRandom) -> CaseStatus {
        let stillOpen = age < youngDays
            || random.chance(max(longRunningShare, exp(-Double(age - youngDays) / openDecayDays)))
        guard stillOpen else { return .closed }
        let fitting = CaseGenerator.stages.filter { $0.0 != .closed && CaseGenerator.ageRange($0.0).contains(age) }
        // Older than any open stage's usual age: a duty ended and a decision or review still to come.
        return fitting.isEmpty ? .dutyEnded : random.weighted(fitting)
    }
}
