/// What a widget did with a key, so the screen knows whether to act on it itself.
public enum WidgetOutcome: Hashable, Sendable {
    /// Not a key for this widget: the screen may use it.
    case ignored
    /// The widget used the key (moved, edited, scrolled).
    case handled
    /// Enter, or a choice made: the screen reads the widget's value.
    case submitted
    /// Esc: the screen closes or goes back.
    case cancelled
}
