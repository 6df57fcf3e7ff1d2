/// Where the plan's parts go in the body: two lines of state, the sections' names and the list (the frame's key bar
/// says the keys).
struct PlanLayout {
    let header: Rect
    let sections: Rect
    let list: Rect
    /// The columns a step's words (or an assessment field) wrap at.
    let textWidth: Int
    /// Columns before a step's words: marker, number, status, due date.
    let stepPrefix: Int

    init(_ area: Rect) {
        let (header, rest) = area.splitTop(2)
        let (sections, list) = rest.splitTop(1)
        self.header = header
        self.sections = sections
        self.list = list
        stepPrefix = area.width >= 120 ? 36 : 27
        textWidth = max(10, area.width - stepPrefix - 1)
    }
}
