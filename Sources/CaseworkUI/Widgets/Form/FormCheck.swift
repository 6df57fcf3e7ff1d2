/// What the screen's rules say about a form as it stands: problems by field (shown beside them once a submit
/// has been tried), notes from the rules shown live under the fields (why a duty cannot end on that date), and
/// what the rules clear it for ("✓ Can start on …"), shown only while every field is valid.
struct FormCheck: Hashable, Sendable {
    var problems: [Int: String] = [:]
    var notes: [Span] = []
    /// A go-ahead: never shown beside a field at fault, where it would read as one.
    var cleared: [Span] = []
    /// The rules refuse the form as it stands, whatever the fields say.
    var refused = false

    /// The first field at fault, in form order.
    var firstProblem: Int? { problems.keys.min() }

    /// The notes to show for `form`: the go-ahead only when nothing about the form is wrong.
    func shownNotes<Purpose>(for form: Form<Purpose>) -> [Span] {
        notes + (problems.isEmpty && !refused && form.fieldsAreValid ? cleared : [])
    }
}
