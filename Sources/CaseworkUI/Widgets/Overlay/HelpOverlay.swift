/// The keys valid here, given as data by the screen, in a box over it. ↑↓ PgUp PgDn scroll; Esc, ?, q, F1
/// and Enter close it (`.cancelled`).
public struct HelpOverlay: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var keys: String
        public var action: String

        public init(_ keys: String, _ action: String) {
            self.keys = keys
            self.action = action
        }
    }

    public struct Section: Hashable, Sendable {
        public var title: String
        public var entries: [Entry]

        public init(_ title: String, _ entries: [Entry]) {
            self.title = title
            self.entries = entries
        }
    }

    public var title: String
    public var sections: [Section]
    public private(set) var scroll = 0

    public init(title: String = "Help", sections: [Section]) {
        self.title = title
        self.sections = sections
    }

    public mutating func handle(_ key: Key) -> WidgetOutcome {
        switch key {
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .down, .character("j"): scroll += 1
        case .pageUp: scroll = max(0, scroll - 10)
        case .pageDown: scroll += 10
        case .escape, .enter, .character("?"), .character("q"), .function(1): return .cancelled
        default: break
        }
        return .handled
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let keysWidth = min(18, sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0)
        var rows: [(text: String, style: Style)] = []
        for section in sections {
            if !rows.isEmpty { rows.append(("", .dialog)) }
            rows.append((section.title, Style.dialog.bolded))
            for entry in section.entries {
                rows.append((TextFit.padRight(entry.keys, to: keysWidth) + "  " + entry.action, .dialog))
            }
        }
        let width = min(area.width - 2, max(40, (rows.map { DisplayWidth.of($0.text) }.max() ?? 0) + 4))
        let box = area.centered(width: width, height: min(area.height - 2, rows.count + 3))
        buffer.box(box, title: title)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 3)
        let first = min(scroll, max(0, rows.count - inner.height))
        for offset in 0..<min(inner.height, rows.count - first) {
            buffer.put(rows[first + offset].text, in: inner.row(offset), style: rows[first + offset].style)
        }
        let more = first + inner.height < rows.count ? "↓ more  " : ""
        buffer.put(more + "Esc closes", in: Rect(x: box.x + 2, y: box.maxY - 2, width: box.width - 4, height: 1),
                   alignment: .right, style: .muted)
    }
}
