import CaseworkCore

/// How dates read on screen: "Tue 10 Mar 2026", the UK order officers use.
public enum DayFormat {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func long(_ day: Day) -> String {
        let (year, month, date) = day.components
        return "\(weekdays[day.weekday]) \(date) \(months[month - 1]) \(year)"
    }

    /// "10/03/2026".
    public static func short(_ day: Day) -> String {
        let (year, month, date) = day.components
        return (date < 10 ? "0" : "") + "\(date)/" + (month < 10 ? "0" : "") + "\(month)/\(year)"
    }
}
