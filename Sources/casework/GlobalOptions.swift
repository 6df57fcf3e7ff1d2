import ArgumentParser
import CaseworkCore
import Foundation

/// The options every command takes. Each also reads an environment variable, for demos and tests.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The caseload's data directory (env CASEWORK_DATA).", valueName: "path"))
    var dataDir: String?

    @Option(help: ArgumentHelp("Treat this day as today for every rule and timestamp (env CASEWORK_TODAY).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: ArgumentHelp("In the demo, act as this member of staff (env CASEWORK_USER); on a live caseload you act as "
                               + "your login, and this may only name you.", valueName: "id"))
    var user: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The data directory: the option, then CASEWORK_DATA, then the per-user demo directory.
    var location: URL {
        if let path = dataDir ?? environment["CASEWORK_DATA"], !path.isEmpty {
            return URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        }
        return DataLocation.defaultDemo(environment: environment)
    }

    /// An empty value on the command line is a mistake (a shell variable that was not set), never "use the default".
    func validate() throws {
        if dataDir?.isEmpty == true { throw ValidationError("--data-dir: empty; use a directory") }
        if user?.isEmpty == true { throw ValidationError("--user: empty; use a staff id") }
        _ = try pinnedToday()
    }

    func clock() throws -> Clock {
        Clock.system(today: try pinnedToday())
    }

    /// The day --today or CASEWORK_TODAY pins, or nil for the real date.
    func pinnedToday() throws -> Day? {
        // An empty CASEWORK_TODAY is unset, as for CASEWORK_DATA and CASEWORK_USER: `CASEWORK_TODAY= casework …` clears it.
        let given = today.map { (text: $0, source: "--today") }
            ?? environment["CASEWORK_TODAY"].flatMap { $0.isEmpty ? nil : (text: $0, source: "CASEWORK_TODAY") }
        guard let given else { return nil }
        guard !given.text.isEmpty else { throw ValidationError("--today: empty; use YYYY-MM-DD") }
        guard let day = Day(iso: given.text) else { throw ValidationError("\(given.source): \(Quote.value(given.text)) is not a date YYYY-MM-DD") }
        return day
    }

    /// The staff id asked for with `--user` or `CASEWORK_USER`, if any.
    var requestedUser: String? {
        guard let id = user ?? environment["CASEWORK_USER"], !id.isEmpty else { return nil }
        return id
    }

    /// The operating-system account running the program, from the password database: never `$USER`, which
    /// anyone can set.
    var login: String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return NSUserName()
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

/// The case a command acts on, typed as `H-0042`, `h-42` or `42`; anything else is a usage error, not a search.
struct CaseRefArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The case reference: H-0042, h-42 or 42.", valueName: "ref"))
    var ref: String

    func validate() throws {
        guard CaseRef.parse(ref) != nil else { throw ValidationError("\(Quote.value(ref)) is not a case reference (use H-0042, h-42 or 42)") }
    }

    /// The ref as the store writes it; `validate()` has refused anything that is not one.
    var normalised: String { CaseRef.parse(ref) ?? ref }
}
