import CaseworkCore

/// A text field that reads dates with `DayInput` and shows, beside the entry, the date understood or what is wrong.
public struct DateField: Hashable, Sendable {
    public var field: TextField
    public var today: Day
    /// When false an empty field is a valid "no date".
    public var required: Bool

    public init(_ text: String = "", today: Day, required: Bool = false) {
        field = TextField(text, maxLength: 24)
        self.today = today
        self.required = required
    }

    public init(day: Day?, today: Day, required: Bool = false) {
        self.init(day.map(DayFormat.short) ?? "", today: today, required: required)
    }

    /// The date typed, nil when empty and optional, or why it is not a date.
    public var result: Result<Day, DayInputError>? {
        let parsed = DayInput.parse(field.text, today: today)
        if case .failure(.empty) = parsed, !required { return nil }
        return parsed
    }

    public var day: Day? {
        if case .success(let day)? = result { return day }
        return nil
    }

    public var error: DayInputError? {
        if case .failure(let error)? = result { return error }
        return nil
    }

    public mutating func handle(_ key: Key) -> WidgetOutcome { field.handle(key) }

    /// The entry in its first `entryWidth` columns, then the understood date or the error.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, entryWidth: Int = 12) {
        guard !area.isEmpty else { return }
        let (entry, rest) = area.row(0).splitLeft(min(entryWidth, area.width))
        field.render(into: &buffer, area: entry, focused: focused, style: error == nil ? .field : .fieldError)
        guard rest.width > 2 else { return }
        let note = Rect(x: rest.x + 1, y: rest.y, width: rest.width - 1, height: 1)
        switch result {
        case .success(let day)?: buffer.put(DayFormat.long(day), in: note, style: .muted)
        case .failure(let error)?: buffer.put(error.description, in: note, style: .fieldError)
        case nil: buffer.fill(note)
        }
    }
}
