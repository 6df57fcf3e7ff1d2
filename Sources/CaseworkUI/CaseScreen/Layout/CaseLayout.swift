/// Where the parts of the case screen go in the body area: two header lines, the tab bar, then the tab.
struct CaseLayout: Hashable, Sendable {
    static let headerRows = 2

    let header: Rect
    let tabs: Rect
    let content: Rect

    init(_ area: Rect) {
        let (header, rest) = area.splitTop(CaseLayout.headerRows)
        let (tabs, content) = rest.splitTop(1)
        self.header = header
        self.tabs = tabs
        self.content = content
    }
}
