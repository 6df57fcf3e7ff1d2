import Foundation

/// Reads index lines by hand: `JSONDecoder` costs about 1 s at 100,000 summaries, this a fraction of it.
/// It reads only what `JSONEncoder` would write for the model; anything else (an unknown or repeated key, a
/// float, an escape it cannot place) hands the whole line to `JSONDecoder`, so the result is always JSONDecoder's.
struct IndexLineDecoder {
    private let decoder = JSONDecoder()
    private let line = JSONFieldTable<LineKey>(required: [.commit, .summary])
    private let commit = JSONFieldTable<CommitKey>(required: [.line, .cases, .top])
    private let summary = JSONFieldTable<SummaryKey>(required: [
        .ref, .revision, .receivedOn, .status, .restricted, .firstName, .lastName, .applicantPregnant, .members,
        .homelessNow, .accommodationType, .domesticAbuse, .careLeaver, .emergency, .supportNeeds,
        .documentsProvided, .documentsTotal, .findings, .duties, .decisions, .updatedAt, .updatedBy,
    ])
    private let member = JSONFieldTable<MemberKey>(required: [.relationship, .pregnant])
    private let notice = JSONFieldTable<NoticeKey>(required: [.type, .grounds, .checks])
    private let checks = JSONFieldTable<ChecksKey>(required: [])
    private let threatFinding = JSONFieldTable<ThreatFindingKey>(required: [.threatened, .decidedOn, .decidedBy])
    private let findings = JSONFieldTable<FindingsKey>(required: [])
    private let route = JSONFieldTable<RouteKey>(required: [.team, .suggested, .decidedBy, .decidedOn])
    private let duty = JSONFieldTable<DutyKey>(required: [.kind, .startedOn, .startedBy])
    private let decision = JSONFieldTable<DecisionKey>(required: [.id, .kind, .outcome, .decidedOn, .decidedBy, .reviewWithReferee])
    private let appointment = JSONFieldTable<AppointmentKey>(required: [.id, .kind, .on, .startMinute, .durationMinutes, .officer, .status])

    private let statuses = ByteKeyTable(rawValuesOf: CaseStatus.self)
    private let relationships = ByteKeyTable(rawValuesOf: Relationship.self)
    private let accommodationTypes = ByteKeyTable(rawValuesOf: AccommodationType.self)
    private let noticeTypes = ByteKeyTable(rawValuesOf: NoticeType.self)
    private let supportNeeds = ByteKeyTable(rawValuesOf: SupportNeed.self)
    private let agencies = ByteKeyTable(rawValuesOf: Referral.Agency.self)
    private let lossReasons = ByteKeyTable(rawValuesOf: LossReason.self)
    private let triageOutcomes = ByteKeyTable(rawValuesOf: TriageOutcome.self)
    private let teams = ByteKeyTable(rawValuesOf: Team.self)
    private let dutyKinds = ByteKeyTable(rawValuesOf: DutyKind.self)
    private let endReasons = ByteKeyTable(rawValuesOf: DutyEndReason.self)
    private let decisionKinds = ByteKeyTable(rawValuesOf: DecisionKind.self)
    private let tenancyPeriods = ByteKeyTable(rawValuesOf: TenancyPeriod.self)
    private let interimOutcomes = ByteKeyTable(rawValuesOf: InterimAccommodation.Outcome.self)
    private let appointmentKinds = ByteKeyTable(rawValuesOf: AppointmentKind.self)
    private let appointmentStatuses = ByteKeyTable(rawValuesOf: AppointmentStatus.self)
    private let arrangements = ByteKeyTable(rawValuesOf: Arrangement.self)
    private let thirdParties = ByteKeyTable(rawValuesOf: ThirdPartyKind.self)

