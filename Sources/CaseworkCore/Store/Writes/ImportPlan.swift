/// Which drafts of an import are new. A draft whose `externalId` a case already holds, or an earlier draft of the
/// same batch holds, is skipped and named with that case's ref; a draft without an externalId is always new.
/// A store decides this under its write lock, so two imports of one file at once create each case once.
public struct ImportPlan: Sendable {
    /// An application's externalId and the ref of the case holding it.
    public struct Entry: Codable, Hashable, Sendable {
        public var externalId: String
        public var ref: String
    }

    public struct Outcome: Sendable {
        public var created: [Case]
        public var skipped: [Entry]
    }

    /// The drafts to create, in the batch's order.
    public private(set) var fresh: [Case] = []
    private var skipped: [Entry] = []
    /// Drafts repeating an earlier one of the batch, with the place of that one in `fresh` (its ref comes later).
    private var repeats: [(externalId: String, fresh: Int)] = []

    /// `known`: each externalId the caseload holds, with the ref of a case holding it.
    public init(_ drafts: [Case], known: [String: String]) {
        var pending: [String: Int] = [:]
        for draft in drafts {
            let id = FormatCharacters.foldedOut(draft.externalId ?? "")
            if id.isEmpty {
                fresh.append(draft)
            } else if let ref = known[id] {
                skipped.append(Entry(externalId: id, ref: ref))
            } else if let earlier = pending[id] {
                repeats.append((id, earlier))
            } else {
                pending[id] = fresh.count
                fresh.append(draft)
            }
        }
    }

    /// Each non-empty externalId among `summaries`, with its case's ref (the first case, if several hold it).
    public static func known(_ summaries: some Sequence<CaseSummary>) -> [String: String] {
        var known: [String: String] = [:]
        add(summaries, to: &known)
        return known
    }

    static func add(_ summaries: some Sequence<CaseSummary>, to known: inout [String: String]) {
        for summary in summaries {
            // An id stored before invisible characters were refused must still match its plain form.
            if let id = summary.externalId.map(FormatCharacters.foldedOut), !id.isEmpty, known[id] == nil { known[id] = summary.ref }
        }
    }

    /// The import's result once `fresh` has been created, as stored, in the same order.
    public func outcome(created: [Case]) -> Outcome {
        precondition(created.count == fresh.count, "every fresh draft is created, in order")
        return Outcome(created: created,
                       skipped: skipped + repeats.map { Entry(externalId: $0.externalId, ref: created[$0.fresh].ref) })
    }
}
