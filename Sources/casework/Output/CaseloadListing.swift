import CaseworkCore
import CaseworkUI
import Foundation

/// `case list --scope`: each caseload with the columns that matter there.
enum CaseloadListing {
    static func table(_ rows: [CaseloadRow], scope: CaseloadScope, today: Day) -> String {
        func pad(_ text: String, _ width: Int) -> String { TextFit.padRight(TextFit.truncate(text, to: width), to: width) }
        var out = [pad("REF", 8), pad("NAME", 24), pad("OFFICER", 9), pad("STATUS", 18), pad("DUTY", 16), pad("LAST DAY", 10),
                   pad("NEXT APPT", 10), pad("PLAN", 11), scope == .triage ? "SCORE ALERT" : "ALERT"].joined(separator: " ") + "\n"
        for row in rows {
            let duty = row.duty.map { kind in "\(kind.rawValue)" + (row.dutyDay.map { kind == .main ? " day \($0)" : " day \($0)/56" } ?? "") } ?? "-"
            let plan = switch row.plan {
            case .settled: "agreed"
            case .notSettled: "not agreed"
            case .notDue: "-"
            }
            let alert = row.worstAlert.map { row.visible ? "\($0.severity.rawValue) \($0.kind.rawValue)" : $0.severity.rawValue } ?? "-"
            var cells = [pad(row.ref, 8), pad(ControlCharacters.printable(row.name), 24), pad(ControlCharacters.printable(row.officer ?? "-"), 9),
                         pad(row.status.rawValue, 18), pad(duty, 16), pad(row.dutyLastDay?.iso ?? "-", 10),
                         pad(row.nextAppointmentOn?.iso ?? "-", 10), pad(plan, 11)]
            if scope == .triage { cells.append(pad(String(Int(row.queueKey.score.rounded())), 5)) }
            out += (cells + [alert]).joined(separator: " ") + "\n"
        }
        return out + "\(rows.count) case\(rows.count == 1 ? "" : "s") in \(scope.label.lowercased())\n"
    }

    static func json(_ rows: [CaseloadRow], scope: CaseloadScope) -> String {
        var writer = JSONWriter(reservingCapacity: rows.count * 300)
        writer.beginArray()
        for row in rows {
            writer.newline()
            writer.beginObject()
            writer.key("ref"); writer.string(row.ref)
            writer.key("name"); writer.string(row.name)
            writer.key("restricted"); writer.bool(!row.visible)
            writer.key("officer"); writer.string(row.officer)
            writer.key("status"); writer.string(row.status.rawValue)
            writer.key("receivedOn"); writer.string(row.receivedOn.iso)
            writer.key("duty"); writer.string(row.duty?.rawValue)
            writer.key("dutyDay"); writer.int(row.dutyDay)
            writer.key("dutyLastDay"); writer.string(row.dutyLastDay?.iso)
            writer.key("nextAppointmentOn"); writer.string(row.nextAppointmentOn?.iso)
            writer.key("plan"); writer.string(row.plan.rawValue)
            writer.key("overdueStepOn"); writer.string(row.overdueStepOn?.iso)
            writer.key("worstAlert")
            if let alert = row.worstAlert {
                writer.beginObject()
                writer.key("severity"); writer.string(alert.severity.rawValue)
                writer.key("kind"); writer.string(row.visible ? alert.kind.rawValue : nil)
                writer.key("dueOn"); writer.string(row.visible ? alert.dueOn.iso : nil)
                writer.endObject()
            } else {
                writer.string(nil)
            }
            if scope == .triage { writer.key("score"); writer.int(Int(row.queueKey.score.rounded())) }
            writer.endObject()
        }
        if !rows.isEmpty { writer.newline() }
        writer.endArray()
        writer.newline()
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
