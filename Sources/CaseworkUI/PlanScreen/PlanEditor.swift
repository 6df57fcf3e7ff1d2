import CaseworkCore

/// A text of the plan being edited in place: one assessment field or one step's words, in a `TextArea` that
/// wraps by display width, moves by word and row, and undoes.
struct PlanEditor: Hashable, Sendable {
    enum Target: Hashable, Sendable {
        case field(AssessmentField)
        case step(Int)
    }

    var target: Target
    var area: TextArea

    init(_ target: Target, in content: PlanContent, width: Int) {
        self.target = target
        let text: String
        switch target {
        case .field(let field):
            text = content.assessment?[keyPath: field.path] ?? ""
        case .step(let id):
            text = content.steps.first { $0.id == id }?.text ?? ""
        }
        let limit = if case .step = target { PlanRules.stepTextLimit } else { PlanRules.assessmentTextLimit }
        area = TextArea(text, width: width, limit: limit)
    }

    /// Whether the text differs from the working copy's.
    func changes(_ content: PlanContent) -> Bool {
        var copy = content
        apply(to: &copy)
        return copy != content
    }

    func apply(to content: inout PlanContent) {
        switch target {
        case .field(let field):
            guard content.assessment != nil else { return }
            content.assessment?[keyPath: field.path] = area.text
        case .step(let id):
            guard let index = content.steps.firstIndex(where: { $0.id == id }) else { return }
            content.steps[index].text = area.text
        }
    }
}
