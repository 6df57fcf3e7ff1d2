import CaseworkCore

/// A line typed after `:`, the alternative to every F-key for terminals that send odd codes.
public enum ColonCommand: Hashable, Sendable {
    case quit
    case help
    case queue
    case show(ScreenID)
    case open(ref: String)
    case mine
    case route(Team?)
    case status(CaseStatus?)
    case officer(QueueFilter.Officer?)
    case sort(QueueColumn?, ascending: Bool)
    case clear
    case reload
    case redraw

    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// One command as the `:` line takes it: its words, how help writes it, and how its argument is read.
    struct Spec: Sendable {
        /// The command's words, the one help shows first.
        let names: [String]
        /// How help writes it: ":route TEAM".
        let usage: String
        let help: String
        /// A line that runs it, for the test that every listed command parses.
        let example: String
        /// The words its argument may be, for Tab on the `:` line.
        var arguments: @Sendable (ConsoleContext) -> [String] = { _ in [] }
        let parse: @Sendable (_ argument: String, _ context: ConsoleContext) -> Result<ColonCommand, Problem>
    }

    private static func plain(_ names: [String], _ command: ColonCommand, _ help: String, usage: String? = nil) -> Spec {
        Spec(names: names, usage: usage ?? ":" + names[0], help: help, example: names[0]) { _, _ in .success(command) }
    }

    /// The words Tab completes an argument to, with the plain word for "no narrowing" last.
    static let teamWords = Team.allCases.map(\.rawValue) + ["all"]
    static let statusWords = CaseStatus.allCases.filter(\.isAwaitingTriageOrAppointment).map(\.rawValue) + ["all"]
    static let sortWords = QueueColumn.allCases.map(\.command) + QueueColumn.allCases.map { "-" + $0.command } + ["priority"]

    /// Every command, in the order help lists them: the table the `:` line parses with and help is made from.
    static let table: [Spec] = [
        plain(["q", "q!", "quit", "exit", "wq"], .quit, "quit (F10)", usage: ":q"),
        plain(["help", "h", "?"], .help, "this help (F1)"),
        plain(["queue"], .queue, "back to the queue (F2)"),
        Spec(names: ["open", "o"], usage: ":open REF", help: "open a case: :open H-0042, :open h-42 or :open 42", example: "open 42") { argument, _ in
            openCommand(argument)
        },
        plain(["mine"], .mine, "only my cases, or everyone's again"),
        Spec(names: ["route"], usage: ":route TEAM", help: "refuge, young-people, intensive, council, all", example: "route refuge",
             arguments: { _ in teamWords }) { argument, _ in routeCommand(argument) },
        Spec(names: ["status"], usage: ":status S", help: "received, triage, routed, appointment-booked, all",
             example: "status triage", arguments: { _ in statusWords }) { argument, _ in statusCommand(argument) },
        Spec(names: ["officer"], usage: ":officer ID", help: "a staff id, none (unassigned) or all", example: "officer none",
             arguments: { context in context.staff.members.map(\.id) + ["me", "none", "all"] }) { argument, context in
            officerCommand(argument, context: context)
        },
        Spec(names: ["sort"], usage: ":sort COLUMN", help: ":sort days, :sort -days (reversed), :sort loss asc; :sort alone: priority order",
             example: "sort days", arguments: { _ in sortWords }) { argument, _ in sortCommand(argument) },
        plain(["clear"], .clear, "clear every filter"),
        plain(["reload", "e"], .reload, "read the open case again"),
        plain(["redraw"], .redraw, "redraw the screen (Ctrl-L)"),
    ]

    /// The table with a command for each registered screen (":diary").
    static func specs(_ screens: [ScreenEntry] = ScreenRegistry.entries) -> [Spec] {
        table + screens.map { entry in
            plain([entry.command], .show(entry.id), "\(entry.help) (F\(entry.functionKey))")
        }
    }

    /// Every command with what it does, for the help overlay.
    static func helpEntries(_ screens: [ScreenEntry] = ScreenRegistry.entries) -> [HelpOverlay.Entry] {
        specs(screens).map { .init($0.usage, $0.help) }
    }

    /// Reads a command line (without the colon). Staff ids are checked here so a typo is caught before it filters.
    public static func parse(_ line: String, context: ConsoleContext) -> Result<ColonCommand, Problem> {
        parse(line, context: context, screens: ScreenRegistry.entries)
    }

    static func parse(_ line: String, context: ConsoleContext, screens: [ScreenEntry]) -> Result<ColonCommand, Problem> {
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first?.lowercased() else { return .failure(Problem(description: "type a command after the colon; :help lists them")) }
        let argument = words.dropFirst().joined(separator: " ")
        guard let spec = specs(screens).first(where: { $0.names.contains(name) }) else {
            return .failure(Problem(description: "unknown command :\(name); :help lists them"))
        }
        return spec.parse(argument, context)
    }

