/// One terminal cell: a glyph with its width, or the right half of the wide glyph to its left.
public struct Cell: Hashable, Sendable {
    /// The glyph's scalars (base and combining marks); empty for a continuation cell.
    public var text: String
    /// 1 or 2 for a glyph, 0 for the continuation cell after a 2-column glyph.
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static func blank(_ style: Style = .normal) -> Cell { Cell(text: " ", width: 1, style: style) }
    public static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