    /// One line without its newline. `scratch` must hold at least `line.count` bytes.
    /// Throws the `DecodingError` of `JSONDecoder` when neither reader can make sense of the line.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>, wantCommit: Bool) throws -> IndexEntry {
        var entry = IndexEntry(summary: Self.blank, commit: nil, summaryRange: nil)
        if fast(bytes, scratch: scratch, wantCommit: wantCommit, into: &entry) { return entry }
        return try slow(bytes)
    }

    /// The hand reader alone: nil where it would hand over to `JSONDecoder`.
    func fast(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>, wantCommit: Bool) -> IndexEntry? {
        var entry = IndexEntry(summary: Self.blank, commit: nil, summaryRange: nil)
        return fast(bytes, scratch: scratch, wantCommit: wantCommit, into: &entry) ? entry : nil
    }

    /// The hand reader filling `entry` where it lies (its summary must start as `blank`), so the listing's
    /// summaries are built in their final place instead of copied there. False where it hands over; `entry` is
    /// then half-filled and must be discarded.
    func fast(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>, wantCommit: Bool,
              into entry: inout IndexEntry) -> Bool {
        var cursor = JSONCursor(bytes, scratch: scratch)
        return (try? readLine(&cursor, wantCommit: wantCommit, summary: &entry.summary, commit: &entry.commit,
                              range: &entry.summaryRange)) != nil
    }

    /// The same, for the summary alone.
    func fast(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>, into summary: inout CaseSummary) -> Bool {
        var cursor = JSONCursor(bytes, scratch: scratch)
        var commit: Commit?, range: Range<Int>?
        return (try? readLine(&cursor, wantCommit: false, summary: &summary, commit: &commit, range: &range)) != nil
    }

    /// `JSONDecoder`'s reading, for the lines the hand reader hands over.
    func slow(_ bytes: UnsafeBufferPointer<UInt8>) throws -> IndexEntry {
        let full = try decoder.decode(IndexLine.self, from: Data(bytes))
        guard full.commit.isPlausible else { throw Commit.implausible }
        return IndexEntry(summary: full.summary, commit: full.commit, summaryRange: nil)
    }

    private func readLine(_ c: inout JSONCursor, wantCommit: Bool, summary: inout CaseSummary, commit: inout Commit?,
                          range: inout Range<Int>?) throws(JSONStop) {
        var progress = JSONObjectProgress()
        try c.beginObject()
        while let key = try line.nextField(&c, &progress) {
            switch key {
            case .commit:
                // Read (and checked) even when not wanted: JSONDecoder would refuse the line over a bad commit too.
                let read = try readCommit(&c, keep: wantCommit)
                if wantCommit { commit = read }
            case .summary:
                let start = c.offset
                try readSummary(&c, into: &summary)
                range = start..<c.offset
            }
        }
        try line.checkComplete(progress)
        try c.expectEnd()
    }

    /// With `keep` false, checks every value but makes no Strings.
    private func readCommit(_ c: inout JSONCursor, keep: Bool) throws(JSONStop) -> Commit {
        var progress = JSONObjectProgress()
        var result = Commit.empty
        try c.beginObject()
        while let key = try commit.nextField(&c, &progress) {
            switch key {
            case .line: result.line = try c.int()
            case .cases: result.cases = try c.int()
            case .top: result.top = try c.int()
            case .tmp: result.tmp = try optionalText(&c, keep: keep)
            case .action: result.action = try optionalText(&c, keep: keep)
            case .by: result.by = try optionalText(&c, keep: keep)
            case .at: result.at = try c.consumeNull() ? nil : try c.timestamp()
            case .unlisted: result.unlisted = try c.consumeNull() ? nil : try c.int()
            }
        }
        try commit.checkComplete(progress)
        guard result.isPlausible else { throw .unsupported }
        return result
    }

    @inline(__always) private func text(_ c: inout JSONCursor, keep: Bool) throws(JSONStop) -> String {
        if keep { return try c.string() }
        _ = try c.stringBytes()
        return ""
    }

    @inline(__always) private func optionalText(_ c: inout JSONCursor, keep: Bool) throws(JSONStop) -> String? {
        try c.consumeNull() ? nil : try text(&c, keep: keep)
    }

    /// Fills `s`, which starts blank: the summary is built where it will stay, not copied there.
    private func readSummary(_ c: inout JSONCursor, into s: inout CaseSummary) throws(JSONStop) {
        var progress = JSONObjectProgress()
        try c.beginObject()
        while let key = try summary.nextField(&c, &progress) {
            switch key {
            case .ref: s.ref = try c.string()
            case .revision: s.revision = try c.int()
            case .externalId: s.externalId = try c.optionalString()
            case .receivedOn: s.receivedOn = try c.day()
            case .status: s.status = try c.value(statuses)
            case .restricted: s.restricted = try c.bool()
            case .assignedOfficer: s.assignedOfficer = try c.optionalString()
            case .firstName: s.firstName = try c.string()
            case .lastName: s.lastName = try c.string()
            case .applicantBornOn: s.applicantBornOn = try c.optionalDay()
            case .applicantPregnant: s.applicantPregnant = try c.bool()
            case .members: s.members = try c.array { c throws(JSONStop) in try readMember(&c) }
            case .homelessNow: s.homelessNow = try c.bool()
            case .lossDate: s.lossDate = try c.optionalDay()
            case .accommodationType: s.accommodationType = try c.value(accommodationTypes)
            case .tenancyStartedOn: s.tenancyStartedOn = try c.optionalDay()
            case .notice: s.notice = try c.consumeNull() ? nil : try readNotice(&c)
            case .domesticAbuse: s.domesticAbuse = try c.bool()
            case .careLeaver: s.careLeaver = try c.bool()
            case .emergency: s.emergency = try c.bool()
            case .supportNeeds: s.supportNeeds = try readSupportNeeds(&c)
            case .documentsProvided: s.documentsProvided = try c.int()
            case .documentsTotal: s.documentsTotal = try c.int()
            case .documentsRequestedOn: s.documentsRequestedOn = try c.optionalDay()
            case .referralAgency: s.referralAgency = try c.optionalValue(agencies)
            case .reasonForLoss: s.reasonForLoss = try c.optionalValue(lossReasons)
            case .findings: s.findings = try readFindings(&c)
            case .triageOutcome: s.triageOutcome = try c.optionalValue(triageOutcomes)
            case .route: s.route = try c.consumeNull() ? nil : try readRoute(&c)
            case .duties: s.duties = try c.array { c throws(JSONStop) in try readDuty(&c) }
            case .assessedOn: s.assessedOn = try c.optionalDay()
            case .planSettledOn: s.planSettledOn = try c.optionalDay()
            case .planReviewDueOn: s.planReviewDueOn = try c.optionalDay()
            case .openStepDueOn: s.openStepDueOn = try c.optionalDay()
            case .planCommittedCost: s.planCommittedCost = try c.consumeNull() ? nil : Money(pence: try c.int())
            case .planChangesUnnotifiedSince: s.planChangesUnnotifiedSince = try c.optionalDay()
            case .lastApplicantContactOn: s.lastApplicantContactOn = try c.optionalDay()
            case .nextAppointmentOn: s.nextAppointmentOn = try c.optionalDay()
            case .followUpOn: s.followUpOn = try c.optionalDay()
            case .decisions: s.decisions = try c.array { c throws(JSONStop) in try readDecision(&c) }
            case .accommodationSecuredOn: s.accommodationSecuredOn = try c.optionalDay()
            case .updatedAt: s.updatedAt = try c.timestamp()
            case .updatedBy: s.updatedBy = try c.string()
            case .tenancyPeriod: s.tenancyPeriod = try c.optionalValue(tenancyPeriods)
            case .interimAccommodation: s.interimAccommodation = try c.optionalValue(interimOutcomes)
            case .appointments: s.appointments = try c.array { c throws(JSONStop) in try readAppointment(&c) }
            case .interpreterNeeded: s.interpreterNeeded = try c.bool()
            }
        }
        try summary.checkComplete(progress)
    }

    private func readSupportNeeds(_ c: inout JSONCursor) throws(JSONStop) -> SupportNeeds {
        var needs = SupportNeeds()
        var first = true
        try c.beginArray()
        while try c.nextElement(&first) { needs.insert(try c.value(supportNeeds)) }
        return needs
    }

    private func readMember(_ c: inout JSONCursor) throws(JSONStop) -> CaseSummary.Member {
        var progress = JSONObjectProgress()
        var m = CaseSummary.Member(bornOn: nil, relationship: .other, pregnant: false)
        try c.beginObject()
        while let key = try member.nextField(&c, &progress) {
            switch key {
            case .bornOn: m.bornOn = try c.optionalDay()
            case .relationship: m.relationship = try c.value(relationships)
            case .pregnant: m.pregnant = try c.bool()
            }
        }
        try member.checkComplete(progress)
        return m
    }

    private func readNotice(_ c: inout JSONCursor) throws(JSONStop) -> Notice {
        var progress = JSONObjectProgress()
        var n = Notice(type: .other)
        try c.beginObject()
        while let key = try notice.nextField(&c, &progress) {
            switch key {
            case .type: n.type = try c.value(noticeTypes)
            case .servedOn: n.servedOn = try c.optionalDay()
            case .expiresOn: n.expiresOn = try c.optionalDay()
            case .grounds: n.grounds = try c.array { c throws(JSONStop) in try c.string() }
            case .proceedingsIssuedOn: n.proceedingsIssuedOn = try c.optionalDay()
            case .checks: n.checks = try readChecks(&c)
            case .threatFinding: n.threatFinding = try c.consumeNull() ? nil : try readThreatFinding(&c)
            }
        }
        try notice.checkComplete(progress)
        return n
    }

    private func readChecks(_ c: inout JSONCursor) throws(JSONStop) -> NoticeChecks {
        var progress = JSONObjectProgress()
        var k = NoticeChecks()
        try c.beginObject()
        while let key = try checks.nextField(&c, &progress) {
            switch key {
            case .depositProtected: k.depositProtected = try c.optionalBool()
            case .prescribedInformationGiven: k.prescribedInformationGiven = try c.optionalBool()
            case .gasSafetyCertificateGiven: k.gasSafetyCertificateGiven = try c.optionalBool()
            case .epcGiven: k.epcGiven = try c.optionalBool()
            case .howToRentGiven: k.howToRentGiven = try c.optionalBool()
            case .licensedIfRequired: k.licensedIfRequired = try c.optionalBool()
            case .retaliatoryEviction: k.retaliatoryEviction = try c.optionalBool()
            case .prohibitedPaymentHeld: k.prohibitedPaymentHeld = try c.optionalBool()
            }
        }
        return k
    }

    private func readThreatFinding(_ c: inout JSONCursor) throws(JSONStop) -> NoticeThreatFinding {
        var progress = JSONObjectProgress()
        var f = NoticeThreatFinding(threatened: false, decidedOn: Self.epoch, decidedBy: "")
        try c.beginObject()
        while let key = try threatFinding.nextField(&c, &progress) {
            switch key {
            case .threatened: f.threatened = try c.bool()
            case .decidedOn: f.decidedOn = try c.day()
            case .decidedBy: f.decidedBy = try c.string()
            }
        }
        try threatFinding.checkComplete(progress)
        return f
    }

    private func readFindings(_ c: inout JSONCursor) throws(JSONStop) -> Findings {
        var progress = JSONObjectProgress()
        var f = Findings()
        try c.beginObject()
        while let key = try findings.nextField(&c, &progress) {
            switch key {
            case .eligible: f.eligible = try c.optionalBool()
            case .priorityNeed: f.priorityNeed = try c.optionalBool()
            case .intentionallyHomeless: f.intentionallyHomeless = try c.optionalBool()
            case .localConnection: f.localConnection = try c.optionalBool()
            }
        }
        return f
    }

    private func readRoute(_ c: inout JSONCursor) throws(JSONStop) -> RouteDecision {
        var progress = JSONObjectProgress()
        var r = RouteDecision(team: .council, suggested: .council, decidedBy: "", decidedOn: Self.epoch)
        try c.beginObject()
        while let key = try route.nextField(&c, &progress) {
            switch key {
            case .team: r.team = try c.value(teams)
            case .suggested: r.suggested = try c.value(teams)
            case .overrideReason: r.overrideReason = try c.optionalString()
            case .decidedBy: r.decidedBy = try c.string()
            case .decidedOn: r.decidedOn = try c.day()
            }
        }
        try route.checkComplete(progress)
        return r
    }

    private func readDuty(_ c: inout JSONCursor) throws(JSONStop) -> Duty {
        var progress = JSONObjectProgress()
        var d = Duty(kind: .prevention, startedOn: Self.epoch, startedBy: "")
        try c.beginObject()
        while let key = try duty.nextField(&c, &progress) {
            switch key {
            case .kind: d.kind = try c.value(dutyKinds)
            case .startedOn: d.startedOn = try c.day()
            case .startedBy: d.startedBy = try c.string()
            case .endedOn: d.endedOn = try c.optionalDay()
            case .endReason: d.endReason = try c.optionalValue(endReasons)
            case .endedBy: d.endedBy = try c.optionalString()
            case .endNoticeServedOn: d.endNoticeServedOn = try c.optionalDay()
            case .note: d.note = try c.optionalString()
            }
        }
        try duty.checkComplete(progress)
        return d
    }

    private func readDecision(_ c: inout JSONCursor) throws(JSONStop) -> Decision {
        var progress = JSONObjectProgress()
        var d = Decision(id: 0, kind: .eligibility, outcome: "", decidedOn: Self.epoch, decidedBy: "")
        try c.beginObject()
        while let key = try decision.nextField(&c, &progress) {
            switch key {
            case .id: d.id = try c.int()
            case .kind: d.kind = try c.value(decisionKinds)
            case .outcome: d.outcome = try c.string()
            case .decidedOn: d.decidedOn = try c.day()
            case .decidedBy: d.decidedBy = try c.string()
            case .notifiedOn: d.notifiedOn = try c.optionalDay()
            case .reviewRequestedOn: d.reviewRequestedOn = try c.optionalDay()
            case .reviewWithReferee: d.reviewWithReferee = try c.bool()
            case .reviewDecidedOn: d.reviewDecidedOn = try c.optionalDay()
            case .lateRequestAccepted: d.lateRequestAccepted = try c.optionalString()
            }
        }
        try decision.checkComplete(progress)
        return d
    }

    private func readAppointment(_ c: inout JSONCursor) throws(JSONStop) -> Appointment {
        var progress = JSONObjectProgress()
        var a = Appointment(id: 0, kind: .other, on: Self.epoch, startMinute: 0, officer: "")
        try c.beginObject()
        while let key = try appointment.nextField(&c, &progress) {
            switch key {
            case .id: a.id = try c.int()
            case .kind: a.kind = try c.value(appointmentKinds)
            case .on: a.on = try c.day()
            case .startMinute: a.startMinute = try c.int()
            case .durationMinutes: a.durationMinutes = try c.int()
            case .officer: a.officer = try c.string()
            case .status: a.status = try c.value(appointmentStatuses)
            case .location: a.location = try c.optionalString()
            case .sequence: a.sequence = try c.int()
            case .bookedAt: a.bookedAt = try c.consumeNull() ? nil : try c.timestamp()
            case .bookedBy: a.bookedBy = try c.optionalString()
            case .interpreter: a.interpreter = try c.value(arrangements)
            case .thirdParty: a.thirdParty = try c.optionalValue(thirdParties)
            case .thirdPartyArranged: a.thirdPartyArranged = try c.bool()
            case .cancelReason: a.cancelReason = try c.optionalString()
            case .contactWarning: a.contactWarning = try c.optionalBool()
            }
        }
        try appointment.checkComplete(progress)
        return a
    }

    private static let epoch = Day(daysSinceEpoch: 0)

    /// Every field at its empty value; the reader overwrites each one it meets and checks the required ones met.
    static let blank = CaseSummary(Case(
        ref: "", receivedOn: epoch, applicant: Applicant(firstName: "", lastName: "", dateOfBirth: nil),
        accommodation: Accommodation(type: .other), createdAt: Timestamp(day: epoch, secondOfDay: 0), createdBy: ""))
}
