#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in a directory, through `readdir`: cheap enough to run at every lock when the directory is empty.
enum DirectoryListing {
    /// Every entry but `.` and `..`, unsorted. A missing directory is empty.
    static func names(at path: String, name: String) throws -> [String] {
        var names: [String] = []
        try visit(at: path, name: name) { entry in
            names.append(entry)
            return true
        }
        return names
    }

    /// Every entry of an open directory but `.` and `..`.
    static func names(of directory: OpenFile) throws -> [String] {
        var names: [String] = []
        try visit(directory) { entry, _ in
            names.append(entry)
            return true
        }
        return names
    }

    /// True when an entry of an open directory passes `test`; stops at the first that does, so a full directory
    /// costs one `readdir` batch, not a listing.
    static func contains(in directory: OpenFile, where test: (String) -> Bool) throws -> Bool {
        var found = false
        try visit(directory) { entry, _ in
            found = test(entry)
            return !found
        }
        return found
    }

    /// The entries of an open directory that are symbolic links (from `readdir`'s type, or `lstat` where the file
    /// system leaves it unknown).
    static func links(in directory: OpenFile) throws -> [String] {
        var links: [String] = []
        try visit(directory) { entry, type in
            var info = stat()
            if type == UInt8(DT_LNK)
                || (type == UInt8(DT_UNKNOWN) && fstatat(directory.fd, entry, &info, AT_SYMLINK_NOFOLLOW) == 0
                    && info.st_mode & S_IFMT == S_IFLNK) {
                links.append(entry)
            }
            return true
        }
        return links
    }

    /// Hands each entry but `.` and `..` of an open directory, with its `d_type`, to `body` until it returns false.
    /// Reads through its own descriptor, so the directory's stays where it was.
    private static func visit(_ directory: OpenFile, _ body: (String, UInt8) -> Bool) throws {
        let own = dup(directory.fd)
        guard own >= 0, let dir = fdopendir(own) else {
            if own >= 0 { close(own) }
            throw StoreError.io(path: directory.name, reason: Errno.text)
        }
        defer { closedir(dir) }
        rewinddir(dir)
        while let entry = readdir(dir) {
            let entryName = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if entryName != "." && entryName != "..", !body(entryName, entry.pointee.d_type) { return }
        }
    }

    /// Hands each entry but `.` and `..` to `body` until it returns false.
    private static func visit(at path: String, name: String, _ body: (String) -> Bool) throws {
        guard let dir = opendir(path) else {
            if errno == ENOENT { return }
            throw StoreError.io(path: name, reason: Errno.text)
        }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let entryName = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if entryName != "." && entryName != "..", !body(entryName) { return }
        }
    }
}
