/// The line above the key bar: a short message or an error on the left, the position ("12 of 57") on the right.
/// An error stays until acknowledged (Enter, Esc or Space), so it is never missed; a message goes with the next one.
public struct StatusLine: Hashable, Sendable {
    public var position: String
    public private(set) var message: String?
    public private(set) var error: String?

    public init(position: String = "", message: String? = nil) {
        self.position = position
        self.message = message
    }

    public var hasError: Bool { error != nil }

    /// A line holding an error or not, for the help to list its keys.
    init(hasError: Bool) {
        self.init()
        error = hasError ? "" : nil
    }

    public mutating func show(_ text: String) { message = text }
    public mutating func clearMessage() { message = nil }
    /// Errors name a case by its ref only: never a name, address or note.
    public mutating func fail(_ text: String) { error = text }
    public mutating func acknowledge() { error = nil }

    /// While an error shows, Enter, Esc and Space acknowledge it and every other key is `.ignored`.
    public mutating func handle(_ key: Key) -> WidgetOutcome {
        guard case .action(.acknowledge) = StatusLine.keys.resolve(key, in: self) else { return .ignored }
        acknowledge()
        return .handled
    }

    /// Draws on the last row of `area`. An error or message too long for one line also takes the row above (the
    /// screen's last row, given back once it goes), so it is read whole rather than cut off.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(area.height - 1)
        buffer.fill(row)
        let positionWidth = min(row.width, DisplayWidth.of(position))
        let (left, right) = row.splitLeft(row.width - positionWidth)
        buffer.put(position, in: right, alignment: .right, style: .muted)
        let text = Rect(x: left.x, y: left.y, width: max(0, left.width - 1), height: 1)
        let hint = error == nil ? "" : "  [Enter] dismiss"
        guard let said = error.map({ "Error: " + $0 }) ?? message else { return }
        let style: Style = error == nil ? .normal : .error
        let room = max(0, text.width - DisplayWidth.of(hint))
        guard DisplayWidth.of(said) > room, area.height > 1 else {
            buffer.put(TextFit.truncate(said, to: room) + hint, in: text, style: style)
            return
        }
        let above = area.row(area.height - 2)
        let lines = TextFit.wrap(said, to: max(1, above.width - 1))
        buffer.fill(above, style: style)
        buffer.put(lines.first ?? "", in: Rect(x: above.x, y: above.y, width: above.width - 1, height: 1), style: style)
        let rest = lines.dropFirst().joined(separator: " ")
        let last = rest.isEmpty ? String(hint.drop { $0 == " " }) : TextFit.truncate(rest, to: room) + hint
        buffer.put(last, in: text, style: style)
    }
}
