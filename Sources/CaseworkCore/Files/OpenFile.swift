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

    /// Opens `path` (relative to the directory `at`, or to the working directory); with `O_CREAT`, a file this call
    /// creates gets exactly `mode`, whatever the umask.
    static func open(_ path: String, at directory: Int32 = AT_FDCWD, name: String, flags: Int32,
                     mode: mode_t = 0o600) throws -> OpenFile {
        if flags & O_CREAT != 0 {
            let fd = retrying { openat(directory, path, flags | O_CREAT | O_EXCL | O_CLOEXEC, mode) }
            if fd >= 0 {
                let file = OpenFile(fd: fd, name: name)
                guard fchmod(fd, mode) == 0 else { throw StoreError.io(path: name, reason: Errno.text) }
                return file
            }
            guard errno == EEXIST, flags & O_EXCL == 0 else { throw failure(name, path, at: directory) }
        }
        let fd = retrying { openat(directory, path, flags & ~O_CREAT | O_CLOEXEC, 0) }
        guard fd >= 0 else { throw failure(name, path, at: directory) }
        return OpenFile(fd: fd, name: name)
    }

    /// Opens an existing file for reading, or returns nil when there is none.
    static func openIfExists(_ path: String, at directory: Int32 = AT_FDCWD, name: String, flags: Int32 = 0) throws -> OpenFile? {
        let fd = retrying { openat(directory, path, O_RDONLY | flags | O_CLOEXEC, 0) }
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw failure(name, path, at: directory)
        }
        return OpenFile(fd: fd, name: name)
    }

    /// The error for a failed open, in words: a link refused by `O_NOFOLLOW` (ELOOP, or ENOTDIR where a
    /// directory was wanted) is named as such.
    private static func failure(_ name: String, _ path: String, at directory: Int32) -> StoreError {
        let reason = Errno.text
        var info = stat()
        if errno == ELOOP || (errno == ENOTDIR && fstatat(directory, path, &info, AT_SYMLINK_NOFOLLOW) == 0
                              && info.st_mode & S_IFMT == S_IFLNK) {
            return .io(path: name, reason: linkRefused)
        }
        return .io(path: name, reason: reason)
    }

    static let linkRefused = "is a symbolic link, which Casework never follows inside its data directory"

    func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        try writeFully(bytes) { start, count, _ in write(fd, start, count) }
    }

    func writeAll(_ bytes: [UInt8]) throws { try bytes.withUnsafeBytes { try writeAll($0) } }

    /// Writes all of `bytes` at `offset`, leaving the file position alone.
    func writeAll(_ bytes: [UInt8], at offset: Int) throws {
        try bytes.withUnsafeBytes { raw in
            try writeFully(raw) { start, count, done in pwrite(fd, start, count, off_t(offset + done)) }
        }
    }

    /// Repeats `step` (bytes from, how many, how many done) until every byte is written: writes may be partial.
    private func writeFully(_ bytes: UnsafeRawBufferPointer, _ step: (UnsafeRawPointer, Int, Int) -> Int) throws {
        var done = 0
        while done < bytes.count {
            let count = step(bytes.baseAddress! + done, bytes.count - done, done)
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(path: name, reason: Errno.text)
            }
            done += count
        }
    }

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
