#if canImport(Glibc)
import Glibc
#endif
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
        // LINES and COLUMNS go: ncurses takes them over the terminal's size and then never resizes, and the headless
        // terminal tests in the same process set them (a tmux server this process starts keeps its environment).
        try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                       "env -u LINES -u COLUMNS TERM=xterm-256color bash --norc --noprofile"])
        try Self.tmux(["set-option", "-t", name, "status", "off"])
        try type("\(exports); clear; \(command)")
        try press("Enter")
    }

    deinit { _ = try? Self.tmux(["kill-session", "-t", name]) }

    /// The tests' own tmux server (`tmux -L casework-e2e ls` lists its sessions): one they start never hosts anyone
    /// else's sessions with the test process's environment, and they never depend on how someone else's was started.
    static let socket = "casework-e2e"

    /// Runs one tmux command and returns what it printed. Two things matter when this command is the one that starts
    /// the tmux server (none running, as on a fresh machine), as the server outlives it and hands on what it got:
    /// - the signal mask: a test runs on a thread with most signals blocked, and a server spawned with that mask gives
    ///   it to every pane, so the console under test never sees SIGWINCH or SIGHUP; tmux is spawned with none blocked;
    /// - the output: through a file, not a pipe, which the server would hold open so that reading it never ended.
    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("casework-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    static var isAvailable: Bool { (try? tmux(["-V"]))?.hasPrefix("tmux") ?? false }

    /// Sends text literally (no key names interpreted).
    func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }

    /// Sends named keys: `Enter`, `Escape`, `Tab`, `F2`, `C-s`, `Down`, …
    func press(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name] + keys) }

    /// Types a console command and runs it: `command("open 2")` is `:open 2` then Enter.
    func command(_ line: String) throws {
        try type(":" + line)
        try press("Enter")
    }

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
