/// The lines of a read-only pane, laid out for one width: headings, labelled values and bullets wrapped with a
/// hanging indent, so a reason is never clipped and continuation lines stay under their text.
struct PaneText: Hashable, Sendable {
    let width: Int
    private(set) var lines: [[Span]] = []

    init(width: Int) { self.width = max(1, width) }

    static let labelWidth = 18

    mutating func heading(_ text: String, note: String = "") {
        if !lines.isEmpty, !(lines.last?.isEmpty ?? true) { lines.append([]) }
        var spans = [Span(text, .header)]
        if !note.isEmpty { spans.append(Span("  " + note, .muted)) }
        lines.append(spans)
    }

    mutating func blank() { lines.append([]) }

    /// A line as given, cut with "…" when drawn if it is too long.
    mutating func line(_ spans: [Span], indent: Int = 2) {
        lines.append([Span(String(repeating: " ", count: indent))] + spans)
    }

    /// `label` in a fixed column and `value` wrapped beside it.
    mutating func field(_ label: String, _ value: String, style: Style = .normal, labelWidth: Int = PaneText.labelWidth) {
        wrapped(value, style: style, lead: [Span(TextFit.padRight("  " + label, to: labelWidth), .muted)], indent: labelWidth)
    }

    /// "• text", wrapped under the text. A rule's reason comes already worded for the console (`Wording.console`).
    mutating func bullet(_ text: String, style: Style = .normal, indent: Int = 2, mark: String = "•") {
        let lead = String(repeating: " ", count: indent) + mark + " "
        wrapped(text, style: style, lead: [Span(lead, style == .normal ? .muted : style)],
                indent: DisplayWidth.of(lead))
    }

    /// `text` wrapped to the width after `lead`, continuation lines indented by `indent` columns.
    mutating func wrapped(_ text: String, style: Style = .normal, lead: [Span] = [], indent: Int = 2) {
        let room = max(8, width - indent)
        for (index, piece) in TextFit.wrap(text, to: room).enumerated() {
            let first = index == 0 ? lead : [Span(String(repeating: " ", count: indent))]
            lines.append(first + [Span(piece, style)])
        }
    }

    /// The first row to draw for a requested scroll, so the last page is never partly empty.
    func top(scroll: Int, height: Int) -> Int { max(0, min(scroll, lines.count - height)) }

    /// Draws the lines from `scroll`, with "↓ more" on the last row when some are below.
    func render(into buffer: inout Buffer, area: Rect, scroll: Int = 0) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let first = top(scroll: scroll, height: area.height)
        for offset in 0..<min(area.height, lines.count - first) {
            buffer.put(lines[first + offset], in: area.row(offset))
        }
        let below = lines.count - first - area.height
        if below > 0 { PaneText.moreMark(into: &buffer, area: area, text: "↓ \(below) more") }
        if first > 0 { PaneText.moreMark(into: &buffer, area: area.row(0), text: "↑ more") }
    }

    /// A small marker at the right end of the area's last row.
    static func moreMark(into buffer: inout Buffer, area: Rect, text: String) {
        let width = DisplayWidth.of(text) + 1
        guard area.width > width + 10 else { return }
        buffer.put(" " + text, in: Rect(x: area.maxX - width, y: area.maxY - 1, width: width, height: 1), style: .muted)
    }
}
