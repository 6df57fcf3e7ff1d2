/// The diary's alerts on a case: a missed appointment with nothing booked after it (red on the second in a row
/// until someone decides about a contact warning), and an interpreter or third party not arranged from 2 working
/// days before the appointment.
extension AlertCollector {
    static let arrangementWorkingDays = 2

    mutating func appointments(_ summary: CaseSummary, calendar: WorkingCalendar = .england) {
        guard !summary.appointments.isEmpty else { return }
        for appointment in summary.appointments where appointment.status == .booked && appointment.on >= today {
            let from = calendar.adding(workingDays: -Self.arrangementWorkingDays, to: appointment.on)
            guard today >= from else { continue }
            if appointment.interpreter.isOutstanding { addDiary(.interpreterNotArranged, .amber, due: appointment.on) }
            if appointment.thirdPartyOutstanding { addDiary(.thirdPartyNotArranged, .amber, due: appointment.on) }
        }
        let ordered = summary.appointments.filter { $0.status != .cancelled }.sorted { $0.start < $1.start }
        guard let last = ordered.last, last.status == .missed else { return }
        var inARow = 0
        for appointment in ordered.reversed() {
            if appointment.status == .attended { break }
            if appointment.status == .missed { inARow += 1 }
        }
        if inARow >= 2, last.contactWarning == nil {
            addDiary(.contactWarningUndecided, .red, due: last.on)
        } else {
            addDiary(.appointmentMissed, .amber, due: last.on)
        }
    }

    private mutating func addDiary(_ kind: AlertKind, _ severity: AlertSeverity, due: Day) {
        alerts.append(Alert(kind: kind, severity: severity, dueOn: due, ref: ref, today: today))
    }
}
