#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The layout of a data directory, and how files are made in it: modes set explicitly (never left to the umask),
/// and every replacement staged in `tmp/`, synced, renamed into place and its directory synced.
struct DataDirectory {
    static let metaFile = "casework.json"
    static let staffFile = "staff.json"
    static let casesDirectory = "cases"
    static let tmpDirectory = "tmp"
    static let draftsDirectory = "drafts"
    static let indexFile = "index.jsonl"
    static let auditFile = "audit.jsonl"
    static let lockFile = ".lock"

    /// Absolute path, without a trailing slash.
    let root: String
    /// A group-shared directory (setgid and group rwx): the team's files are group-readable and -writable.
    let shared: Bool

    var fileMode: mode_t { shared ? 0o660 : 0o600 }
    var directoryMode: mode_t { Self.directoryMode(shared: shared) }

    static func directoryMode(shared: Bool) -> mode_t { shared ? 0o2770 : 0o700 }

    init(root: String, shared: Bool) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.shared = shared
    }

    /// Reads the sharing mode from the directory itself.
    init(root: String) throws {
        var info = stat()
        guard stat(root, &info) == 0 else { throw StoreError.io(path: root, reason: Errno.text) }
        self.init(root: root, shared: Self.isShared(info.st_mode))
    }

    static func isShared(_ mode: mode_t) -> Bool { mode & S_ISGID != 0 && mode & 0o070 == 0o070 }

    /// ASCII letters, digits, `-`, `_` and `.` (not first), not too long: safe as one path component
    /// (refs, login ids such as `priya.shah`).
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64 && !name.hasPrefix(".") && name.utf8.allSatisfy {
            $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 &- 48 < 10 || ($0 | 0x20) &- 97 < 26
        }
    }

    static func caseFile(_ ref: String) -> String { casesDirectory + "/" + ref + ".json" }
    static func tmpFile(_ name: String) -> String { tmpDirectory + "/" + name }

    func path(_ relative: String) -> String { root + "/" + relative }

    func exists(_ relative: String) -> Bool { access(path(relative), F_OK) == 0 }

    /// A name no other writer will choose: the kind, a stem, this process and a random part.
    static func tempName(_ kind: String, _ stem: String, extension ext: String = "json") -> String {
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        return "\(kind).\(stem).\(getpid()).\(random).\(ext)"
    }

    /// Makes the directory with the right mode if it is not there yet.
    func makeDirectory(_ relative: String) throws {
        let full = path(relative)
        if mkdir(full, directoryMode) != 0 {
            guard errno == EEXIST else { throw StoreError.io(path: relative, reason: Errno.text) }
            return
        }
        guard chmod(full, directoryMode) == 0 else { throw StoreError.io(path: relative, reason: Errno.text) }
    }

    /// Writes a new file in `tmp/`; synced unless the caller syncs a whole batch itself.
    func stage(_ bytes: UnsafeRawBufferPointer, as name: String, sync: Bool) throws {
        let relative = Self.tmpFile(name)
        let file = try OpenFile.open(path(relative), name: relative, flags: O_WRONLY | O_CREAT | O_EXCL, mode: fileMode)
        try file.writeAll(bytes)
        if sync { try file.sync() }
    }

    func rename(_ from: String, to: String) throws {
        guard sysRename(path(from), path(to)) == 0 else { throw StoreError.io(path: to, reason: Errno.text) }
    }

    func remove(_ relative: String) throws {
        guard unlink(path(relative)) == 0 || errno == ENOENT else { throw StoreError.io(path: relative, reason: Errno.text) }
    }

    /// Makes renames and new entries in the directory survive a crash.
    func syncDirectory(_ relative: String) throws {
        try OpenFile.directory(relative.isEmpty ? root : path(relative), name: relative.isEmpty ? "." : relative).sync()
    }

    /// Replaces `relative` (in `directory`) with `bytes` so a crash leaves the old file or the new one, whole.
    func replaceDurably(_ relative: String, in directory: String, with bytes: Data, kind: String) throws {
        let name = Self.tempName(kind, String(relative.split(separator: "/").last ?? ""))
        try bytes.withUnsafeBytes { try stage($0, as: name, sync: true) }
        try rename(Self.tmpFile(name), to: relative)
        try syncDirectory(directory)
    }

    func read(_ relative: String) throws -> Data {
        guard let data = try readIfExists(relative) else { throw StoreError.io(path: relative, reason: "no such file") }
        return data
    }

    func readIfExists(_ relative: String) throws -> Data? {
        try OpenFile.openIfExists(path(relative), name: relative).map { Data(try $0.readAll()) }
    }
}

/// The system's `rename`, out of reach of the member of the same name.
private func sysRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
