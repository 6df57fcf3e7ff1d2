/// Which slot: a caseworker and a start time. Written `OFFICER@YYYY-MM-DDTHH:MM` (`amara@2026-12-01T09:30`), the
/// slot id the command line takes and prints.
public struct SlotKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let officer: String
    public let start: LocalTime

    public init(officer: String, start: LocalTime) {
        self.officer = officer
        self.start = start
    }

    public var id: String { officer + "@" + start.iso }
    public var description: String { id }
    public var day: Day { start.day }

    /// Reads a slot id, or says what is wrong with it.
    public static func parse(_ text: String) -> Result<SlotKey, SlotKeyError> {
        guard let at = text.lastIndex(of: "@") else { return .failure(.init(text: text, reason: "has no '@' between officer and time")) }
        let officer = String(text[..<at]), time = text[text.index(after: at)...]
        guard !officer.isEmpty else { return .failure(.init(text: text, reason: "names no officer before '@'")) }
        guard let start = LocalTime(iso: time) else {
            return .failure(.init(text: text, reason: "'\(time)' is not a time YYYY-MM-DDTHH:MM"))
        }
        return .success(SlotKey(officer: officer, start: start))
    }

    public static func < (lhs: SlotKey, rhs: SlotKey) -> Bool { (lhs.start, lhs.officer) < (rhs.start, rhs.officer) }
}

public struct SlotKeyError: Error, Hashable, Sendable, CustomStringConvertible {
    public let text: String
    public let reason: String

    public var description: String {
        "\"\(text)\" is not a slot id (use OFFICER@YYYY-MM-DDTHH:MM, e.g. amara@2026-12-01T09:30): it \(reason)"
    }
}
