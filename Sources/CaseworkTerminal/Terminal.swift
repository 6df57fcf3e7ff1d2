#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import CaseworkUI

/// The ncurses backend: the only code that talks to the terminal. One at a time per process, on one thread.
///
/// ```
/// let terminal = try Terminal.start()
/// defer { terminal.stop() }
/// while terminal.pendingSignal == nil {
///     terminal.draw(app.render(width: terminal.size.width, height: terminal.size.height))
///     guard let key = terminal.readKey(timeout: 250) else { continue }   // nil: timeout or signal
///     ...
/// }
/// ```
public final class Terminal {
    public struct Options: Sendable {
        /// Colours unless NO_COLOR is set to anything non-empty (no-color.org).
        public var colour: Bool
        /// A device to run on instead of the controlling terminal: "/dev/null" runs headless (tests).
        public var device: String?
        /// The terminal type when not the TERM variable's.
        public var terminalType: String?

        public init(colour: Bool = Terminal.coloursWanted(), device: String? = nil, terminalType: String? = nil) {
            self.colour = colour
            self.device = device
            self.terminalType = terminalType
        }
    }

    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case cannotOpen(String)
        case unknownTerminalType(String)

        public var description: String {
            switch self {
            case .notATerminal: "standard input and output must be a terminal for the console (use the subcommands in scripts)"
            case .cannotOpen(let device): "cannot open \(device)"
            case .unknownTerminalType(let type): "the terminal type \"\(type)\" is not known to ncurses: set TERM, e.g. TERM=xterm-256color"
            }
        }
    }

    public let locale: LocaleCheck
    public let usesColour: Bool
    private let screen: OpaquePointer
    private let files: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, owned: Bool)
    let palette: Palette
    /// The last buffer sent, so the next draw touches only the cells that changed.
    var shown: Buffer?
    private var running = true

    public static func coloursWanted(environment: [String: String]? = nil) -> Bool {
        if let environment { return (environment["NO_COLOR"] ?? "").isEmpty }
        return getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true
    }

    /// Refuses, as `start()` would, when standard input or output is not a terminal; for callers that must know
    /// before they do anything else.
    public static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
    }

    /// Takes over the terminal: the user's locale, raw keys, no echo, keypad, 25 ms Esc, hidden cursor, colours
    /// as asked; handlers for SIGHUP/SIGTERM/SIGINT (see `pendingSignal`) and for crashes (terminal restored).
    public static func start(_ options: Options = Options()) throws -> Terminal {
        let locale = LocaleCheck.adoptUserLocale()
        let input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, owned: Bool
        if let device = options.device {
            guard let read = fopen(device, "r"), let written = fopen(device, "w") else { throw StartError.cannotOpen(device) }
            (input, output, owned) = (read, written, true)
        } else {
            try requireTerminal()
            guard let read = fdopen(STDIN_FILENO, "r"), let written = fdopen(STDOUT_FILENO, "w") else { throw StartError.notATerminal }
            (input, output, owned) = (read, written, false)
        }
        let type = options.terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "xterm-256color"
        let rescue = TerminalRescue.shared
        // Modes saved before curses changes them: they are what a crash restores.
        let savedDescriptor = fileno(output)
        var modes = termios()
        let hasModes = tcgetattr(savedDescriptor, &modes) == 0
        guard let screen = newterm(type, output, input) else {
            if owned { fclose(input); fclose(output) }
            throw StartError.unknownTerminalType(type)
        }
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(cw_stdscr(), true)
        Terminal.defineHomeAndEnd()
        set_escdelay(25)
        curs_set(0)
        leaveok(cw_stdscr(), true)
        let colour = options.colour && has_colors()
        let palette = Palette(colour: colour)
        palette.install()
        let capabilities: [String] = ["sgr0", "cnorm", "rmkx", "rmcup"]
        let reset = capabilities.compactMap { name in cw_tigetstr(name).map { Array(String(cString: $0).utf8) } }
        rescue.arm(descriptor: hasModes ? savedDescriptor : -1, reset: reset.flatMap { $0 } + Array("\r\n".utf8))
        if hasModes { rescue.savedModes.pointee = modes }
        rescue.setActive(true)
        return Terminal(screen: screen, files: (input, output, owned), locale: locale, palette: palette)
    }

    /// Terminals and multiplexers disagree on Home and End (tmux sends `\e[1~` under a TERM whose terminfo says
    /// `\eOH`): every common form is taught to curses, so none arrives as Esc and letters that close a form.
    static let homeAndEndSequences: [(sequence: String, home: Bool)] = [
        ("\u{1B}[1~", true), ("\u{1B}[7~", true), ("\u{1B}[H", true), ("\u{1B}OH", true),
        ("\u{1B}[4~", false), ("\u{1B}[8~", false), ("\u{1B}[F", false), ("\u{1B}OF", false),
    ]

    private static func defineHomeAndEnd() {
        for (sequence, home) in homeAndEndSequences where key_defined(sequence) <= 0 {
            define_key(sequence, home ? cw_key_home() : cw_key_end())
        }
    }

    private init(screen: OpaquePointer, files: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, owned: Bool),
                 locale: LocaleCheck, palette: Palette) {
        self.screen = screen
        self.files = files
        self.locale = locale
        self.palette = palette
        usesColour = palette.colour
    }

    deinit { stop() }

    /// SIGHUP, SIGTERM or SIGINT received since start: write a draft, `stop()`, and exit. A terminal that went away
    /// without a signal (its pty closed, the signal blocked) counts as SIGHUP, so the console never spins on a dead input.
    public var pendingSignal: Int32? {
        let number = TerminalRescue.shared.pendingSignal.pointee
        if number != 0 { return number }
        return inputLost ? SIGHUP : nil
    }

    /// Set when a read fails because the terminal's input has hung up or closed.
    private var inputLost = false

    /// Columns and rows now (after a `.resize` key too).
    public var size: (width: Int, height: Int) {
        (Int(cw_max_x(cw_stdscr())), Int(cw_max_y(cw_stdscr())))
    }

    /// The next key, waiting at most `timeout` milliseconds (negative waits for ever); nil on timeout, on a
    /// signal, or for a key the console does not use.
    public func readKey(timeout: Int) -> Key? {
        guard running else { return nil }
        wtimeout(cw_stdscr(), Int32(clamping: timeout))
        var code: wint_t = 0
        let result = wget_wch(cw_stdscr(), &code)
        if result == cw_err() {
            // ERR is also a timeout: only a hang-up, an error or a closed descriptor on the input means it is gone.
            var input = pollfd(fd: fileno(files.input), events: Int16(POLLIN), revents: 0)
            if poll(&input, 1, 0) < 0 || input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { inputLost = true }
            return nil
        }
        let key = KeyDecoding.key(code: UInt32(code), isFunctionKey: result == cw_key_code_yes())
        // ncurses has resized its screen and may have cut what it held: repaint everything next time.
        if key == .resize { shown = nil }
        return key
    }

    /// Forgets what is on screen so the next `draw` repaints everything (Ctrl-L, or after another program wrote).
    public func redrawAll() {
        shown = nil
        clearok(cw_curscr(), true)
    }

    /// Gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard running else { return }
        running = false
        endwin()
        TerminalRescue.shared.setActive(false)
        TerminalRescue.shared.disarm()
        delscreen(screen)
        if files.owned {
            fclose(files.input)
            fclose(files.output)
        }
    }
}
