/// How a pane divides its area: one column at 80 wide, two side by side from `twoColumnsFrom` columns.
enum Columns {
    static let twoColumnsFrom = 120
    static let gap = 2

    static func areTwo(_ area: Rect) -> Bool { area.width >= twoColumnsFrom }

    /// The left and right halves with a gap between them.
    static func split(_ area: Rect) -> (left: Rect, right: Rect) {
        let leftWidth = (area.width - gap) / 2
        let (left, rest) = area.splitLeft(leftWidth)
        return (left, Rect(x: rest.x + gap, y: rest.y, width: rest.width - gap, height: rest.height))
    }
}

/// Numbers as the screen shows them.
enum Points {
    /// One decimal place with a sign: "+25.0", "-60.0".
    static func signed(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : "+"
        return sign + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// One decimal place: "112.4".
    static func plain(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
