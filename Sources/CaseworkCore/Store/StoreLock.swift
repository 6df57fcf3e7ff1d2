#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The writers' lock: `flock` on `.lock`, through one open file description per store instance, so two instances
/// (two threads, two processes) exclude each other. Never `fcntl` locks, which any close of the file drops.
final class StoreLock {
    private let file: OpenFile
    /// How long a writer waits before giving up with a clear error.
    let patience: Duration

    init(directory: DataDirectory, patience: Duration) throws {
        file = try directory.open(DataDirectory.lockFile, flags: O_RDWR | O_CREAT)
        self.patience = patience
    }

    /// Takes the lock now if it is free.
    func tryAcquire() throws -> Bool {
        if retrying({ flock(file.fd, LOCK_EX | LOCK_NB) }) == 0 { return true }
        guard errno == EWOULDBLOCK else { throw StoreError.lockUnavailable(path: file.name, reason: Errno.text) }
        return false
    }

    /// Waits for the lock, polling with growing pauses (a blocking `flock` cannot time out), then gives up.
    func acquire() throws {
        var pause: Duration = .microseconds(50)
        var waited: Duration = .zero
        while try !tryAcquire() {
            guard waited < patience else {
                throw StoreError.lockUnavailable(
                    path: file.name, reason: "another Casework process has held it for \(patience); try again")
            }
            Self.sleep(pause)
            waited += pause
            pause = min(pause * 2, .milliseconds(5))
        }
    }

    func release() { _ = flock(file.fd, LOCK_UN) }

    private static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
