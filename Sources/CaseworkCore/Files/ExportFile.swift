import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written outside the data directory at a person's request (a plan letter to `--out FILE`, a calendar to
/// `--ics FILE`): staged beside its target, synced and renamed over it, so a reader never sees half of it, and private
/// to its owner (0600) from the start, since letters hold a household's details and calendars leak. Errors name the
/// file as it was given and errno's words, nothing more.
public enum ExportFile {
    public static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }

    public static func write(_ bytes: Data, to path: String) throws {
        // Replacing is for a previous export: never a device, a directory or a link (`--ics /dev/null` would be one).
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw StoreError.io(path: path, reason: "exists and is not a regular file; use - to write to standard output")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let staging = folder + "/." + url.lastPathComponent + ".\(getpid()).\(String(UInt32.random(in: .min ... .max), radix: 16)).tmp"
        do {
            let file = try OpenFile.open(staging, name: path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
            try file.writeAll(Array(bytes))
            try file.sync()
            guard rename(staging, url.path) == 0 else { throw StoreError.io(path: path, reason: Errno.text) }
            try OpenFile.open(folder, name: path, flags: O_RDONLY | O_DIRECTORY).sync()
        } catch {
            _ = unlink(staging)
            throw error
        }
    }
}
