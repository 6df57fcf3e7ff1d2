/// How a cell looks, by meaning: screens pick a tone, the terminal backend picks colours (or none, with NO_COLOR).
public struct Style: Hashable, Sendable {
    public enum Tone: UInt8, CaseIterable, Sendable {
        case normal, title, header, selected, red, amber, green, muted, error, keyHint, field, fieldError, cursor, dialog

        /// One character per tone for the style layer of text snapshots.
        public var code: Character {
            switch self {
            case .normal: "."
            case .title: "T"
            case .header: "H"
            case .selected: "S"
            case .red: "r"
            case .amber: "a"
            case .green: "g"
            case .muted: "m"
            case .error: "E"
            case .keyHint: "K"
            case .field: "f"
            case .fieldError: "x"
            case .cursor: "C"
            case .dialog: "d"
            }
        }
    }

    public var tone: Tone
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ tone: Tone = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.tone = tone
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style(.normal)
    public static let title = Style(.title)
    public static let header = Style(.header, bold: true)
    public static let selected = Style(.selected)
    public static let red = Style(.red)
    public static let amber = Style(.amber)
    public static let green = Style(.green)
    public static let muted = Style(.muted)
    public static let error = Style(.error, bold: true)
    public static let keyHint = Style(.keyHint)
    public static let field = Style(.field)
    public static let fieldError = Style(.fieldError)
    public static let cursor = Style(.cursor)
    public static let dialog = Style(.dialog)

    public var bolded: Style { var copy = self; copy.bold = true; return copy }
    public var reversed: Style { var copy = self; copy.reverse = true; return copy }
    public var underlined: Style { var copy = self; copy.underline = true; return copy }
}
