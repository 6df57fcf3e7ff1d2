/// A screen's, a pane's or the frame's key bindings in the order they are looked up (the first that matches and
/// works wins). It answers the three questions the console asks of keys: which action for this key now, which
/// lines for the help, which items for the key bar.
public struct KeyTable<Context, Action: Sendable>: Sendable {
    /// The help section's title ("Triage queue", "Documents").
    public let title: String
    public let bindings: [KeyBinding<Context, Action>]

    public init(_ title: String, _ bindings: [KeyBinding<Context, Action>]) {
        self.title = title
        self.bindings = bindings
    }

    /// What a key does here and now.
    public enum Resolution {
        case action(Action)
        /// Bound, but it does nothing in this state: why, for the status line.
        case unavailable(String)
        case unbound
    }

    public func resolve(_ key: Key, in context: Context) -> Resolution {
        var reason: String?
        for binding in bindings where binding.matches(key) {
            guard let why = binding.unavailable(context) else { return .action(binding.action) }
            reason = reason ?? why
        }
        return reason.map(Resolution.unavailable) ?? .unbound
    }

    /// The place in the table of the binding a key triggers now, if any.
    public func bindingIndex(for key: Key, in context: Context) -> Int? {
        bindings.indices.first { bindings[$0].matches(key) && bindings[$0].unavailable(context) == nil }
    }

    /// The help lines of the bindings that work now; a binding without help joins the line before it.
    public func helpEntries(in context: Context) -> [HelpOverlay.Entry] { entries { $0.unavailable(context) == nil } }

    /// Every help line, whatever the state: for the README, which lists every key.
    public var allHelpEntries: [HelpOverlay.Entry] { entries { _ in true } }

    private func entries(where works: (KeyBinding<Context, Action>) -> Bool) -> [HelpOverlay.Entry] {
        var entries: [HelpOverlay.Entry] = []
        // Whether the last line is shown, and whether its keys label already names the keys that join it.
        var lastShown = false, lastNamesAll = false
        for binding in bindings {
            let shown = works(binding)
            if let help = binding.help {
                lastShown = shown
                lastNamesAll = binding.keysLabel != nil
                if shown { entries.append(.init(binding.label, help)) }
            } else if shown, lastShown, !lastNamesAll, let last = entries.popLast() {
                entries.append(.init(last.keys + " " + binding.label, last.action))
            }
        }
        return entries
    }

    public func helpSection(in context: Context) -> HelpOverlay.Section { .init(title, helpEntries(in: context)) }

    /// The bar's items for the bindings that work now and have a bar label.
    public func barItems(in context: Context) -> [FunctionKeyBar.Item] {
        bindings.compactMap { binding in
            guard let bar = binding.bar, binding.inBar(context), binding.unavailable(context) == nil else { return nil }
            return FunctionKeyBar.Item(binding.barLabel, bar)
        }
    }
}
