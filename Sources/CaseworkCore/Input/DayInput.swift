/// Why a typed date was refused, worded for the officer who typed it.
public enum DayInputError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case unrecognised(String)
    case noSuchMonth(Int)
    case noSuchDay(day: Int, month: Int, year: Int)
    case yearOutOfRange(String)
    case offsetTooLarge(String)

    public var description: String {
        switch self {
        case .empty:
            "enter a date"
        case .unrecognised(let text):
            "\(Quote.value(text)) is not a date: use 1/12/2026, 2026-12-01, +14 or today"
        case .noSuchMonth(let month):
            "there is no month \(month): months run 1 to 12"
        case .noSuchDay(let day, let month, let year):
            "\(DayInput.monthNames[month - 1]) \(year) has no day \(day): it has \(Day.daysIn(month: month, year: year)) days"
        case .yearOutOfRange(let text):
            "year \(text) is out of range: use 2 or 4 digits"
        case .offsetTooLarge(let text):
            "\(text) is too far from today: at most \(DayInput.maximumOffset) days"
        }
    }
}

/// Reads the dates officers type: ISO, UK day/month/year, offsets from today and the words today/tomorrow/yesterday.
public enum DayInput {
    public static let maximumOffset = 36_500
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    public static func parse(_ text: String, today: Day) -> Result<Day, DayInputError> {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return .failure(.empty) }
        switch trimmed.lowercased() {
        case "today": return .success(today)
        case "tomorrow": return .success(today.adding(days: 1))
        case "yesterday": return .success(today.adding(days: -1))
        default: break
        }
        if let sign = trimmed.first, sign == "+" || sign == "-", trimmed.count > 1 {
            return offset(trimmed, today: today)
        }
        let fields = trimmed.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return .failure(.unrecognised(trimmed))
        }
        // A four-digit first field means ISO order; otherwise the UK order day/month/year.
        let isISO = fields[0].count == 4
        let (yearText, monthText, dayText) = isISO ? (fields[0], fields[1], fields[2]) : (fields[2], fields[1], fields[0])
        guard monthText.count <= 2, dayText.count <= 2, let month = Int(monthText), let day = Int(dayText) else {
            return .failure(.unrecognised(trimmed))
        }
        guard let year = fullYear(String(yearText), today: today) else {
            return .failure(.yearOutOfRange(String(yearText)))
        }
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        guard let result = Day(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(day: day, month: month, year: year))
        }
        return .success(result)
    }

    /// Two-digit years land within 20 years ahead of today, else in the century before (01/12/85 is 1985).
    static func fullYear(_ text: String, today: Day) -> Int? {
        guard let value = Int(text) else { return nil }
        switch text.count {
        case 4: return (1...9999).contains(value) ? value : nil
        case 2:
            let century = today.year / 100 * 100
            return century + value <= today.year + 20 ? century + value : century - 100 + value
        default: return nil
        }
    }

    static func offset(_ text: String, today: Day) -> Result<Day, DayInputError> {
        let digits = text.dropFirst()
        guard digits.allSatisfy(\.isASCIIDigit) else { return .failure(.unrecognised(text)) }
        guard digits.count <= 6, let magnitude = Int(digits), magnitude <= maximumOffset else {
            return .failure(.offsetTooLarge(text))
        }
        return .success(today.adding(days: text.first == "-" ? -magnitude : magnitude))
    }
}

fileprivate extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

fileprivate extension StringProtocol {
    /// Spaces and tabs off both ends, without Foundation.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
