import ArgumentParser
import CaseworkCore
import CaseworkUI
import Foundation

struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "The team's lessons learnt log: record a lesson, list them, mark one acted on (managers).",
        subcommands: [LessonAdd.self, LessonList.self, LessonActedOn.self]
    )
}

struct LessonAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a lesson: what happened, and what to change.",
        usage: "casework lessons add --text <text> [<options>]")

    @OptionGroup var global: GlobalOptions

    @Option(help: "What happened.")
    var text: String

    @Option(help: "What to change.")
    var change: String?

    @Option(help: ArgumentHelp("Tags to find it by, separated by commas.", valueName: "a,b"))
    var tags: String?

    @Option(help: ArgumentHelp("The case it came from.", valueName: "ref"))
    var `case`: String?

    func validate() throws {
        if text.trimmingSpaces.isEmpty { throw ValidationError("--text: empty; say what happened") }
        if let ref = `case`, CaseRef.parse(ref) == nil { throw ValidationError("--case: \"\(ref)\" is not a case reference (use H-0042, h-42 or 42)") }
    }

    func run() throws {
        let session = try Session.open(global)
        let service = LessonService(store: session.store, clock: session.clock, actor: session.actor)
        let lesson = try service.add(text: text, change: change, tags: tags.map { $0.split(separator: ",").map(String.init) } ?? [],
                                     caseRef: `case`.flatMap(CaseRef.parse))
        print("lesson \(lesson.id) recorded")
    }
}

struct LessonList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List lessons, newest first.", usage: "casework lessons list [<options>]")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "Only lessons with this tag.")
    var tag: String?

    @Flag(help: "Only lessons not yet acted on.")
    var open = false

    @Flag(help: "Only lessons acted on.")
    var actedOn = false

    func validate() throws {
        if open, actedOn { throw ValidationError("--open and --acted-on cannot be combined") }
    }

    func run() throws {
        let session = try Session.open(global)
        let service = LessonService(store: session.store, clock: session.clock, actor: session.actor)
        let lessons = try service.list(tag: tag, actedOn: open ? false : actedOn ? true : nil)
        if json {
            var w = JSONWriter(reservingCapacity: lessons.count * 300)
            w.beginArray()
            for lesson in lessons {
                w.newline()
                w.beginObject()
                w.key("id"); w.int(lesson.id)
                w.key("recordedAt"); w.string(lesson.recordedAt.iso)
                w.key("by"); w.string(lesson.by)
                w.key("text"); w.string(lesson.text)
                w.key("change"); w.string(lesson.change)
                w.key("tags"); w.beginArray(); for tag in lesson.tags { w.string(tag) }; w.endArray()
                w.key("case"); w.string(lesson.caseRef)
                w.key("actedOnAt"); w.string(lesson.actedOnAt?.iso)
                w.key("actedOnBy"); w.string(lesson.actedOnBy)
                w.key("actedOnNote"); w.string(lesson.actedOnNote)
                w.endObject()
            }
            if !lessons.isEmpty { w.newline() }
            w.endArray()
            w.newline()
            StandardStreams.json(w.bytes)
            return
        }
        var out = ""
        for lesson in lessons {
            let state = lesson.actedOnAt.map { "acted on \($0.day) by \(lesson.actedOnBy ?? "")" } ?? "open"
            out += "\(lesson.id). \(lesson.recordedAt.day) \(lesson.by)" + (lesson.caseRef.map { " (\($0))" } ?? "")
                + (lesson.tags.isEmpty ? "" : " [\(lesson.tags.joined(separator: ", "))]") + " — \(state)\n"
            out += "   " + ControlCharacters.printable(lesson.text) + "\n"
            if let change = lesson.change { out += "   Change: " + ControlCharacters.printable(change) + "\n" }
        }
        out += "\(lessons.count) lesson\(lessons.count == 1 ? "" : "s")\n"
        StandardStreams.out(out)
    }
}

struct LessonActedOn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acted", abstract: "Mark a lesson acted on (managers).", usage: "casework lessons acted <id> [<options>]")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The lesson's number.")
    var id: Int

    @Option(help: "What was done.")
    var note: String?

    func run() throws {
        let session = try Session.open(global)
        let service = LessonService(store: session.store, clock: session.clock, actor: session.actor)
        let lesson = try service.markActedOn(id, note: note)
        print("lesson \(lesson.id) marked acted on")
    }
}
