import ArgumentParser
import CaseworkCore
import Foundation

/// The options every command takes. Each also reads an environment variable, for demos and tests.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The caseload's data directory (env CASEWORK_DATA).", valueName: "path"))
    var dataDir: String?

    @Option(help: ArgumentHelp("Treat this day as today for every rule and timestamp (env CASEWORK_TODAY).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: ArgumentHelp("Act as this member of staff (env CASEWORK_USER; default: the login name).", valueName: "id"))
    var user: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The data directory: the option, then CASEWORK_DATA, then the per-user demo directory.
    var location: URL {
        if let path = dataDir ?? environment["CASEWORK_DATA"], !path.isEmpty {
            return URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        }
        return DataLocation.defaultDemo(environment: environment)
    }

    var usesDefaultLocation: Bool { (dataDir ?? environment["CASEWORK_DATA"] ?? "").isEmpty }

    func clock() throws -> Clock {
        let pinned = try pinnedToday()
        return Clock.system(today: pinned)
    }

    func pinnedToday() throws -> Day? {
        let (text, source) = today.map { ($0, "--today") } ?? (environment["CASEWORK_TODAY"].map { ($0, "CASEWORK_TODAY") } ?? ("", ""))
        guard !text.isEmpty else { return nil }
        guard let day = Day(iso: text) else {
            throw ValidationError("\(source): \"\(text)\" is not a date YYYY-MM-DD")
        }
        return day
    }

    /// Who is at the keyboard before the staff directory has checked them.
    var userID: String {
        if let id = user ?? environment["CASEWORK_USER"], !id.isEmpty { return id }
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }
}

enum DataLocation {
    /// `$XDG_DATA_HOME/casework/demo`, or `~/.local/share/casework/demo`.
    static func defaultDemo(environment: [String: String]) -> URL {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }?.appendingPathComponent(".local/share")
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return base.appendingPathComponent("casework/demo")
    }
}

/// The case a command acts on, typed as `H-0042`, `h-42` or `42`.
struct CaseRefArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The case reference: H-0042, h-42 or 42.", valueName: "ref"))
    var ref: String

    var normalised: String { CaseRef.normalised(ref) }
}
