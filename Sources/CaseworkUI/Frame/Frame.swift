/// The frame every screen shares: the title line on top, the body, the status line and the key bar at the
/// bottom. Below 80x24 it draws only the "terminal too small" notice.
public struct Frame: Hashable, Sendable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var title: TitleLine
    public var keys: FunctionKeyBar
    public var status: StatusLine

    public init(title: TitleLine, keys: FunctionKeyBar, status: StatusLine) {
        self.title = title
        self.keys = keys
        self.status = status
    }

    public static func fits(width: Int, height: Int) -> Bool { width >= minimumWidth && height >= minimumHeight }

    /// Where a screen draws its content: every row but the title and the two bottom lines.
    public static func body(width: Int, height: Int) -> Rect { Rect(x: 0, y: 1, width: width, height: height - 3) }

    /// A full screen: the frame, then `body` drawn into its area (overlays may draw over the whole buffer after).
    public func render(width: Int, height: Int, body: (inout Buffer, Rect) -> Void) -> Buffer {
        guard Frame.fits(width: width, height: height) else { return Frame.tooSmall(width: width, height: height) }
        var buffer = Buffer(width: width, height: height)
        title.render(into: &buffer, area: buffer.area.row(0))
        body(&buffer, Frame.body(width: width, height: height))
        status.render(into: &buffer, area: Rect(x: 0, y: height - 3, width: width, height: 2))
        keys.render(into: &buffer, area: buffer.area.row(height - 1))
        return buffer
    }

    public static let tooSmallAdvice = "Enlarge the window, or press q to quit."

    /// "terminal too small: 60x20, need 80x24" on a line of its own (the words scripts and people look for),
    /// then `advice`, what to do, centred and wrapped to whatever room there is.
    public static func tooSmall(width: Int, height: Int, advice: String = tooSmallAdvice) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        let message = "terminal too small: \(width)x\(height), need \(minimumWidth)x\(minimumHeight)"
        let lines = TextFit.wrap(message, to: max(1, width - 2)) + TextFit.wrap(advice, to: max(1, width - 2))
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < height {
            buffer.put(line, in: Rect(x: 0, y: top + offset, width: width, height: 1), alignment: .center,
                       style: offset == 0 ? Style.error.bolded : .normal)
        }
        return buffer
    }
}
