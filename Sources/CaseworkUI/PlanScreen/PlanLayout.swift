/// Where the plan's parts go in the body: two lines of state, the sections' names, the list, and a key hint.
struct PlanLayout {
    let header: Rect
    let sections: Rect
    let list: Rect
    let hint: Rect
    /// The columns a step's words (or an assessment field) wrap at.
    let textWidth: Int
    /// Columns before a step's words: marker, number, status, due date.
    let stepPrefix: Int

    init(_ area: Rect) {
        let (header, rest) = area.splitTop(2)
        let (sections, body) = rest.splitTop(1)
        let (list, hint) = body.splitBottom(1)
        self.header = header
        self.sections = sections
        self.list = list
        self.hint = hint
        stepPrefix = area.width >= 120 ? 36 : 27
        textWidth = max(10, area.width - stepPrefix - 1)
    }
}
