import CaseworkCore
import Foundation

/// The diary commands' JSON, written field by field so the README's shapes are exactly what scripts get.
/// A restricted case's household shows as "Restricted" to staff not cleared, as its name does in `case list`.
enum DiaryJSON {
    static func slot(_ writer: inout JSONWriter, _ slot: DiarySlot, booking: DiaryBooking?, session: Session) {
        writer.beginObject()
        writer.key("id"); writer.string(slot.key.id)
        writer.key("officer"); writer.string(slot.officer)
        writer.key("start"); writer.string(slot.start.iso)
        writer.key("end"); writer.string(slot.end.iso)
        writer.key("location"); writer.string(slot.location)
        writer.key("emergencyOnly"); writer.bool(slot.emergencyOnly)
        writer.key("inPattern"); writer.bool(slot.inPattern)
        writer.key("ref"); writer.string(booking?.ref)
        writer.key("appointment")
        if let booking {
            appointment(&writer, booking.appointment, summary: booking.summary, session: session)
        } else {
            writer.null()
        }
        writer.endObject()
    }

    static func appointment(_ writer: inout JSONWriter, _ appointment: Appointment, summary: CaseSummary, session: Session) {
        writer.beginObject()
        writer.key("id"); writer.int(appointment.id)
        writer.key("kind"); writer.string(appointment.kind.rawValue)
        writer.key("status"); writer.string(appointment.status.rawValue)
        writer.key("sequence"); writer.int(appointment.sequence)
        writer.key("restricted"); writer.bool(summary.restricted)
        writer.key("household")
        writer.string(CaseAccess.mayView(summary, as: session.actor) ? HouseholdMakeup(summary, on: session.today).code : CaseAccess.restrictedLabel)
        // What an interview needs says something of the household: withheld with the rest of a restricted case.
        let shown = CaseAccess.mayView(summary, as: session.actor)
        writer.key("interpreter"); writer.string(shown ? appointment.interpreter.rawValue : nil)
        writer.key("thirdParty"); writer.string(shown ? appointment.thirdParty?.rawValue : nil)
        writer.key("thirdPartyArranged"); writer.bool(shown ? appointment.thirdPartyArranged : nil)
        writer.endObject()
    }

    static func reasons(_ writer: inout JSONWriter, _ reasons: [SlotReason]) {
        writer.beginArray()
        for reason in reasons {
            writer.beginObject()
            writer.key("code"); writer.string(reason.code)
            writer.key("warning"); writer.bool(reason.isWarning)
            writer.key("date"); writer.string(reason.day?.iso)
            writer.key("text"); writer.string(reason.text)
            writer.endObject()
        }
        writer.endArray()
    }

    static func emit(_ writer: JSONWriter) {
        var writer = writer
        writer.newline()
        StandardStreams.json(writer.bytes)
    }
}
