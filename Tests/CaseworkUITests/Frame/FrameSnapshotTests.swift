import Testing
@testable import CaseworkUI

@Suite struct FrameSnapshotTests {
    static let sizes = [(80, 24), (160, 48)]

    @Test(arguments: sizes)
    func queueInTheFrame(width: Int, height: Int) {
        expectSnapshot(SampleScreen.render(width: width, height: height, keys: "j"), "queue-\(width)x\(height)")
    }

    @Test(arguments: [(60, 20), (79, 24), (80, 23), (20, 5)])
    func tooSmall(width: Int, height: Int) {
        let buffer = SampleScreen.render(width: width, height: height)
        #expect(buffer.lines.joined().contains("terminal too small") || width < 30)
        #expect(buffer.lines.joined(separator: " ").contains("\(width)x\(height)"))
        if width == 60 { expectSnapshot(buffer, "too-small-60x20") }
    }

    @Test(arguments: sizes)
    func errorInTheStatusLine(width: Int, height: Int) {
        var status = StatusLine()
        status.fail("case H-0003 was changed by another officer at 10:14; reload")
        expectSnapshot(SampleScreen.render(width: width, height: height, status: status), "status-error-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func helpOverlay(width: Int, height: Int) {
        var buffer = SampleScreen.render(width: width, height: height)
        SampleScreen.help.render(into: &buffer, area: buffer.area)
        expectSnapshot(buffer, "help-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func modalDialog(width: Int, height: Int) {
        var buffer = SampleScreen.render(width: width, height: height)
        Dialog.confirm(title: "Quit", message: "You have unsaved changes to case H-0001. Quit without saving them?",
                       no: .init("No", false), yes: .init("Yes", true))
            .render(into: &buffer, area: buffer.area)
        expectSnapshot(buffer, "modal-\(width)x\(height)")
    }

    @Test func filteredQueueWithTheFilterLine() {
        expectSnapshot(SampleScreen.render(width: 80, height: 24, keys: "/zoe"), "queue-filtered-80x24")
    }

    @Test func everyRowKeepsItsColumnsAlignedWhateverTheScript() {
        let buffer = SampleScreen.render(width: 80, height: 24)
        // The cell after each name column starts in the same terminal column on every row.
        let layout = TableColumn.layout(SampleScreen.columns, in: 80)
        let houseX = layout[0].width + 1 + layout[1].width + 1
        for y in 2..<8 {
            #expect(!buffer[x: houseX, y: y].isContinuation)
            #expect(buffer[x: houseX - 1, y: y].text == " ", "row \(y)")
        }
    }
}
