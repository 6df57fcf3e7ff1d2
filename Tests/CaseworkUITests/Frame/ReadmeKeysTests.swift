import CaseworkCore
@testable import CaseworkUI
import Foundation
import Testing

/// The README's table of console keys is made from the key tables themselves, so it cannot drift from what the keys
/// do: this test compares it with the tables, and `CASEWORK_RECORD_README=1` writes it again. A new screen adds its
/// table to `rows`.
@Suite struct ReadmeKeysTests {
    static let begin = "<!-- console keys: made from the key tables by ReadmeKeysTests; CASEWORK_RECORD_README=1 writes them -->"
    static let end = "<!-- end of console keys -->"

    static var rows: [(String, [HelpOverlay.Entry])] {
        let record = CaseScreenFixtures.persona("Hafiz"), context = CaseScreenFixtures.context()
        func pane(_ tab: CaseTab) -> (String, [HelpOverlay.Entry]) {
            func entries<Pane: CasePane>(_ pane: Pane) -> [HelpOverlay.Entry] { pane.keys.allHelpEntries }
            return (tab.title, entries(tab.makePane(record, context: context)))
        }
        func screen(_ entry: ScreenEntry) -> (String, [HelpOverlay.Entry]) {
            func entries<Screen: ConsoleScreen>(_ screen: Screen) -> [HelpOverlay.Entry] { screen.keys.allHelpEntries }
            let letter = entry.letter.map { ", `\($0)`" } ?? ""
            return ("\(entry.name.lowercased()) (F\(entry.functionKey)\(letter), `:\(entry.command)`)", entries(entry.make(context)))
        }
        return [
            ("everywhere", ConsoleApp.frameKeys(ScreenRegistry.entries).allHelpEntries + StatusLine.keys.allHelpEntries),
            ("`:` commands", ColonCommand.helpEntries()),
            ("the `:` line", ConsoleApp.commandLineKeys.allHelpEntries),
            ("queue", QueueScreen.keys.allHelpEntries),
            ("a filter line (queue, Documents, Timeline)", Table<QueueRows>.filterKeys.allHelpEntries),
            ("case screen", CaseScreen.keys.allHelpEntries),
        ] + CaseTab.allCases.map(pane) + [
            ("editing a fact", FactsPane.editingKeys.allHelpEntries),
            ("a form", Form<CaseFormPurpose>.keys.allHelpEntries),
            ("a question", Dialog<Bool>.keys.allHelpEntries),
        ] + ScreenRegistry.entries.map(screen)
    }

    static var table: String {
        let lines = rows.map { row in
            "| \(row.0) | " + row.1.map { "`\($0.keys)` \($0.action)" }.joined(separator: " · ").replacingOccurrences(of: "|", with: "\\|") + " |"
        }
        return ([begin, "| where | keys |", "|---|---|"] + lines + [end]).joined(separator: "\n")
    }

    @Test func theReadmesKeyTableIsTheKeyTables() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README.md has no console key table (the begin marker)")
        let stop = try #require(text.range(of: Self.end), "README.md has no end marker for the console key table")
        let current = String(text[start.lowerBound..<stop.upperBound])
        if ProcessInfo.processInfo.environment["CASEWORK_RECORD_README"] == "1" {
            try text.replacingCharacters(in: start.lowerBound..<stop.upperBound, with: Self.table).write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == Self.table, "the README's key table is not the key tables': write it with CASEWORK_RECORD_README=1 and read it")
    }
}
