import Foundation
import Testing

extension ConsoleTests {
    /// tmux sends `\e[1~` and `\e[4~` for Home and End while TERM inside says xterm's `\eOH`: both must arrive as the
    /// keys, never as Esc and letters (which left the case, or closed a form, before the terminal learnt them).
    @Test func homeAndEndMoveUnderTmuxWhateverTheTerminfoSays() throws {
        defer { casework.removeData() }
        let session = try console()
        let total = try #require(try session.screen().firstMatch(of: /1 of (\d+)/)?.1)
        try session.press("End")
        try session.waitFor("\(total) of \(total)")
        try session.press("Home")
        try session.waitFor("1 of \(total)")

        try session.command("open 1")
        try session.waitFor("H-0001  Hafid")
        try session.press("4")
        try session.waitFor("Timeline · 1 of")
        try session.press("End")
        try session.waitUntil(describe: "the timeline's last entry, the case still open") {
            $0.contains("H-0001  Hafid") && $0.range(of: #"Timeline · (\d+) of \1"#, options: .regularExpression) != nil
        }
        try session.press("Home")
        try session.waitFor("Timeline · 1 of")
        #expect(try session.screen().contains("H-0001  Hafid"), "Home kept the case open")
    }
}