    /// Tab on the `:` line: the words the last word of `line` may become (a command's name, then its argument).
    static func completions(of line: String, context: ConsoleContext, screens: [ScreenEntry]) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let typed = (words.last ?? "").lowercased()
        let candidates: [String]
        if words.count <= 1 {
            candidates = specs(screens).map { $0.names.first(where: { $0.count > 1 }) ?? $0.names[0] }
        } else if words.count == 2, let spec = specs(screens).first(where: { $0.names.contains(words[0].lowercased()) }) {
            candidates = spec.arguments(context)
        } else {
            candidates = []
        }
        return candidates.filter { $0.lowercased().hasPrefix(typed) }
    }

    /// Refs as the command line takes them (`H-0042`, `h-42`, `H-42`, `42`); anything else is refused here, so a typo
    /// is not reported as a case the store could not find.
    static func openCommand(_ argument: String) -> Result<ColonCommand, Problem> {
        guard !argument.isEmpty else { return .failure(Problem(description: ":open needs a case ref, e.g. :open H-0042")) }
        guard let ref = CaseRef.parse(argument) else {
            return .failure(Problem(description: "\"\(argument)\" is not a case reference; type it as H-0042, h-42 or 42"))
        }
        return .success(.open(ref: ref))
    }

    static func routeCommand(_ argument: String) -> Result<ColonCommand, Problem> {
        let word = argument.lowercased()
        if ["", "all", "any"].contains(word) { return .success(.route(nil)) }
        if let team = Team.allCases.first(where: { $0.rawValue == word || $0.short.lowercased() == word }) {
            return .success(.route(team))
        }
        return .failure(Problem(description: "no route '\(argument)'; use " + Team.allCases.map(\.rawValue).joined(separator: ", ") + " or all"))
    }

    static func statusCommand(_ argument: String) -> Result<ColonCommand, Problem> {
        let word = argument.lowercased().replacingOccurrences(of: " ", with: "-")
        let queued = CaseStatus.allCases.filter(\.isAwaitingTriageOrAppointment)
        if ["", "all", "any"].contains(word) { return .success(.status(nil)) }
        let aliases: [String: CaseStatus] = ["in-triage": .triage, "appointment": .appointmentBooked, "booked": .appointmentBooked]
        guard let status = CaseStatus(rawValue: word) ?? aliases[word] else {
            return .failure(Problem(description: "no status '\(argument)'; use " + queued.map(\.rawValue).joined(separator: ", ") + " or all"))
        }
        guard queued.contains(status) else {
            return .failure(Problem(description: "\(status.label) cases are not in the triage queue; use "
                + queued.map(\.rawValue).joined(separator: ", ") + " or all"))
        }
        return .success(.status(status))
    }

    static func officerCommand(_ argument: String, context: ConsoleContext) -> Result<ColonCommand, Problem> {
        let word = argument.lowercased()
        switch word {
        case "", "all", "any": return .success(.officer(nil))
        case "none", "unassigned": return .success(.officer(.unassigned))
        case "me", "mine": return .success(.officer(.assigned(context.actor.id)))
        default:
            if word == context.actor.id.lowercased() { return .success(.officer(.assigned(context.actor.id))) }
            guard let member = context.staff.members.first(where: { $0.id.lowercased() == word }) else {
                return .failure(Problem(description: "no officer '\(argument)' in the staff directory; use a staff id, none or all"))
            }
            return .success(.officer(.assigned(member.id)))
        }
    }

    /// `:sort days` puts the most pressing first (the longest wait); `-days` or `days reversed` the other way round;
    /// `asc` and `desc` say the direction outright.
    static func sortCommand(_ argument: String) -> Result<ColonCommand, Problem> {
        var words = argument.lowercased().split(separator: " ").map(String.init)
        guard var name = words.first else { return .success(.sort(nil, ascending: true)) }
        let reversed = name.hasPrefix("-")
        if reversed { name.removeFirst() }
        words.removeFirst()
        if name == "priority" { return .success(.sort(nil, ascending: true)) }
        guard let column = QueueColumn(command: name) else {
            let names = QueueColumn.allCases.map(\.command).joined(separator: ", ")
            return .failure(Problem(description: "no column '\(name)'; use one of \(names)"))
        }
        var ascending = column.sortsDescendingFirst == reversed
        switch words.first {
        case nil: break
        case "asc"?: ascending = true
        case "desc"?: ascending = false
        case "reverse"?, "reversed"?: ascending.toggle()
        default: return .failure(Problem(description: ":sort takes a column, then optionally asc, desc or reversed"))
        }
        return .success(.sort(column, ascending: ascending))
    }
}
