#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who the data directory lets in: its owner alone (0700), or a group-shared team (setgid and group rwx: 2770).
/// The top directory is the gate: closed, it keeps everyone else from every file inside, whatever their modes.
struct DirectoryAccess: Hashable, Sendable {
    /// The permission bits, setgid and sticky included.
    let mode: mode_t

    init(mode: mode_t) { self.mode = mode & 0o7777 }

    static func of(_ directory: DataDirectory) throws -> DirectoryAccess {
        DirectoryAccess(mode: try directory.handle.status().st_mode)
    }

    var shared: Bool { DataDirectory.isShared(mode) }
    var intended: mode_t { DataDirectory.directoryMode(shared: shared) }
    /// Group or other bits beyond the intended mode (what the owner allows itself is the owner's business).
    var isOpen: Bool { mode & ~intended & 0o077 != 0 }

    static func octal(_ mode: mode_t) -> String { Day.pad(Int(mode), 4, radix: 8) }

    var finding: DoctorReport.Finding? {
        guard isOpen else { return nil }
        let detail = shared
            ? "mode \(Self.octal(mode)) lets in accounts outside the group; a group-shared data directory is 2770"
            : "mode \(Self.octal(mode)) lets other accounts in; a data directory is 0700, its owner's alone "
                + "(or 2770, setgid and group rwx, to share it with a team)"
        return .init(kind: .openDirectory, file: ".", detail: detail)
    }
}
