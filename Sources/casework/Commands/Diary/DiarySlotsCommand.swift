import ArgumentParser
import CaseworkCore
import CaseworkUI
import Foundation

struct DiarySlotsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slots",
        abstract: "List diary slots, booked and free.",
        usage: "casework diary slots [--officer <id> | --team] [--from <date>] [--to <date>] [--free] [--json]",
        discussion: "By default your own diary (or the team's, if you have none) for a week from today. --free lists only "
            + "slots that can still be booked: free and not yet begun."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var range: DiaryRange

    @Flag(help: "Only the free slots not yet begun.")
    var free = false

    @Flag(help: "Print JSON: an array of slots {id, officer, start, end, location, emergencyOnly, inPattern, ref, appointment}.")
    var json = false

    func run() throws {
        let session = try Session.open(global)
        let (first, last) = range.days(today: session.today)
        let diary = try DiaryContext.load(session, from: first)
        let officers = try diary.officers(officer: range.officer, team: range.team)
        let book = diary.book
        var entries: [DiaryEntry] = []
        for offset in 0...first.days(until: last) {
            for officer in officers {
                entries += book.entries(of: officer, on: first.adding(days: offset), calendar: diary.calendar)
            }
        }
        if free { entries = entries.filter { $0.isFree && $0.slot.start > diary.now } }
        if json {
            var writer = JSONWriter(reservingCapacity: entries.count * 200)
            writer.beginArray()
            for entry in entries {
                writer.newline()
                DiaryJSON.slot(&writer, entry.slot, booking: entry.booking, session: session)
            }
            writer.newline()
            writer.endArray()
            DiaryJSON.emit(writer)
            return
        }
        var out = [TextFit.padRight("SLOT", to: 24), TextFit.padRight("END", to: 5), TextFit.padRight("WHERE", to: 22),
                   TextFit.padRight("REF", to: 7), "APPOINTMENT"].joined(separator: " ") + "\n"
        for entry in entries {
            let slot = entry.slot
            var what = ""
            if let booking = entry.booking {
                let household = CaseAccess.mayView(booking.summary, as: session.actor)
                    ? HouseholdMakeup(booking.summary, on: session.today).code : CaseAccess.restrictedLabel
                what = "\(booking.appointment.id) \(booking.appointment.kind.label.lowercased()), \(household)"
                    + (booking.appointment.status == .booked ? "" : " (\(booking.appointment.status.rawValue))")
            } else {
                what = slot.emergencyOnly ? "free, kept for emergencies" : "free"
            }
            if !slot.inPattern { what += " [off pattern]" }
            let place = slot.isPhone ? "By phone" : ControlCharacters.printable(slot.location)
            out += [TextFit.padRight(slot.key.id, to: 24), slot.end.clock, TextFit.padRight(TextFit.truncate(place, to: 22), to: 22),
                    TextFit.padRight(entry.booking?.ref ?? "-", to: 7), what].joined(separator: " ") + "\n"
        }
        let booked = entries.filter { !$0.isFree }.count
        out += "\(entries.count) slot\(entries.count == 1 ? "" : "s"), \(booked) booked, from \(first) to \(last)\n"
        StandardStreams.out(out)
    }
}
