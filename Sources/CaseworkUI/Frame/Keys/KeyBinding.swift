/// One key binding of a screen, a pane or the frame: the keys, what they do, how help and the key bar name them,
/// and when they do nothing. The same value drives dispatch, the `?` help and the function-key bar, so the three
/// cannot drift apart (calcurse and htop keep theirs the same way).
///
/// `Context` is what availability is judged on (the screen's state); `Action` is the owner's own enum.
public struct KeyBinding<Context, Action: Sendable>: Sendable {
    /// The keys that trigger it; with `typesText`, also every printable character not bound before it.
    public let keys: [Key]
    public let typesText: Bool
    public let action: Action
    /// The help line; nil lists the keys on the line of the binding before (↑ with ↓: one line "move").
    public let help: String?
    /// How help writes the keys ("↑ ↓ j k"); by default their labels, space-separated.
    public let keysLabel: String?
    /// The key bar's label; nil keeps the binding out of the bar.
    public let bar: String?
    /// The key as the bar shows it; by default the first key's short label.
    public let barKey: String?
    /// Whether the bar shows it now, when it has a bar label and works (one of two ways to submit, say).
    public let inBar: @Sendable (Context) -> Bool
    /// Why the keys do nothing in this state, said on the status line; nil when they work. A binding that does
    /// nothing is never in the bar or the help.
    public let unavailable: @Sendable (Context) -> String?

    public init(_ keys: [Key], _ action: Action, help: String?, keys keysLabel: String? = nil, bar: String? = nil,
                barKey: String? = nil, typesText: Bool = false, inBar: @escaping @Sendable (Context) -> Bool = { _ in true },
                unavailable: @escaping @Sendable (Context) -> String? = { _ in nil }) {
        self.keys = keys
        self.action = action
        self.help = help
        self.keysLabel = keysLabel
        self.bar = bar
        self.barKey = barKey
        self.typesText = typesText
        self.inBar = inBar
        self.unavailable = unavailable
    }

    /// A binding shown in help on the line of the one before it.
    public static func with(_ keys: [Key], _ action: Action,
                            unavailable: @escaping @Sendable (Context) -> String? = { _ in nil }) -> KeyBinding {
        KeyBinding(keys, action, help: nil, unavailable: unavailable)
    }

    public func matches(_ key: Key) -> Bool {
        if keys.contains(key) { return true }
        guard typesText, case .character(let c) = key else { return false }
        return !c.isControlLike
    }

    /// The keys as help writes them.
    public var label: String { keysLabel ?? keys.map(\.label).joined(separator: " ") }

    /// The same binding inside an owner: judged on the owner's state, its action wrapped in the owner's
    /// (a table's keys inside the queue's, a pane's inside the case screen's).
    public func pulledBack<Outer, OuterAction: Sendable>(_ inner: @escaping @Sendable (Outer) -> Context,
                                                          _ wrap: (Action) -> OuterAction) -> KeyBinding<Outer, OuterAction> {
        let unavailable = self.unavailable, inBar = self.inBar
        return KeyBinding<Outer, OuterAction>(keys, wrap(action), help: help, keys: keysLabel, bar: bar, barKey: barKey,
                                               typesText: typesText, inBar: { inBar(inner($0)) },
                                               unavailable: { unavailable(inner($0)) })
    }

    /// The same binding with other words for help or the bar (the table's Enter is "open the case" in the queue).
    public func described(help: String?? = nil, keys label: String?? = nil, bar: String?? = nil) -> KeyBinding {
        KeyBinding(keys, action, help: help ?? self.help, keys: label ?? keysLabel, bar: bar ?? self.bar, barKey: barKey,
                   typesText: typesText, inBar: inBar, unavailable: unavailable)
    }

    /// The key as the bar writes it, short ("Spc", "^S"): an F-key where the binding has one, as the bar is for those.
    public var barLabel: String {
        barKey ?? (keys.first { if case .function = $0 { true } else { false } } ?? keys.first).map(\.barLabel) ?? ""
    }
}

extension Key {
    /// The key as the key bar writes it: Ctrl-S as "^S", Space as "Spc", the rest as `label`.
    public var barLabel: String {
        switch self {
        case .control(let c): "^" + c.uppercased()
        case .character(" "): "Spc"
        default: label
        }
    }

    /// A printable character: what typing sends, and what an unknown key turns the typing guard on for.
    public var isPrintable: Bool {
        if case .character(let c) = self { return !c.isControlLike }
        return false
    }
}

extension Character {
    /// Control characters never type text (a pasted escape sequence arrives as keys, not as a name).
    var isControlLike: Bool { unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }
}
