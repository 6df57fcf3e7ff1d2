/// A run of text in one style; a line of a pane is a few of these side by side.
struct Span: Hashable, Sendable {
    var text: String
    var style: Style

    init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

extension Buffer {
    /// Draws spans left to right in a one-row rectangle; the span that does not fit is cut with "…" and the
    /// rest of the row is cleared. Returns the columns used.
    @discardableResult
    mutating func put(_ spans: [Span], in rect: Rect) -> Int {
        guard !rect.isEmpty else { return 0 }
        fill(rect)
        var x = rect.x
        for span in spans {
            let room = rect.maxX - x
            guard room > 0 else { break }
            let text = DisplayWidth.of(span.text) > room ? TextFit.truncate(span.text, to: room) : span.text
            x += put(text, x: x, y: rect.y, limit: room, style: span.style)
        }
        return x - rect.x
    }
}
