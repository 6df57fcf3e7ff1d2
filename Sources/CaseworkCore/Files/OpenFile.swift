#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file descriptor with the few calls the store needs, each failing with the file's name (relative to the data
/// directory, never a record's content) and errno's words. Closed when released. Immutable, and its positional
/// reads are safe from any thread, which lets the index be read in parallel pieces.
final class OpenFile: @unchecked Sendable {
    let fd: Int32
    /// How errors name the file.
    let name: String

    private init(fd: Int32, name: String) {
        self.fd = fd
        self.name = name
    }

    deinit { _ = close(fd) }

    /// Opens `path`; with `O_CREAT`, a file this call creates gets exactly `mode`, whatever the umask.
    static func open(_ path: String, name: String, flags: Int32, mode: mode_t = 0o600) throws -> OpenFile {
        if flags & O_CREAT != 0 {
            let fd = retrying { sysOpen(path, flags | O_CREAT | O_EXCL | O_CLOEXEC, mode) }
            if fd >= 0 {
                let file = OpenFile(fd: fd, name: name)
                guard fchmod(fd, mode) == 0 else { throw StoreError.io(path: name, reason: Errno.text) }
                return file
            }
            guard errno == EEXIST, flags & O_EXCL == 0 else { throw StoreError.io(path: name, reason: Errno.text) }
        }
        let fd = retrying { sysOpen(path, flags & ~O_CREAT | O_CLOEXEC, 0) }
        guard fd >= 0 else { throw StoreError.io(path: name, reason: Errno.text) }
        return OpenFile(fd: fd, name: name)
    }

    /// Opens an existing file for reading, or returns nil when there is none.
    static func openIfExists(_ path: String, name: String) throws -> OpenFile? {
        let fd = retrying { sysOpen(path, O_RDONLY | O_CLOEXEC, 0) }
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StoreError.io(path: name, reason: Errno.text)
        }
        return OpenFile(fd: fd, name: name)
    }

    /// Opens a directory for `fsync` (making renames and new entries in it durable) or for listing.
    static func directory(_ path: String, name: String) throws -> OpenFile {
        try open(path, name: name, flags: O_RDONLY | O_DIRECTORY)
    }

    func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let count = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(path: name, reason: Errno.text)
            }
            done += count
        }
    }

    func writeAll(_ bytes: [UInt8]) throws { try bytes.withUnsafeBytes { try writeAll($0) } }

    /// Data and metadata on disk (a new file's size and blocks; a directory's entries).
    func sync() throws {
        guard retrying({ fsync(fd) }) == 0 else { throw StoreError.io(path: name, reason: "fsync: " + Errno.text) }
    }

    /// Data on disk, and the metadata needed to read it back: enough for an append-only log.
    func syncData() throws {
        guard retrying({ fdatasync(fd) }) == 0 else { throw StoreError.io(path: name, reason: "fdatasync: " + Errno.text) }
    }

    func status() throws -> stat {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError.io(path: name, reason: Errno.text) }
        return info
    }

    func size() throws -> Int { Int(try status().st_size) }

    /// Up to `count` bytes from `offset`; fewer only at the end of the file.
    func read(at offset: Int, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = try bytes.withUnsafeMutableBytes { try read(into: $0, at: offset) }
        bytes.removeLast(count - got)
        return bytes
    }

    /// Fills `buffer` from `offset` as far as the file goes; returns how many bytes came.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        var done = 0
        while done < buffer.count {
            let count = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(path: name, reason: Errno.text)
            }
            if count == 0 { break }
            done += count
        }
        return done
    }

    /// The whole file from the start.
    func readAll() throws -> [UInt8] { try read(at: 0, count: size()) }

    func truncate(to length: Int) throws {
        guard retrying({ ftruncate(fd, off_t(length)) }) == 0 else { throw StoreError.io(path: name, reason: Errno.text) }
    }
}

/// The system's `open`, out of reach of the member of the same name.
private func sysOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }

/// Runs a system call again while it is interrupted by a signal.
func retrying(_ call: () -> Int32) -> Int32 {
    while true {
        let result = call()
        if result >= 0 || errno != EINTR { return result }
    }
}

enum Errno {
    /// The words for the current `errno`.
    static var text: String { String(cString: strerror(errno)) }
}
