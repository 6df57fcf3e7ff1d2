import CaseworkCore

/// The caseload as the frame handed it over, kept in that array (no copy at start-up, nothing built for a screen not
/// yet shown), with each ref's place worked out the first time a case is looked up or replaced.
struct DiarySummaries: Sendable {
    private(set) var all: [CaseSummary]
    private var places: [String: Int]?

    init(_ all: [CaseSummary] = []) {
        self.all = all
    }

    mutating func summary(_ ref: String) -> CaseSummary? {
        index()[ref].map { all[$0] }
    }

    /// A newer summary of a case, or a new case.
    mutating func replace(_ summary: CaseSummary) {
        if let place = index()[summary.ref] {
            all[place] = summary
        } else {
            places?[summary.ref] = all.count
            all.append(summary)
        }
    }

    private mutating func index() -> [String: Int] {
        if let places { return places }
        let made = Dictionary(all.indices.map { (all[$0].ref, $0) }, uniquingKeysWith: { _, last in last })
        places = made
        return made
    }
}
