/// When something happened, as an officer types it: `now` (or nothing), a time today (`14:30`, `9:05`), or a date as
/// `DayInput` reads it and a time (`yesterday 14:30`, `25/11/2026 9:05`, `-2 16:00`). nil means now.
public enum MomentInput {
    public static func parse(_ text: String, today: Day) -> Result<Timestamp?, MomentInputError> {
        let words = text.split(separator: " ").map(String.init)
        if words.isEmpty || (words.count == 1 && words[0].lowercased() == "now") { return .success(nil) }
        guard let time = words.last.flatMap(secondOfDay) else { return .failure(.noTime(text)) }
        guard words.count > 1 else { return .success(Timestamp(day: today, secondOfDay: time)) }
        switch DayInput.parse(words.dropLast().joined(separator: " "), today: today) {
        case .success(let day): return .success(Timestamp(day: day, secondOfDay: time))
        case .failure(let error): return .failure(.day(error))
        }
    }

    /// "14:30" or "9:05", on the 24-hour clock.
    static func secondOfDay(_ word: String) -> Int? {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]), (0..<24).contains(hours), (0..<60).contains(minutes) else { return nil }
        return hours * 3600 + minutes * 60
    }
}

public enum MomentInputError: Error, Hashable, Sendable, CustomStringConvertible {
    case noTime(String)
    case day(DayInputError)

    public var description: String {
        switch self {
        case .noTime: "give a time (14:30), a date and a time (yesterday 14:30), or now"
        case .day(let error): error.description
        }
    }
}
