/// The bottom line of keys, htop style: "F1Help  F2Queue …". Items come from the key tables, so only keys that work
/// where the officer is are shown.
public struct FunctionKeyBar: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var key: String
        public var label: String

        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }

        /// Columns it takes with the space after it.
        public var width: Int { DisplayWidth.of(key) + DisplayWidth.of(label) + 1 }
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
            guard x + item.width <= row.maxX else { break }
            x += buffer.put(item.key, x: x, y: row.y, style: .keyHint)
            x += buffer.put(item.label, x: x, y: row.y, style: .title)
            x += buffer.put(" ", x: x, y: row.y, style: .title)
        }
    }
}
