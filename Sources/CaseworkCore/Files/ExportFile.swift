import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written outside the data directory at a person's request (a letter to `--out FILE`): written
/// beside its target and renamed over it, so a reader never sees half a letter, and private to its owner (0600)
/// since it holds a household's details. Errors name the file as it was given and errno's words, nothing more.
public enum ExportFile {
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).\(String(UInt32.random(in: .min ... .max), radix: 16)).tmp"
        do {
            let file = try OpenFile.open(temporary, name: path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
            try file.writeAll(Array(text.utf8))
            try file.sync()
            guard rename(temporary, url.path) == 0 else { throw StoreError.io(path: path, reason: Errno.text) }
            try OpenFile.open(folder, name: path, flags: O_RDONLY | O_DIRECTORY).sync()
        } catch {
            _ = unlink(temporary)
            throw error
        }
    }
}
