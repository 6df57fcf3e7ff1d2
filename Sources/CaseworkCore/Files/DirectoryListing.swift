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

    /// True when an entry's name passes `test`; stops at the first that does, so a full directory costs one
    /// `readdir` batch, not a listing.
    static func contains(at path: String, name: String, where test: (String) -> Bool) throws -> Bool {
        var found = false
        try visit(at: path, name: name) { entry in
            found = test(entry)
            return !found
        }
        return found
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
