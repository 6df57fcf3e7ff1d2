/// Picking one of a few options (a route, a duty end reason). Keys: ↑↓ j k Home End move, a letter jumps to the
/// next option starting with it, Enter is `.submitted`, Esc `.cancelled`.
public struct ChoiceList: Hashable, Sendable {
    public var options: [String]
    public private(set) var selected: Int

    public init(_ options: [String], selected: Int = 0) {
        self.options = options
        self.selected = max(0, min(selected, options.count - 1))
    }

    public var selectedOption: String? { options.isEmpty ? nil : options[selected] }

    public mutating func handle(_ key: Key) -> WidgetOutcome {
        guard !options.isEmpty else { return key == .escape ? .cancelled : .ignored }
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(options.count - 1, selected + 1)
        case .home: selected = 0
        case .end: selected = options.count - 1
        case .enter: return .submitted
        case .escape: return .cancelled
        case .character(let c) where c.isLetter || c.isNumber:
            let wanted = c.lowercased()
            let order = (1...options.count).map { (selected + $0) % options.count }
            guard let next = order.first(where: { options[$0].lowercased().hasPrefix(wanted) }) else { return .handled }
            selected = next
        default: return .ignored
        }
        return .handled
    }

    /// One option a row, scrolled to keep the selection in view; a "›" marks it, and a bar when focused.
    /// When the options do not all fit, "↑" and "↓" at the right edge say there are more above or below.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let top = Table<StaticRows>.scrolled(top: 0, selection: selected, height: area.height, count: options.count)
        let scrolls = options.count > area.height && area.width > 4
        let text = scrolls ? area.splitLeft(area.width - 2).left : area
        for offset in 0..<min(area.height, options.count - top) {
            let index = top + offset
            let isSelected = index == selected
            let style: Style = isSelected ? (focused ? .selected : .normal.bolded) : .normal
            buffer.put((isSelected ? "› " : "  ") + options[index], in: text.row(offset), style: style)
        }
        guard scrolls else { return }
        if top > 0 { buffer.put("↑", x: area.maxX - 1, y: area.y, style: .muted) }
        if top + area.height < options.count { buffer.put("↓", x: area.maxX - 1, y: area.maxY - 1, style: .muted) }
    }
}
