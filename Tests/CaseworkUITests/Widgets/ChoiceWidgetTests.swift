import Testing
import CaseworkCore
@testable import CaseworkUI

@Suite struct ChoiceListTests {
    static let routes = ["council", "young-people", "intensive", "refuge"]

    @Test(arguments: [("", 0), ("j", 1), ("jjjjj", 3), ("jk", 0), ("<End>", 3), ("<End><Home>", 0), ("r", 3), ("i", 2), ("cc", 0), ("z", 0)])
    func moves(keys: String, selected: Int) {
        var list = ChoiceList(Self.routes)
        for key in Key.sequence(keys) { _ = list.handle(key) }
        #expect(list.selected == selected)
    }

    @Test func enterChoosesEscCancels() {
        var list = ChoiceList(Self.routes)
        #expect(Key.sequence("j<Enter><Esc><Tab>").map { list.handle($0) } == [.handled, .submitted, .cancelled, .ignored])
        #expect(list.selectedOption == "young-people")
    }

    @Test func rendersTheSelectionInView() {
        var list = ChoiceList(Self.routes, selected: 3)
        var buffer = Buffer(width: 16, height: 2)
        list.render(into: &buffer, area: buffer.area, focused: true)
        #expect(buffer.lines == ["  intensive    ↑", "› refuge        "])
        #expect(buffer[x: 0, y: 1].style == .selected)
        _ = list.handle(.home)
        list.render(into: &buffer, area: buffer.area, focused: false)
        #expect(buffer.lines == ["› council       ", "  young-people ↓"])
    }

    /// Options that all fit need no marks.
    @Test func marksOnlyWhenSomeOptionsAreOutOfSight() {
        let list = ChoiceList(Self.routes)
        var buffer = Buffer(width: 16, height: 4)
        list.render(into: &buffer, area: buffer.area, focused: true)
        #expect(!buffer.lines.joined().contains("↑") && !buffer.lines.joined().contains("↓"))
    }
}

@Suite struct DialogTests {
    static func confirm() -> Dialog<Bool> {
        .confirm(title: "Quit", message: "Quit without saving?", no: .init("No", false), yes: .init("Yes", true))
    }

    /// The answer is the button's value: Esc gives the safe one wherever the selection is.
    @Test(arguments: [
        ("<Enter>", false), ("<Right><Enter>", true), ("<Tab><Tab><Enter>", false), ("y", true), ("n", false),
        ("<Right><Esc>", false), ("x<Enter>", false),
    ])
    func noIsTheDefault(keys: String, answer: Bool) {
        var dialog = Self.confirm()
        let outcomes = Key.sequence(keys).map { dialog.handle($0) }
        #expect(outcomes.last == .answered(answer))
        #expect(outcomes.dropLast().allSatisfy { $0 == .pending })
    }

    /// Each button answers to the first letter of its label that no button before it took.
    @Test func lettersPickButtonsEvenWhenTheyShareAnInitial() {
        let dialog = Dialog(title: "Quit", message: "Unsaved", buttons: [.init("Cancel", 0), .init("Save", 1), .init("Keep as draft", 2),
                                                                         .init("Discard", 3), .init("Send", 4)], cancel: 0)
        #expect(dialog.letters == ["c", "s", "k", "d", "e"])
        for (letter, answer) in [("s", 1), ("k", 2), ("D", 3), ("e", 4)] {
            var copy = dialog
            #expect(copy.handle(.character(Character(letter))) == .answered(answer))
        }
    }

    /// ← and → stop at the ends, so holding → from No reaches Yes and stays there; Tab goes round.
    @Test(arguments: [("<Right><Right><Enter>", 2), ("<Left><Enter>", 0), ("<Right><Right><Right><Left><Enter>", 1),
                      ("llh<Enter>", 1), ("<Tab><Tab><Tab><Enter>", 0), ("<S-Tab><Enter>", 2)])
    func arrowsDoNotWrap(keys: String, chosen: Int) {
        var dialog = Dialog(title: "Leave", message: "Unsaved changes", buttons: [.init("Cancel", 0), .init("Discard", 1), .init("Save", 2)],
                            cancel: 0)
        #expect(dialog.selected == 0, "every dialog starts on its left button")
        _ = Key.sequence(keys).map { dialog.handle($0) }
        #expect(dialog.selected == chosen)
    }

