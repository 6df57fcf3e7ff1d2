#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import CaseworkUI
@testable import CaseworkTerminal

/// ncurses on /dev/null: no tty needed, the screen read back through `curscr`. One terminal at a time.
@Suite(.serialized) struct HeadlessTerminalTests {
    static func start(width: Int, height: Int, colour: Bool = false) throws -> Terminal {
        setenv("LC_ALL", "C.UTF-8", 1)
        setenv("COLUMNS", String(width), 1)
        setenv("LINES", String(height), 1)
        return try Terminal.start(.init(colour: colour, device: "/dev/null", terminalType: "xterm-256color"))
    }

    @Test func drawsWideAndCombiningTextWhereTheBufferHasIt() throws {
        let terminal = try Self.start(width: 40, height: 6)
        defer { terminal.stop() }
        #expect(terminal.size == (40, 6))
        #expect(terminal.locale.isUTF8 && terminal.locale.warning == nil)
        var buffer = Buffer(width: 40, height: 6)
        buffer.put("H-0002 王秀英 Zoe\u{308} Brontë 😀 end", x: 0, y: 1, style: .selected)
        buffer.put("Niamh Ó Súilleabháin", x: 3, y: 2, style: .red)
        buffer.put("中文中文中文中文中文中文中文中文中文中文中文", x: 0, y: 3)
        terminal.draw(buffer)
        for row in 0..<6 {
            #expect(terminal.screenText(row: row) == buffer.lines[row], "row \(row)")
        }
    }

    @Test func aSecondDrawChangesOnlyWhatChanged() throws {
        let terminal = try Self.start(width: 20, height: 3)
        defer { terminal.stop() }
        var buffer = Buffer(width: 20, height: 3)
        buffer.put("王秀英 one", x: 0, y: 0)
        terminal.draw(buffer)
        buffer.put("x", x: 1, y: 0)
        buffer.put("two", x: 0, y: 2)
        terminal.draw(buffer)
        #expect(terminal.screenText(row: 0) == buffer.lines[0])
        #expect(terminal.screenText(row: 0).hasPrefix(" x秀英"))
        #expect(terminal.screenText(row: 2) == buffer.lines[2])
        terminal.redrawAll()
        terminal.draw(buffer)
        #expect(terminal.screenText(row: 0) == buffer.lines[0])
    }

    @Test func aBufferLargerThanTheScreenIsClipped() throws {
        let terminal = try Self.start(width: 10, height: 2, colour: true)
        defer { terminal.stop() }
        var buffer = Buffer(width: 12, height: 4)
        buffer.put("abcdefghi王", x: 0, y: 0)
        terminal.draw(buffer)
        #expect(terminal.screenText(row: 0) == "abcdefghi ")
    }

    @Test func noKeysFromDevNullAndNoSignalPending() throws {
        let terminal = try Self.start(width: 20, height: 4)
        defer { terminal.stop() }
        #expect(terminal.readKey(timeout: 0) == nil)
        #expect(terminal.pendingSignal == nil)
        terminal.stop()
        #expect(terminal.readKey(timeout: 0) == nil)
    }

    @Test func aStopSignalIsReportedNotFatal() throws {
        let terminal = try Self.start(width: 20, height: 4)
        defer { terminal.stop() }
        // Process-directed: the test runs on a worker thread that blocks signals, so raise() would not do.
        kill(getpid(), SIGTERM)
        for _ in 0..<200 where terminal.pendingSignal == nil { usleep(5_000) }
        #expect(terminal.pendingSignal == SIGTERM)
    }

    @Test func aNonUTF8LocaleIsReportedWithAWarning() throws {
        setenv("LC_ALL", "C", 1)
        defer { setenv("LC_ALL", "C.UTF-8", 1) }
        setenv("COLUMNS", "20", 1)
        setenv("LINES", "4", 1)
        let terminal = try Terminal.start(.init(colour: false, device: "/dev/null", terminalType: "xterm-256color"))
        defer { terminal.stop() }
        #expect(!terminal.locale.isUTF8)
        #expect(terminal.locale.warning?.contains("is not UTF-8") == true)
    }

    @Test func anUnknownTerminalTypeIsAClearError() {
        #expect(throws: Terminal.StartError.self) {
            _ = try Terminal.start(.init(colour: false, device: "/dev/null", terminalType: "no-such-terminal-type"))
        }
    }
}
