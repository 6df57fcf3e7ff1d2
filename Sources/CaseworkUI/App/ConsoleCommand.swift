import CaseworkCore

/// Screens of later issues: shown as "coming" in the key bar only; their key gives a short message.
public enum ComingScreen: String, CaseIterable, Sendable {
    case diary, plan, alerts

    public var functionKey: Int {
        switch self {
        case .diary: 3
        case .plan: 4
        case .alerts: 5
        }
    }

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    public var message: String {
        switch self {
        case .diary: "The diary (F3) comes in a later release"
        case .plan: "The plan editor (F4) comes in a later release"
        case .alerts: "The alerts dashboard (F5) comes in a later release"
        }
    }
}

/// A line typed after `:`, the alternative to every F-key for terminals that send odd codes.
public enum ConsoleCommand: Hashable, Sendable {
    case quit
    case help
    case queue
    case coming(ComingScreen)
    case open(ref: String)
    case mine
    case route(Team?)
    case status(CaseStatus?)
    case officer(QueueFilter.Officer?)
    case sort(QueueColumn?, ascending: Bool)
    case clear
    case reload
    case redraw

    /// Every command with what it does, for the help overlay.
    public static let helpEntries: [HelpOverlay.Entry] = [
        .init(":q", "quit (F10)"), .init(":help", "this help (F1)"), .init(":queue", "back to the queue (F2)"),
        .init(":open REF", "open a case: :open H-0042, :open h-42 or :open 42"),
        .init(":mine", "only my cases, or everyone's again"),
        .init(":route TEAM", "refuge, young-people, intensive, council, all"),
        .init(":status S", "received, triage, routed, appointment-booked, all"),
        .init(":officer ID", "a staff id, none (unassigned) or all"),
        .init(":sort COLUMN", ":sort days, :sort -days (reversed), :sort loss asc"),
        .init(":sort", "back to the priority order"),
        .init(":clear", "clear every filter"), .init(":reload", "read the open case again"),
        .init(":diary :plan", "and :alerts (F3 F4 F5): in later releases"),
    ]

    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads a command line (without the colon). Staff ids are checked here so a typo is caught before it filters.
    public static func parse(_ line: String, context: ConsoleContext) -> Result<ConsoleCommand, Problem> {
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first?.lowercased() else { return .failure(Problem(description: "type a command after the colon; :help lists them")) }
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case "q", "q!", "quit", "exit", "wq": return .success(.quit)
        case "help", "h", "?": return .success(.help)
        case "queue": return .success(.queue)
        case "mine": return .success(.mine)
        case "clear": return .success(.clear)
        case "reload", "e": return .success(.reload)
        case "redraw": return .success(.redraw)
        case "open", "o": return openCommand(argument)
        case "route": return routeCommand(argument)
        case "status": return statusCommand(argument)
        case "officer": return officerCommand(argument, context: context)
        case "sort": return sortCommand(argument)
        default:
            if let screen = ComingScreen(rawValue: name) { return .success(.coming(screen)) }
            return .failure(Problem(description: "unknown command :\(name); :help lists them"))
        }
    }

    /// Refs as the command line takes them (`H-0042`, `h-42`, `H-42`, `42`); anything else is refused here, so a typo
    /// is not reported as a case the store could not find.
    static func openCommand(_ argument: String) -> Result<ConsoleCommand, Problem> {
        guard !argument.isEmpty else { return .failure(Problem(description: ":open needs a case ref, e.g. :open H-0042")) }
        guard let ref = CaseRef.parse(argument) else {
            return .failure(Problem(description: "\"\(argument)\" is not a case reference; type it as H-0042, h-42 or 42"))
        }
        return .success(.open(ref: ref))
    }

    static func routeCommand(_ argument: String) -> Result<ConsoleCommand, Problem> {
        let word = argument.lowercased()
        if ["", "all", "any"].contains(word) { return .success(.route(nil)) }
        if let team = Team.allCases.first(where: { $0.rawValue == word || $0.short.lowercased() == word }) {
            return .success(.route(team))
        }
        return .failure(Problem(description: "no route '\(argument)'; use " + Team.allCases.map(\.rawValue).joined(separator: ", ") + " or all"))
    }

    static func statusCommand(_ argument: String) -> Result<ConsoleCommand, Problem> {
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

    static func officerCommand(_ argument: String, context: ConsoleContext) -> Result<ConsoleCommand, Problem> {
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
    static func sortCommand(_ argument: String) -> Result<ConsoleCommand, Problem> {
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
