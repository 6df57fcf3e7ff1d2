import CaseworkCore
import CaseworkUI
import Foundation

/// `case list` output: a table for people, JSON for scripts. A restricted case shows only what `ListedCase` lets
/// someone not cleared for it see.
enum CaseListing {
    static func writeJSON(_ rows: [CaseSummary], session: Session) {
        var writer = JSONWriter(reservingCapacity: rows.count * 220)
        writer.beginArray()
        for row in rows {
            let summary = ListedCase.summary(row, for: session.actor)
            let masked = !CaseAccess.mayView(row, as: session.actor)
            writer.newline()
            writer.beginObject()
            writer.key("ref"); writer.string(summary.ref)
            writer.key("revision"); writer.int(summary.revision)
            writer.key("status"); writer.string(summary.status.rawValue)
            writer.key("name"); writer.string(CaseAccess.displayName(summary, as: session.actor))
            writer.key("restricted"); writer.bool(summary.restricted)
            writer.key("officer"); writer.string(summary.assignedOfficer)
            writer.key("receivedOn"); writer.string(summary.receivedOn.iso)
            writer.key("household"); writer.string(masked ? nil : HouseholdMakeup(summary, on: session.today).code)
            writer.key("route"); writer.string(summary.route?.team.rawValue)
            writer.key("activeDuty"); writer.string(summary.activeDuty?.kind.rawValue)
            // The online form's reference finds the applicant in another system: withheld like the name.
            writer.key("externalId"); writer.string(summary.externalId)
            writer.endObject()
        }
        writer.newline()
        writer.endArray()
        writer.newline()
        StandardStreams.json(writer.bytes)
    }

    static func writeTable(_ rows: [CaseSummary], session: Session) {
        var out = ""
        out.reserveCapacity(rows.count * 90)
        out += [pad("REF", 8), pad("STATUS", 19), pad("NAME", 28), pad("OFFICER", 9), "RECEIVED"].joined(separator: " ") + "\n"
        for row in rows {
            let summary = ListedCase.summary(row, for: session.actor)
            // Every column is made printable before it is padded, so widths hold whatever a file held.
            out += [pad(summary.ref, 8), pad(summary.status.rawValue, 19), pad(TextFit.truncate(cell(summary.applicantName), to: 28), 28),
                    pad(cell(summary.assignedOfficer ?? "-"), 9), summary.receivedOn.iso].joined(separator: " ") + "\n"
        }
        out += "\(rows.count) case\(rows.count == 1 ? "" : "s")\n"
        StandardStreams.out(out)
    }

    static func pad(_ text: String, _ width: Int) -> String { TextFit.padRight(text, to: width) }

    static func cell(_ text: String) -> String { ControlCharacters.printable(text) }
}
