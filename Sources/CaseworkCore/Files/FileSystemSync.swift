#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `syncfs(2)`: everything written to one file system reaches the disk in one call, which is what lets the bulk
/// path skip a sync per file and stay honest. Found at run time: the Swift Glibc module hides GNU extensions.
enum FileSystemSync {
    private typealias SyncFS = @convention(c) (Int32) -> Int32

    private static let syncfs: SyncFS? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: SyncFS.self)
    }()

    /// Syncs the file system holding `file`; where `syncfs` is missing, every file system (`sync` waits on Linux).
    static func sync(containing file: OpenFile) throws {
        guard let syncfs else {
            Glibc.sync()
            return
        }
        guard retrying({ syncfs(file.fd) }) == 0 else { throw StoreError.io(path: file.name, reason: "syncfs: " + Errno.text) }
    }
}
