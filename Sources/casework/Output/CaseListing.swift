import CaseworkCore
import CaseworkUI
import Foundation

/// `case list` output: a table for people, JSON for scripts. Restricted names are masked for those not entitled.
enum CaseListing {
    static func writeJSON(_ rows: [CaseSummary], session: Session) {
        var writer = JSONWriter(reservingCapacity: rows.count * 220)
        writer.beginArray()
        for summary in rows {
            writer.newline()
            writer.beginObject()
            writer.key("ref"); writer.string(summary.ref)
            writer.key("revision"); writer.int(summary.revision)
            writer.key("status"); writer.string(summary.status.rawValue)
            writer.key("name"); writer.string(CaseAccess.displayName(summary, as: session.actor))
            writer.key("restricted"); writer.bool(summary.restricted)
            writer.key("officer"); writer.string(summary.assignedOfficer)
            writer.key("receivedOn"); writer.string(summary.receivedOn.iso)
            writer.key("household"); writer.string(HouseholdMakeup(summary, on: session.today).code)
            writer.key("route"); writer.string(summary.route?.team.rawValue)
            writer.key("activeDuty"); writer.string(summary.activeDuty?.kind.rawValue)
            // The online form's reference finds the applicant in another system: masked like the name.
            writer.key("externalId"); writer.string(CaseAccess.mayView(summary, as: session.actor) ? summary.externalId : nil)
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
        for summary in rows {
            let name = TextFit.truncate(ControlCharacters.printable(CaseAccess.displayName(summary, as: session.actor)), to: 28)
            out += [pad(summary.ref, 8), pad(summary.status.rawValue, 19), pad(name, 28), pad(summary.assignedOfficer ?? "-", 9),
                    summary.receivedOn.iso].joined(separator: " ") + "\n"
        }
        out += "\(rows.count) case\(rows.count == 1 ? "" : "s")\n"
        StandardStreams.out(out)
    }

    static func pad(_ text: String, _ width: Int) -> String { TextFit.padRight(text, to: width) }
}
