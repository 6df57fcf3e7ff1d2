import ArgumentParser
import CaseworkCore
import CaseworkUI
import Foundation

struct DiaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a diary as an iCalendar (.ics) file for Outlook and other calendars.",
        usage: "casework diary export (--officer <id> | --team) [--from <date>] [--to <date>] --ics <file>|-",
        discussion: """
            RFC 5545, METHOD:PUBLISH: one event per appointment, cancelled ones as STATUS:CANCELLED, each with a UID that \
            stays the same across exports so importing again updates rather than duplicates. Events carry the case ref \
            and the kind of appointment, never a name, address or phone; restricted cases say only "Restricted". By \
            default from 4 weeks ago to 12 weeks ahead. The file is written readable by you alone.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var range: DiaryRange
    @Option(help: ArgumentHelp("Where to write: a file, or - for standard output.", valueName: "file")) var ics: String

    func validate() throws {
        guard range.team || range.officer != nil else { throw ValidationError("give --officer <id> or --team") }
        guard !ics.isEmpty else { throw ValidationError("--ics: empty; use a file name or -") }
    }

    func run() throws {
        let session = try Session.open(global)
        let diary = try DiaryContext.load(session)
        let officers = Set(try diary.officers(officer: range.officer, team: range.team))
        let (first, last) = range.days(today: session.today, defaultLength: 16 * 7, startingBack: 28)
        var entries: [DiaryCalendar.Entry] = []
        for summary in diary.summaries {
            for appointment in summary.appointments where officers.contains(appointment.officer) && appointment.on >= first
                && appointment.on <= last {
                entries.append(.init(ref: summary.ref, appointment: appointment, restricted: summary.restricted))
            }
        }
        entries.sort { ($0.appointment.start, $0.ref) < ($1.appointment.start, $1.ref) }
        let name = officers.count == 1 ? diary.name(officers.first!) + ", " + session.store.meta.name : session.store.meta.name
        let calendar = DiaryCalendar(dataSet: session.store.meta.createdAt, stamp: session.clock.now(), name: name)
        let bytes = Data(calendar.document(entries).utf8)
        if ics == "-" {
            // Escaped by RFC 5545's rules already (no control character but the CRLF line ends it must keep).
            FileHandle.standardOutput.write(bytes)
        } else {
            try ExportFile.write(bytes, to: ics)
            warn("wrote \(entries.count) appointment\(entries.count == 1 ? "" : "s") from \(first) to \(last) to \(ics)")
        }
    }
}

struct DiaryForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Demand against capacity: presentations, slots, the interview backlog and its projection, relief slots.",
        usage: "casework diary forecast [--weeks <n>] [--json]",
        discussion: """
            For this week (what is left of it) and the weeks after: next backlog = max(0, backlog + presentations − \
            interview slots × (1 − the missed rate of the last 8 weeks)); load = presentations ÷ slots; relief slots = the \
            extra slots a week needed to bring the backlog back to the target wait (diary.json, default 10 working days) \
            within 4 weeks, by Little's law. Presentations are the last 8 weeks' average unless diary.json sets a figure.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many weeks, this one included.") var weeks = 5
    @Flag(help: "Print JSON: {weeks: [{week, presentations, slots, booked, free, backlogStart, backlogEnd, load, reliefSlots, projected}], …}.")
    var json = false

    func validate() throws {
        guard (1...26).contains(weeks) else { throw ValidationError("--weeks must be between 1 and 26") }
    }

    func run() throws {
        let session = try Session.open(global)
        let diary = try DiaryContext.load(session, from: session.today.adding(days: -session.today.weekday))
        let forecast = DiaryForecast(summaries: diary.summaries, calendar: diary.calendar, book: diary.book, now: diary.now, weeks: weeks)
        if json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("weeks")
            writer.beginArray()
            for week in forecast.weeks {
                writer.newline()
                writer.beginObject()
                writer.key("week"); writer.string(week.label)
                writer.key("monday"); writer.string(week.monday.iso)
                writer.key("presentations"); writer.number(week.presentations)
                writer.key("slots"); writer.int(week.slots)
                writer.key("booked"); writer.int(week.booked)
                writer.key("free"); writer.int(week.free)
                writer.key("backlogStart"); writer.number(week.backlogStart)
                writer.key("backlogEnd"); writer.number(week.backlogEnd)
                writer.key("load"); writer.number(week.load)
                writer.key("reliefSlots"); writer.int(week.reliefSlots)
                writer.key("projected"); writer.bool(week.backlogExceedsSlots)
                writer.endObject()
            }
            writer.newline()
            writer.endArray()
            writer.key("backlogExceedsSlotsFrom"); writer.string(forecast.backlogExceedsSlotsFrom?.label)
            writer.key("missedRate"); writer.number((forecast.missedRate * 1000).rounded() / 1000)
            writer.key("presentationsFrom"); writer.string(forecast.presentationsFromSetting ? "setting" : "last-8-weeks")
            writer.key("targetWaitWorkingDays"); writer.int(forecast.targetWaitWorkingDays)
            writer.endObject()
            DiaryJSON.emit(writer)
            return
        }
        var out = "WEEK      PRESENT  SLOTS  BOOKED  BACKLOG  → END  LOAD  RELIEF\n"
        for week in forecast.weeks {
            out += [TextFit.padRight(week.label, to: 9), TextFit.padLeft(String(format: "%.1f", week.presentations), to: 7),
                    TextFit.padLeft(String(week.slots), to: 6), TextFit.padLeft(String(week.booked), to: 7),
                    TextFit.padLeft(String(format: "%.1f", week.backlogStart), to: 8), TextFit.padLeft(String(format: "%.1f", week.backlogEnd), to: 6),
                    TextFit.padLeft(week.load.map { String(format: "%.2f", $0) } ?? "-", to: 5), TextFit.padLeft(String(week.reliefSlots), to: 7)]
                .joined(separator: " ") + (week.backlogExceedsSlots ? "  backlog over slots" : "") + "\n"
        }
        out += "Presentations: " + (forecast.presentationsFromSetting ? "the manager's figure" : "the last 8 weeks' average")
            + String(format: "; missed rate %.0f%%", forecast.missedRate * 100) + "; target wait \(forecast.targetWaitWorkingDays) working days.\n"
        if let week = forecast.backlogExceedsSlotsFrom { out += "The backlog is first projected to exceed the slots in \(week.label).\n" }
        StandardStreams.out(out)
    }
}
