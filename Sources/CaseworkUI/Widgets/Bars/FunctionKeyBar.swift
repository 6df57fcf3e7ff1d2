/// The bottom line of keys, htop style: "F1Help  F2Queue …". Labels come from the screen; a "coming" key
/// (a screen of a later release) is drawn dimmed and does nothing.
public struct FunctionKeyBar: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var key: String
        public var label: String
        public var coming: Bool

        public init(_ key: String, _ label: String, coming: Bool = false) {
            self.key = key
            self.label = label
            self.coming = coming
        }
    }

    public var items: [Item]

    public init(_ items: [Item]) { self.items = items }

    /// Items left to right; one that does not fit whole is left out, as are those after it.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: .title)
        var x = row.x
        for item in items {
            let label = item.label + (item.coming ? " (coming)" : "")
            let needed = DisplayWidth.of(item.key) + DisplayWidth.of(label) + 1
            guard x + needed <= row.maxX else { break }
            x += buffer.put(item.key, x: x, y: row.y, style: item.coming ? .muted : .keyHint)
            x += buffer.put(label, x: x, y: row.y, style: item.coming ? .muted : .title)
            x += buffer.put(" ", x: x, y: row.y, style: .title)
        }
    }
}
