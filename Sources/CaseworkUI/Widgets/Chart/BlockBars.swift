/// Horizontal bars in block characters, to an eighth of a cell (▏▎▍▌▋▊▉█), as htop's meters draw them: the
/// dashboard's presentations against interviews by week. Plain text, so it reads the same in every terminal font
/// that has the Block Elements, and in a snapshot.
public enum BlockBars {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar for `value` out of `maximum` filling at most `width` cells; any value above zero shows at least an eighth.
    public static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let eighthsLong = max(1, min(width * 8, (value * width * 8 + maximum / 2) / maximum))
        var text = String(repeating: "█", count: eighthsLong / 8)
        if eighthsLong % 8 > 0 { text.append(eighths[eighthsLong % 8 - 1]) }
        return text
    }
}
