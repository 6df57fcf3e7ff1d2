#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The layout of a data directory, and how files are made in it: modes set explicitly (never left to the umask),
/// and every replacement staged in `tmp/`, synced, renamed into place and its directory synced.
///
/// Everything inside is reached from the directory itself, held open since the store opened it, one component at
/// a time and never through a symbolic link (`O_NOFOLLOW`): a `tmp/` that is a link cannot send staged records, or
/// an `audit.jsonl` that is a link appended lines, anywhere outside. Only the data directory's own path may be a link.
struct DataDirectory {
    static let metaFile = "casework.json"
    static let staffFile = "staff.json"
    static let casesDirectory = "cases"
    static let tmpDirectory = "tmp"
    static let draftsDirectory = "drafts"
    static let indexFile = "index.jsonl"
    /// The index folded, in binary: derived from the index, checked against it, never trusted (`CheckpointFormat`).
    static let checkpointFile = "index.checkpoint"
    static let auditFile = "audit.jsonl"
    static let lockFile = ".lock"

    /// Absolute path, without a trailing slash: for messages and for checking the directory is still there.
    let root: String
    /// A group-shared directory (setgid and group rwx): the team's files are group-readable and -writable.
    let shared: Bool
    /// The directory as opened: every file is reached from here, whatever happens to `root` meanwhile.
    let handle: OpenFile

    var fileMode: mode_t { shared ? 0o660 : 0o600 }
    var directoryMode: mode_t { Self.directoryMode(shared: shared) }

    static func directoryMode(shared: Bool) -> mode_t { shared ? 0o2770 : 0o700 }

