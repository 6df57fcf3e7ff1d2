#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What signal handlers may touch: a flag for the app loop, and the bytes and tty modes that put the terminal
/// back after a crash. Plain memory allocated once, before any handler is installed, since a handler may not
/// allocate, lock or run Swift initialisers; only `write`, `tcsetattr`, `signal` and `raise` are called there.
struct TerminalRescue: @unchecked Sendable {
    /// The signal number of the last SIGHUP/SIGTERM/SIGINT, 0 when none.
    let pendingSignal: UnsafeMutablePointer<sig_atomic_t>
    /// 1 while curses owns the terminal.
    let active: UnsafeMutablePointer<sig_atomic_t>
    let savedModes: UnsafeMutablePointer<termios>
    let descriptor: UnsafeMutablePointer<Int32>
    /// Escape sequences that leave the alternate screen and show the cursor again.
    let resetBytes: UnsafeMutablePointer<UInt8>
    let resetCount: UnsafeMutablePointer<Int>
    static let capacity = 256

    static let shared = TerminalRescue()

    private init() {
        pendingSignal = .allocate(capacity: 1)
        pendingSignal.initialize(to: 0)
        active = .allocate(capacity: 1)
        active.initialize(to: 0)
        savedModes = .allocate(capacity: 1)
        savedModes.initialize(to: termios())
        descriptor = .allocate(capacity: 1)
        descriptor.initialize(to: -1)
        resetBytes = .allocate(capacity: TerminalRescue.capacity)
        resetBytes.initialize(repeating: 0, count: TerminalRescue.capacity)
        resetCount = .allocate(capacity: 1)
        resetCount.initialize(to: 0)
        atexit { TerminalRescue.shared.restore() }
    }

    static let stopSignals: [Int32] = [SIGHUP, SIGTERM, SIGINT]
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT]

    /// Remembers how to restore `descriptor` (its modes now, before curses changes them) and installs the handlers.
    func arm(descriptor fd: Int32, reset: [UInt8]) {
        descriptor.pointee = fd
        if tcgetattr(fd, savedModes) != 0 { descriptor.pointee = -1 }
        let count = min(reset.count, TerminalRescue.capacity)
        for index in 0..<count { resetBytes[index] = reset[index] }
        resetCount.pointee = count
        pendingSignal.pointee = 0
        for number in TerminalRescue.stopSignals { install(number, handler: { TerminalRescue.shared.pendingSignal.pointee = $0 }) }
        for number in TerminalRescue.fatalSignals { install(number, handler: { TerminalRescue.shared.crashed($0) }) }
    }

    func setActive(_ isActive: Bool) { active.pointee = isActive ? 1 : 0 }

    /// After a normal stop the stop signals act as usual again (the flag keeps what arrived).
    func disarm() {
        for number in TerminalRescue.stopSignals { signal(number, SIG_DFL) }
    }

    /// Puts the tty back as it was and leaves the alternate screen; does nothing once curses has stopped.
    func restore() {
        guard active.pointee == 1 else { return }
        active.pointee = 0
        if descriptor.pointee >= 0 {
            _ = write(descriptor.pointee, resetBytes, resetCount.pointee)
            _ = tcsetattr(descriptor.pointee, TCSANOW, savedModes)
        }
    }

    /// A crash: restore the terminal, then die of the same signal so the exit status and any core dump are kept.
    func crashed(_ number: Int32) {
        restore()
        signal(number, SIG_DFL)
        raise(number)
    }

    private func install(_ number: Int32, handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a stop signal interrupts the wait for a key, so the loop sees it at once.
        action.sa_flags = 0
        sigaction(number, &action, nil)
    }
}
