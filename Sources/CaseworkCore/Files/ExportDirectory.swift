#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A directory a report is written into (outside the data directory): made private if it is new, each file written
/// as `ExportFile` writes one (whole, renamed into place, 0600: a return holds case-level and may hold personal data).
public struct ExportDirectory: Sendable {
    public let path: String

    public init(path: String) throws {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        var info = stat()
        if stat(self.path, &info) != 0 {
            guard errno == ENOENT, mkdir(self.path, 0o700) == 0 else { throw StoreError.io(path: self.path, reason: Errno.text) }
        } else if info.st_mode & S_IFMT != S_IFDIR {
            throw StoreError.io(path: self.path, reason: "exists and is not a directory")
        }
    }

    public func write(_ name: String, _ bytes: [UInt8]) throws {
        try ExportFile.write(String(decoding: bytes, as: UTF8.self), to: path + "/" + name)
    }

    /// Removes `name` if it is there; true when it was.
    public func remove(_ name: String) throws -> Bool {
        guard unlink(path + "/" + name) == 0 else {
            guard errno == ENOENT else { throw StoreError.io(path: name, reason: Errno.text) }
            return false
        }
        return true
    }
}