    /// Opens the directory; without `shared`, reads the sharing mode from the directory itself.
    init(root: String, shared: Bool? = nil) throws {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        handle = try OpenFile.open(self.root, name: ".", flags: O_RDONLY | O_DIRECTORY)
        self.shared = try shared ?? Self.isShared(handle.status().st_mode)
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

    /// A name no other writer will choose: the kind, a stem, this process and a random part.
    static func tempName(_ kind: String, _ stem: String, extension ext: String = "json") -> String {
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        return "\(kind).\(stem).\(getpid()).\(random).\(ext)"
    }

    // MARK: Reaching a file without following links

    /// The directory holding `relative` (opened component by component, links refused) and the last component.
    private func parent(of relative: String) throws -> (directory: OpenFile, leaf: String) {
        var parts = relative.split(separator: "/").map(String.init)
        guard let leaf = parts.popLast() else { return (try openDirectory(""), ".") }
        var directory = handle
        var walked = ""
        for part in parts {
            walked += walked.isEmpty ? part : "/" + part
            let outer = directory
            directory = try withExtendedLifetime(outer) {
                try OpenFile.open(part, at: outer.fd, name: walked, flags: O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
            }
        }
        return (directory, leaf)
    }

    /// Opens `relative` without following a link anywhere along it.
    func open(_ relative: String, flags: Int32, mode: mode_t? = nil) throws -> OpenFile {
        let (directory, leaf) = try parent(of: relative)
        return try withExtendedLifetime(directory) {
            try OpenFile.open(leaf, at: directory.fd, name: relative, flags: flags | O_NOFOLLOW, mode: mode ?? fileMode)
        }
    }

    func openIfExists(_ relative: String) throws -> OpenFile? {
        let (directory, leaf) = try parent(of: relative)
        return try withExtendedLifetime(directory) { try OpenFile.openIfExists(leaf, at: directory.fd, name: relative, flags: O_NOFOLLOW) }
    }

    /// A fresh descriptor of a directory inside (or of the data directory itself, for ""), for syncing or listing.
    func openDirectory(_ relative: String) throws -> OpenFile {
        guard !relative.isEmpty else {
            return try withExtendedLifetime(handle) { try OpenFile.open(".", at: handle.fd, name: ".", flags: O_RDONLY | O_DIRECTORY) }
        }
        return try open(relative, flags: O_RDONLY | O_DIRECTORY)
    }

    /// `lstat` of `relative`: nil when it does not exist.
    func status(_ relative: String) throws -> stat? {
        let (directory, leaf) = try parent(of: relative)
        var info = stat()
        if withExtendedLifetime(directory, { fstatat(directory.fd, leaf, &info, AT_SYMLINK_NOFOLLOW) }) == 0 { return info }
        guard errno == ENOENT else { throw StoreError.io(path: relative, reason: Errno.text) }
        return nil
    }

    func exists(_ relative: String) -> Bool { (try? status(relative)) != nil }

    func isLink(_ relative: String) -> Bool { (try? status(relative)).flatMap { $0 }.map { $0.st_mode & S_IFMT == S_IFLNK } ?? false }

    /// The names in a directory inside (empty when it does not exist).
    func names(in relative: String) throws -> [String] {
        guard let folder = try openExistingDirectory(relative) else { return [] }
        return try DirectoryListing.names(of: folder)
    }

    /// True when an entry of the directory passes `test`; stops at the first that does.
    func contains(in relative: String, where test: (String) -> Bool) throws -> Bool {
        guard let folder = try openExistingDirectory(relative) else { return false }
        return try DirectoryListing.contains(in: folder, where: test)
    }

    /// The entries of a directory inside that are symbolic links.
    func links(in relative: String) throws -> [String] {
        guard let folder = try openExistingDirectory(relative) else { return [] }
        return try DirectoryListing.links(in: folder)
    }

    private func openExistingDirectory(_ relative: String) throws -> OpenFile? {
        guard try status(relative) != nil else { return nil }
        return try openDirectory(relative)
    }

    /// True while `root` still names the directory this value opened: a `demo reset` renames a caseload aside, and a
    /// writer that opened the old one must not write into it.
    func isStillAtItsPath() -> Bool {
        var now = stat()
        guard stat(root, &now) == 0, let held = try? handle.status() else { return false }
        return now.st_dev == held.st_dev && now.st_ino == held.st_ino
    }

    // MARK: Making and replacing files

    /// Makes the directory with the right mode if it is not there yet; an existing one must be a real directory.
    func makeDirectory(_ relative: String) throws {
        let (directory, leaf) = try parent(of: relative)
        if withExtendedLifetime(directory, { mkdirat(directory.fd, leaf, directoryMode) }) != 0 {
            guard errno == EEXIST else { throw StoreError.io(path: relative, reason: Errno.text) }
            _ = try openDirectory(relative)
            return
        }
        let made = try openDirectory(relative)
        guard withExtendedLifetime(made, { fchmod(made.fd, directoryMode) }) == 0 else {
            throw StoreError.io(path: relative, reason: Errno.text)
        }
    }

    /// Writes a new file in `tmp/`; synced unless the caller syncs a whole batch itself.
    func stage(_ bytes: UnsafeRawBufferPointer, as name: String, sync: Bool) throws {
        let file = try open(Self.tmpFile(name), flags: O_WRONLY | O_CREAT | O_EXCL)
        try file.writeAll(bytes)
        if sync { try file.sync() }
    }

    func rename(_ from: String, to: String) throws {
        let (source, sourceLeaf) = try parent(of: from)
        let (target, targetLeaf) = try parent(of: to)
        let renamed = withExtendedLifetime((source, target)) { renameat(source.fd, sourceLeaf, target.fd, targetLeaf) }
        guard renamed == 0 else { throw StoreError.io(path: to, reason: Errno.text) }
    }

    func remove(_ relative: String) throws {
        let (directory, leaf) = try parent(of: relative)
        let removed = withExtendedLifetime(directory) { unlinkat(directory.fd, leaf, 0) }
        guard removed == 0 || errno == ENOENT else { throw StoreError.io(path: relative, reason: Errno.text) }
    }

    /// Removes an empty directory inside.
    func removeDirectory(_ relative: String) throws {
        let (directory, leaf) = try parent(of: relative)
        let removed = withExtendedLifetime(directory) { unlinkat(directory.fd, leaf, AT_REMOVEDIR) }
        guard removed == 0 || errno == ENOENT else { throw StoreError.io(path: relative, reason: Errno.text) }
    }

    /// Makes renames and new entries in the directory survive a crash.
    func syncDirectory(_ relative: String) throws {
        try openDirectory(relative).sync()
    }

    /// Refuses, before anything commits, a layout in which the rename from `tmp/` into place could fail afterwards:
    /// the two must be real directories on one file system (a `tmp/` mounted from elsewhere fails with EXDEV).
    func checkRenames(from staging: String, to target: String) throws {
        let from = try openDirectory(staging).status(), to = try openDirectory(target).status()
        guard from.st_dev == to.st_dev else {
            throw StoreError.io(path: staging, reason: "is on another file system than \(target)/; records cannot be moved into place")
        }
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
        try openIfExists(relative).map { Data(try $0.readAll()) }
    }
}
