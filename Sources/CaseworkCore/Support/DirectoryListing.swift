#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in a directory, through `readdir`: cheap enough to run at every lock when the directory is empty.
enum DirectoryListing {
    /// Every entry but `.` and `..`, unsorted. A missing directory is empty.
    static func names(at path: String, name: String) throws -> [String] {
        guard let dir = opendir(path) else {
            if errno == ENOENT { return [] }
            throw StoreError.io(path: name, reason: Errno.text)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let entryName = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if entryName != "." && entryName != ".." { names.append(entryName) }
        }
        return names
    }
}
