import CaseworkCore
import CaseworkUI
import Foundation

/// `alerts` output. A restricted case the reader is not cleared for has no alerts listed (`AlertMonitor`); the count
/// line says how many such cases were left out.
enum AlertListing {
    static func table(_ alerts: [MonitoredAlert], whose: String, staff: StaffDirectory) -> String {
        var out = ""
        for item in alerts {
            let due = item.alert.dueOn.iso
            let state: String = switch item.state {
            case .open: item.escalated ? "ESCALATED" : ""
            case .acknowledged(let response): "ack " + response.by
            case .snoozed(let response): "snoozed to " + (response.until?.iso ?? "")
            }
            out += [TextFit.padRight(item.severity.rawValue, to: 6), TextFit.padRight(item.ref, to: 8), TextFit.padRight(due, to: 10),
                    TextFit.padRight(ControlCharacters.printable(item.officer ?? "-"), to: 9), TextFit.padRight(state, to: 20),
                    item.message(.commandLine)].joined(separator: " ") + "\n"
        }
        return out + "\(alerts.count) alert\(alerts.count == 1 ? "" : "s") \(whose)\n"
    }

    static func json(_ alerts: [MonitoredAlert]) -> String {
        var writer = JSONWriter(reservingCapacity: alerts.count * 300)
        writer.beginArray()
        for item in alerts {
            writer.newline()
            writer.beginObject()
            writer.key("ref"); writer.string(item.ref)
            writer.key("kind"); writer.string(item.kind.rawValue)
            writer.key("severity"); writer.string(item.severity.rawValue)
            writer.key("dueOn"); writer.string(item.alert.dueOn.iso)
            writer.key("message"); writer.string(item.message(.commandLine))
            writer.key("officer"); writer.string(item.officer)
            writer.key("state"); writer.string(item.state.name)
            writer.key("fingerprint"); writer.string(item.fingerprint)
            writer.key("escalated"); writer.bool(item.escalated)
            writer.key("escalatedTo"); writer.string(item.escalatedTo)
            writer.key("response")
            if let response = item.state.response {
                writer.beginObject()
                writer.key("action"); writer.string(response.action.rawValue)
                writer.key("by"); writer.string(response.by)
                writer.key("at"); writer.string(response.at.iso)
                writer.key("note"); writer.string(response.note)
                writer.key("until"); writer.string(response.until?.iso)
                writer.endObject()
            } else {
                writer.string(nil)
            }
            writer.endObject()
        }
        if !alerts.isEmpty { writer.newline() }
        writer.endArray()
        writer.newline()
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
