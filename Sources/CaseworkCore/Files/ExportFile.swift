#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file a person asked for (a calendar export), written whole or not at all, and readable by its owner only
/// from the start: exports carry case refs, and calendars leak.
public enum ExportFile {
    public static func write(_ bytes: Data, to path: String) throws {
        // Replacing is for a previous export: never a device, a directory or a link (`--ics /dev/null` would be one).
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw StoreError.io(path: path, reason: "exists and is not a regular file; use - to write to standard output")
        }
        let staging = path + ".casework-\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: staging, contents: bytes, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.io(path: path, reason: "cannot write the export there")
        }
        guard rename(staging, path) == 0 else {
            let reason = Errno.text
            unlink(staging)
            throw StoreError.io(path: path, reason: reason)
        }
    }
}