    @Test func rendersCentredWithTheChosenButtonReversed() {
        var buffer = Buffer(width: 40, height: 9)
        Self.confirm().render(into: &buffer, area: buffer.area)
        let text = buffer.lines.joined(separator: "\n")
        #expect(text.contains("┌─ Quit"))
        #expect(text.contains("Quit without saving?"))
        let row = buffer.lines.firstIndex { $0.contains("[ No ]") }!
        let x = buffer.lines[row].distance(from: buffer.lines[row].startIndex, to: buffer.lines[row].range(of: "[ No ]")!.lowerBound)
        #expect(buffer[x: x, y: row].style.tone == .selected)
    }
}

@Suite struct TabsTests {
    @Test func tabAndShiftTabWrap() {
        var tabs = Tabs(["Applicant", "Notice", "Documents"])
        #expect(Key.sequence("<Tab><Tab><Tab><S-Tab>x").map { tabs.handle($0) } == [.handled, .handled, .handled, .handled, .ignored])
        #expect(tabs.selected == 2)
    }

    @Test func narrowTabsShareTheWidth() {
        var buffer = Buffer(width: 30, height: 1)
        Tabs(["Applicant", "Notice", "Documents", "Timeline"], selected: 1).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[0] == " App… │ Not… │ Doc… │ Tim…    ")
        var wide = Buffer(width: 40, height: 1)
        Tabs(["Applicant", "Notice"]).render(into: &wide, area: wide.area)
        #expect(wide.lines[0].hasPrefix(" Applicant │ Notice "))
        #expect(wide[x: 1, y: 0].style.tone == .selected)
    }
}

