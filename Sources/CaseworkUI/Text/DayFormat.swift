import CaseworkCore

/// How dates read on screen, in the UK order officers use: "Tue 10 Mar 2026" where the weekday helps (today, a
/// deadline, a decision), "10 Mar 2026" in tables and lines of text. Every date shown is one of the two; the
/// numeric "10/03/2026" is only what a date field starts with, as that is what is typed.
public enum DayFormat {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Tue 10 Mar 2026".
    public static func long(_ day: Day) -> String { "\(weekdays[day.weekday]) " + medium(day) }

    /// "10 Mar 2026".
    public static func medium(_ day: Day) -> String {
        let (year, month, date) = day.components
        return "\(date) \(months[month - 1]) \(year)"
    }

    /// "10 Mar": for a table column of recent and coming dates (the queue's received and appointment dates),
    /// where the year would only take room from the alerts.
    public static func dayAndMonth(_ day: Day) -> String { "\(day.day) \(months[day.month - 1])" }

    /// "10/03/2026": what a date field is filled with for editing.
    public static func short(_ day: Day) -> String {
        let (year, month, date) = day.components
        return (date < 10 ? "0" : "") + "\(date)/" + (month < 10 ? "0" : "") + "\(month)/\(year)"
    }

    /// The timeline's stored system lines write dates as "2026-12-14": on screen each becomes "14 Dec 2026", so one
    /// screen never mixes the two. Anything that is not a real date is left as it is. The rules' reasons never pass
    /// through here: they are worded for the screen from their values (`Wording.console`).
    public static func readable(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "-")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + 10 <= bytes.count, isDate(bytes, at: index),
               let day = Day(iso: String(decoding: bytes[index..<index + 10], as: UTF8.self)) {
                out += Array(medium(day).utf8)
                index += 10
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// "dddd-dd-dd" at `index`, not inside a longer run of digits.
    private static func isDate(_ bytes: [UInt8], at index: Int) -> Bool {
        let digit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        let dash = UInt8(ascii: "-")
        for offset in 0..<10 where offset != 4 && offset != 7 {
            guard digit(bytes[index + offset]) else { return false }
        }
        guard bytes[index + 4] == dash, bytes[index + 7] == dash else { return false }
        let before = index == 0 || !digit(bytes[index - 1])
        let after = index + 10 == bytes.count || !digit(bytes[index + 10])
        return before && after
    }
}
