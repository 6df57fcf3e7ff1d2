import Foundation
import Testing

/// A detached tmux session running a command, driven with send-keys and read with capture-pane.
/// Waits poll the pane for text instead of sleeping a fixed time.
final class TmuxSession {
    let name: String
    private(set) var width: Int
    private(set) var height: Int

    /// Starts `command` inside a shell in a new session of the given size; the shell stays after the command exits,
    /// so a test can check the terminal's modes afterwards.
    init(command: String, environment: [String: String], width: Int = 80, height: Int = 24) throws {
        name = "casework-e2e-\(UInt32.random(in: 0...UInt32.max))"
        self.width = width
        self.height = height
        let exports = environment.filter { ["CASEWORK_DATA", "CASEWORK_TODAY", "CASEWORK_USER", "LANG", "LC_ALL", "NO_COLOR"].contains($0.key) }
            .map { "export \($0.key)='\($0.value)'" }.sorted().joined(separator: "; ")
        try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                       "env TERM=xterm-256color bash --norc --noprofile"])
        try Self.tmux(["set-option", "-t", name, "status", "off"])
        try type("\(exports); clear; \(command)")
        try press("Enter")
    }

    deinit { try? Self.tmux(["kill-session", "-t", name]) }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static var isAvailable: Bool { (try? tmux(["-V"]))?.hasPrefix("tmux") ?? false }

    /// Sends text literally (no key names interpreted).
    func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }

    /// Sends named keys: `Enter`, `Escape`, `Tab`, `F2`, `C-s`, `Down`, …
    func press(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name] + keys) }

    func screen() throws -> String { try Self.tmux(["capture-pane", "-p", "-t", name]) }

    func resize(width: Int, height: Int) throws {
        self.width = width
        self.height = height
        try Self.tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the pane shows `text` (or the predicate holds), polling every 50 ms, up to `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil(seconds: seconds, describe: "\"\(text)\"", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(seconds: Double = 15, describe: String, sourceLocation: SourceLocation = #_sourceLocation,
                   _ predicate: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        var last = ""
        while ContinuousClock.now < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(describe); the screen was:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    struct TmuxTimeout: Error {}
}
