/// What the screen's rules say about a form as it stands: problems by field (shown beside them once a submit
/// has been tried) and notes from the rules shown live under the fields (why a duty cannot end on that date).
struct FormCheck: Hashable, Sendable {
    var problems: [Int: String] = [:]
    var notes: [Span] = []
    /// The rules refuse the form as it stands, whatever the fields say.
    var refused = false

    /// The first field at fault, in form order.
    var firstProblem: Int? { problems.keys.min() }
}
