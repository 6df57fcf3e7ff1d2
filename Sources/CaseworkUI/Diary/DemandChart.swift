import CaseworkCore

/// Demand against capacity as a small bar chart in block characters, a week a row, with the numbers beside it:
/// the bar is the backlog projected at the week's end, the `│` in it the week's slots on the same scale, so a bar
/// running past its mark is a week the backlog is projected to exceed the slots.
public enum DemandChart {
    /// Eighths of a cell, for bars finer than a column.
    static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar of `value` on a scale where `width` cells hold `scale`, in whole and eighth blocks.
    public static func bar(_ value: Double, scale: Double, width: Int) -> String {
        guard width > 0, scale > 0, value > 0 else { return String(repeating: " ", count: max(0, width)) }
        let units = min(Int((value / scale * Double(width) * 8).rounded()), width * 8)
        var text = String(repeating: "█", count: units / 8)
        if units % 8 > 0 { text.append(eighths[units % 8]) }
        return text + String(repeating: " ", count: width - text.count)
    }

    /// The chart's lines, a heading and a row a week, to fit `width` columns (at least 40).
    public static func lines(_ forecast: DiaryForecast, width: Int) -> [(text: String, style: Style)] {
        let numbers = " backlog  slots  load  relief"
        let labelWidth = 4
        let barWidth = max(6, width - labelWidth - 2 - numbers.count)
        let scale = max(1, forecast.weeks.map { max($0.backlogEnd, Double($0.slots)) }.max() ?? 1)
        var lines: [(String, Style)] = [(TextFit.padRight("Demand against capacity", to: labelWidth + 2 + barWidth) + numbers, .header)]
        for week in forecast.weeks {
            var bar = Array(Self.bar(week.backlogEnd, scale: scale, width: barWidth))
            let mark = min(barWidth - 1, Int((Double(week.slots) / scale * Double(barWidth)).rounded()))
            if mark >= 0, week.slots > 0 { bar[mark] = bar[mark] == " " ? "│" : "┃" }
            let label = "W" + String(week.label.suffix(2))
            let load = week.load.map { String(format: "%.2f", $0) } ?? "-"
            let figures = TextFit.padLeft(String(format: "%.0f", week.backlogEnd), to: 8) + TextFit.padLeft(String(week.slots), to: 7)
                + TextFit.padLeft(load, to: 6) + TextFit.padLeft(week.reliefSlots > 0 ? "+\(week.reliefSlots)" : "0", to: 8)
            lines.append((TextFit.padRight(label, to: labelWidth) + "  " + String(bar) + figures,
                          week.backlogExceedsSlots ? .red : .green))
        }
        let source = forecast.presentationsFromSetting ? "manager's figure" : "8-week average"
        let first = forecast.backlogExceedsSlotsFrom.map { "; backlog over slots from W\($0.label.suffix(2))" } ?? ""
        let perWeek = forecast.weeks.dropFirst().first?.presentations ?? forecast.weeks.first?.presentations ?? 0
        lines.append(("Presenting " + String(format: "%.0f", perWeek) + " a week (\(source)), missed "
            + String(format: "%.0f", forecast.missedRate * 100) + "%" + first, .muted))
        return lines.map { (TextFit.truncate($0.0, to: width), $0.1) }
    }
}