@Suite struct BarTests {
    @Test func statusErrorStaysUntilAcknowledged() {
        var status = StatusLine(position: "3 of 9")
        status.fail("case H-0042 could not be saved")
        #expect(status.handle(.character("j")) == .ignored)
        #expect(status.hasError)
        var buffer = Buffer(width: 70, height: 1)
        status.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[0].hasPrefix("Error: case H-0042 could not be saved  [Enter] dismiss"))
        #expect(buffer.lines[0].hasSuffix("3 of 9"))
        #expect(status.handle(.enter) == .handled)
        #expect(!status.hasError && status.handle(.enter) == .ignored)
    }

    /// An error too long for the line takes the row above as well, so none of it is cut; a short one stays on one row.
    @Test func aLongErrorTakesTwoRowsWhole() {
        var status = StatusLine(position: "")
        let refusal = "case H-0029 is restricted; ask a manager or the assigned officer (this attempt has been recorded)"
        status.fail(refusal)
        var buffer = Buffer(width: 80, height: 3)
        buffer.put("last row of the screen", x: 0, y: 0)
        buffer.put("the row above", x: 0, y: 1)
        status.render(into: &buffer, area: Rect(x: 0, y: 1, width: 80, height: 2))
        #expect(buffer.lines[0].hasPrefix("last row of the screen"))
        let shown = (buffer.lines[1] + " " + buffer.lines[2]).split(separator: " ").joined(separator: " ")
        #expect(shown == "Error: " + refusal + " [Enter] dismiss")
        #expect(buffer[x: 79, y: 1].style == .error)
        status.acknowledge()
        status.fail("case H-0042 could not be saved")
        var short = Buffer(width: 80, height: 2)
        short.put("the row above", x: 0, y: 0)
        status.render(into: &short, area: short.area)
        #expect(short.lines[0].hasPrefix("the row above"))
        #expect(short.lines[1].hasPrefix("Error: case H-0042 could not be saved  [Enter] dismiss"))
    }

    /// A message too long for the line beside the position is not cut either ("… are back…" lost "Ctrl-S saves them").
    @Test func aLongMessageTakesTwoRowsWithThePositionKept() {
        var status = StatusLine(position: "Household · 1 of 14")
        let restored = "Your unsaved changes from Thu 26 Nov 2026 at 11:39 are back; Ctrl-S saves them"
        status.show(restored)
        var buffer = Buffer(width: 80, height: 2)
        status.render(into: &buffer, area: buffer.area)
        #expect((buffer.lines[0] + " " + buffer.lines[1]).split(separator: " ").joined(separator: " ")
            == restored + " Household · 1 of 14")
        #expect(buffer.lines[1].hasSuffix("Household · 1 of 14"))
    }

    @Test func statusMessageAndPosition() {
        var status = StatusLine(position: "12 of 57")
        status.show("Saved H-0001")
        var buffer = Buffer(width: 30, height: 1)
        status.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[0] == "Saved H-0001          12 of 57")
    }

    @Test func functionKeysStopBeforeOneThatDoesNotFit() {
        var buffer = Buffer(width: 30, height: 1)
        SampleScreen.keys.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[0] == "F1Help EnterOpen /Filter      ")
        var wide = Buffer(width: 80, height: 1)
        SampleScreen.keys.render(into: &wide, area: wide.area)
        let sort = wide.lines[0].range(of: "F6Sort")!
        let x = wide.lines[0].distance(from: wide.lines[0].startIndex, to: sort.lowerBound)
        #expect(wide[x: x, y: 0].style == .keyHint && wide[x: x + 2, y: 0].style == .title && wide[x: 0, y: 0].style == .keyHint)
    }

    @Test func titleLineGivesWayOnTheDataSet() {
        let title = TitleLine(dataSet: "Northbridge Borough Council housing options", isDemo: true, user: "Priya Shah",
                              role: "Triage officer", today: Day(year: 2026, month: 3, day: 10)!)
        var buffer = Buffer(width: 80, height: 1)
        title.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[0].hasPrefix(" Casework │ Northbridge"))
        #expect(buffer.lines[0].contains("… DEMO"))
        #expect(buffer.lines[0].hasSuffix("Priya Shah (Triage officer) │ Tue 10 Mar 2026 "))
    }

    @Test func aLongRoleShortensBeforeTheDataSetIsCutToAStub() {
        let title = TitleLine(dataSet: "Watford Housing Options (demo)", isDemo: true, user: "root",
                              role: "Housing manager, demo stand-in", shortRole: "demo housing manager",
                              today: Day(year: 2026, month: 11, day: 26)!)
        var narrow = Buffer(width: 80, height: 1)
        title.render(into: &narrow, area: narrow.area)
        #expect(narrow.lines[0] == " Casework │ Watford Housin… DEMO  root (demo housing manager) │ Thu 26 Nov 2026 ")
        var wide = Buffer(width: 160, height: 1)
        title.render(into: &wide, area: wide.area)
        #expect(wide.lines[0].hasSuffix(" root (Housing manager, demo stand-in) │ Thu 26 Nov 2026 "))
        #expect(wide.lines[0].hasPrefix(" Casework │ Watford Housing Options (demo) DEMO "))
    }

    @Test func helpScrollsAndCloses() {
        var help = SampleScreen.help
        var buffer = Buffer(width: 80, height: 10)
        help.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines.joined().contains("↓ more"))
        #expect(!buffer.lines.joined().contains("q F10"))
        #expect(Key.sequence("jj<PgDn>k").map { help.handle($0) }.allSatisfy { $0 == .handled })
        help.render(into: &buffer, area: buffer.area)
        #expect(!buffer.lines.joined().contains("↓ more"))
        #expect(buffer.lines.joined().contains("q F10"))
        for key in Key.sequence("<Esc>?q<F1><Enter>") {
            var copy = help
            #expect(copy.handle(key) == .cancelled)
        }
    }
}
