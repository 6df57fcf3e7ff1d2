import Testing
@testable import CaseworkCore

struct NoticeRow: Sendable, CustomTestStringConvertible {
    let name: String
    var today = "2026-05-10"
    var tenancy: String? = "2024-01-01"
    var type: AccommodationType = .privateRented
    var period: TenancyPeriod? = nil
    let notice: Notice?
    let verdict: NoticeVerdict
    var version = "pre-rra/2026.2"
    var reasonContains = ""

    var testDescription: String { name }
}

/// A section 21 served on 30 April 2026 for 2 months, with one landlord check changed.
private func aprilSection21(_ change: (inout NoticeChecks) -> Void) -> Notice {
    var notice = section21(served: "2026-04-30", expires: "2026-06-30")
    change(&notice.checks)
    return notice
}

@Suite struct NoticeCheckTests {
    static let rows: [NoticeRow] = [
        NoticeRow(name: "no notice", notice: nil, verdict: .none, version: "rra-2025/2026.2",
                  reasonContains: "No eviction notice"),
        NoticeRow(name: "s21 served 30 April 2026, all in order", notice: section21(served: "2026-04-30", expires: "2026-06-30"),
                  verdict: .valid, reasonContains: "must be issued by 2026-07-31"),
        NoticeRow(name: "s21 served 1 May 2026 on a private tenancy", notice: section21(served: "2026-05-01", expires: "2026-07-01"),
                  verdict: .invalid, version: "rra-2025/2026.2", reasonContains: "abolished"),
        NoticeRow(name: "s21 served 1 May 2026 on a social tenancy: still the old rules", type: .socialRented,
                  notice: section21(served: "2026-05-01", expires: "2026-07-01"), verdict: .valid,
                  reasonContains: "must be issued by 2026-10-31 (6 months from service)"),
        NoticeRow(name: "s21 served 1 May 2026 on a family home: abolition unclear", type: .familyOrFriends,
                  notice: section21(served: "2026-05-01", expires: "2026-07-01"), verdict: .needsChecking,
                  version: "rra-2025/2026.2"),
        NoticeRow(name: "social s21 after 31 July 2026: no cut-off", today: "2026-08-01", type: .socialRented,
                  notice: section21(served: "2026-04-30", expires: "2026-06-30"), verdict: .valid,
                  reasonContains: "must be issued by 2026-10-29 (6 months from service)"),
        NoticeRow(name: "social s21 six months from service: last day", today: "2026-10-31", type: .socialRented,
                  notice: section21(served: "2026-05-01", expires: "2026-07-01"), verdict: .valid),
        NoticeRow(name: "social s21 six months from service: lapsed", today: "2026-11-01", type: .socialRented,
                  notice: section21(served: "2026-05-01", expires: "2026-07-01"), verdict: .invalid,
                  reasonContains: "within 6 months of service (by 2026-10-31)"),
        NoticeRow(name: "social s8 after 1 May 2026 keeps the old periods", today: "2026-05-20", type: .socialRented,
                  notice: section8(served: "2026-05-01", expires: "2026-05-15", grounds: ["8"]), verdict: .valid,
                  reasonContains: "ground 8 needs 2 weeks"),
        NoticeRow(name: "s21(4E): quarterly tenancy, 4 months from the notice's date, last day", today: "2026-04-30",
                  type: .socialRented, period: .quarterly, notice: section21(served: "2025-10-01", expires: "2026-01-01"),
                  verdict: .valid, reasonContains: "by 2026-04-30 (4 months from the notice's date, s21(4E))"),
        NoticeRow(name: "s21(4E): quarterly tenancy, lapsed", today: "2026-05-01", type: .socialRented, period: .quarterly,
                  notice: section21(served: "2025-10-01", expires: "2026-01-01"), verdict: .invalid,
                  reasonContains: "within 4 months of the notice's date (s21(4E)) (by 2026-04-30)"),
        NoticeRow(name: "s21(4E) or the cut-off, whichever is earlier: last day", today: "2026-07-31", period: .quarterly,
                  notice: section21(served: "2026-04-01", expires: "2026-07-01"), verdict: .valid,
                  reasonContains: "Renters' Rights Act cut-off"),
        NoticeRow(name: "s21(4E) or the cut-off, whichever is earlier: spent", today: "2026-08-01", period: .quarterly,
                  notice: section21(served: "2026-04-01", expires: "2026-07-01"), verdict: .invalid,
                  reasonContains: "no proceedings issued by 31 July 2026"),
        NoticeRow(name: "s21 on a quarterly tenancy needs 3 months' notice", period: .quarterly,
                  notice: section21(served: "2026-04-30", expires: "2026-07-29"), verdict: .invalid,
                  reasonContains: "less than 3 months' notice (earliest 2026-07-30)"),
        NoticeRow(name: "s21 with the tenancy period not recorded says so",
                  notice: section21(served: "2026-04-30", expires: "2026-06-30"), verdict: .valid,
                  reasonContains: "Tenancy period not recorded: taken as monthly"),
        NoticeRow(name: "s21 served in retaliation (Deregulation Act 2015 s33)", notice: aprilSection21 { $0.retaliatoryEviction = true },
                  verdict: .invalid, reasonContains: "Retaliatory eviction (Deregulation Act 2015 s33): yes"),
        NoticeRow(name: "s21 retaliation not known", notice: aprilSection21 { $0.retaliatoryEviction = nil },
                  verdict: .needsChecking, reasonContains: "Retaliatory eviction (Deregulation Act 2015 s33): not known yet"),
        NoticeRow(name: "s21 with a prohibited payment held (Tenant Fees Act 2019 s17)",
                  notice: aprilSection21 { $0.prohibitedPaymentHeld = true }, verdict: .invalid,
                  reasonContains: "Prohibited payment held (Tenant Fees Act 2019 s17): yes"),
        NoticeRow(name: "s21 prohibited payment not known", notice: aprilSection21 { $0.prohibitedPaymentHeld = nil },
                  verdict: .needsChecking, reasonContains: "Prohibited payment held (Tenant Fees Act 2019 s17): not known yet"),
        NoticeRow(name: "old s8(4A)(b): ground 1 before a quarterly notice to quit could end the tenancy", today: "2026-04-20",
                  period: .quarterly, notice: section8(served: "2026-04-10", expires: "2026-09-29", grounds: ["1"]), verdict: .invalid,
                  reasonContains: "earlier than a notice to quit could end the periodic tenancy (earliest 2026-09-30"),
        NoticeRow(name: "old s8(4A)(b): ground 1 on the notice-to-quit date", today: "2026-04-20", period: .quarterly,
                  notice: section8(served: "2026-04-10", expires: "2026-09-30", grounds: ["1"]), verdict: .valid,
                  reasonContains: "No earlier than a notice to quit"),
        NoticeRow(name: "old s8(3A): ground 7A on a monthly tenancy, a day early", today: "2026-04-20", period: .monthly,
                  notice: section8(served: "2026-04-10", expires: "2026-05-30", grounds: ["7A"]), verdict: .invalid,
                  reasonContains: "earliest 2026-05-31"),
        NoticeRow(name: "old s8: the notice-to-quit date does not apply to a fixed term", today: "2026-04-20", period: .fixedTerm,
                  notice: section8(served: "2026-04-10", expires: "2026-06-10", grounds: ["1"]), verdict: .valid),
        NoticeRow(name: "old s8: ground 8 has no notice-to-quit date", today: "2026-04-20", period: .quarterly,
                  notice: section8(served: "2026-04-10", expires: "2026-04-24", grounds: ["8"]), verdict: .valid),
        NoticeRow(name: "old s8(4A)(b) with the tenancy start unknown", today: "2026-04-20", tenancy: nil,
                  notice: section8(served: "2026-04-10", expires: "2026-09-30", grounds: ["1"]), verdict: .needsChecking,
                  reasonContains: "cannot check the date against a notice to quit"),
        NoticeRow(name: "old s8(3)(c): good for 12 months, last day", today: "2026-04-30",
                  notice: section8(served: "2025-05-01", expires: "2025-05-15", grounds: ["8"]), verdict: .valid,
                  reasonContains: "must be issued by 2026-04-30 (12 months from service, s8(3)(c))"),
        NoticeRow(name: "old s8(3)(c): lapsed after 12 months", today: "2026-05-01",
                  notice: section8(served: "2025-05-01", expires: "2025-05-15", grounds: ["8"]), verdict: .invalid,
                  reasonContains: "within 12 months of service (s8(3)(c))"),
        NoticeRow(name: "s21 on 31 July 2026 without proceedings is still usable", today: "2026-07-31",
                  notice: section21(served: "2026-04-30", expires: "2026-06-30"), verdict: .valid),
        NoticeRow(name: "s21 on 1 August 2026 without proceedings is spent", today: "2026-08-01",
                  notice: section21(served: "2026-04-30", expires: "2026-06-30"), verdict: .invalid,
                  reasonContains: "no proceedings issued by 31 July 2026"),
        NoticeRow(name: "s21 after the cut-off with proceedings issued on 31 July", today: "2026-08-15",
                  notice: section21(served: "2026-04-30", expires: "2026-06-30", proceedings: "2026-07-31"), verdict: .valid,
                  reasonContains: "in time"),
        NoticeRow(name: "s21 proceedings issued on 1 August are too late", today: "2026-08-15",
                  notice: section21(served: "2026-04-30", expires: "2026-06-30", proceedings: "2026-08-01"), verdict: .invalid),
        NoticeRow(name: "s21 six months from service: last day", today: "2025-11-30",
                  notice: section21(served: "2025-06-01", expires: "2025-08-01"), verdict: .valid,
                  reasonContains: "6 months from service"),
        NoticeRow(name: "s21 six months from service: lapsed", today: "2025-12-01",
                  notice: section21(served: "2025-06-01", expires: "2025-08-01"), verdict: .invalid),
        NoticeRow(name: "s21 served within 4 months of the tenancy", tenancy: "2026-01-01",
                  notice: section21(served: "2026-04-30", expires: "2026-06-30"), verdict: .invalid,
                  reasonContains: "earliest 2026-05-01"),
        NoticeRow(name: "s21 served exactly 4 months in", tenancy: "2025-12-30",
                  notice: section21(served: "2026-04-30", expires: "2026-06-30"), verdict: .valid),
        NoticeRow(name: "s21 a day short of 2 months' notice", notice: section21(served: "2026-04-30", expires: "2026-06-29"),
                  verdict: .invalid, reasonContains: "less than 2 months"),
        NoticeRow(name: "s21 with the deposit unprotected", notice: aprilSection21 { $0.depositProtected = false },
                  verdict: .invalid, reasonContains: "Deposit protected: no"),
        NoticeRow(name: "s21 with the gas certificate not known", notice: aprilSection21 { $0.gasSafetyCertificateGiven = nil },
                  verdict: .needsChecking, reasonContains: "Gas safety certificate given: not known yet"),
        NoticeRow(name: "s21 with the tenancy start unknown", tenancy: nil,
                  notice: section21(served: "2026-04-30", expires: "2026-06-30"), verdict: .needsChecking),
        NoticeRow(name: "s21 on a family home", type: .familyOrFriends,
                  notice: section21(served: "2026-04-30", expires: "2026-06-30"), verdict: .needsChecking,
                  reasonContains: "assured shorthold"),
        NoticeRow(name: "s21 with no service date", notice: section21(served: nil, expires: "2026-06-30"),
                  verdict: .needsChecking, version: "rra-2025/2026.2", reasonContains: "Service date not recorded"),
        NoticeRow(name: "s8 ground 1 with 4 months' notice", today: "2026-05-05",
                  notice: section8(served: "2026-05-01", expires: "2026-09-01", grounds: ["1"]), verdict: .valid,
                  version: "rra-2025/2026.2", reasonContains: "must still prove"),
        NoticeRow(name: "s8 ground 1 with 3 months' notice", today: "2026-05-05",
                  notice: section8(served: "2026-05-01", expires: "2026-08-01", grounds: ["1"]), verdict: .invalid,
                  version: "rra-2025/2026.2", reasonContains: "ground 1 needs 4 months"),
        NoticeRow(name: "s8 ground 1A ending in the tenancy's first year", today: "2026-05-05", tenancy: "2025-10-01",
                  notice: section8(served: "2026-05-01", expires: "2026-09-01", grounds: ["1a"]), verdict: .invalid,
                  version: "rra-2025/2026.2", reasonContains: "first 12 months"),
        NoticeRow(name: "s8 ground 1A with the tenancy start unknown", today: "2026-05-05", tenancy: nil,
                  notice: section8(served: "2026-05-01", expires: "2026-09-01", grounds: ["Ground 1A"]),
                  verdict: .needsChecking, version: "rra-2025/2026.2"),
        NoticeRow(name: "s8 ground 8 with 4 weeks' notice", today: "2026-05-05",
                  notice: section8(served: "2026-05-01", expires: "2026-05-29", grounds: ["8"]), verdict: .valid,
                  version: "rra-2025/2026.2"),
        NoticeRow(name: "s8 ground 8 a day short of 4 weeks", today: "2026-05-05",
                  notice: section8(served: "2026-05-01", expires: "2026-05-28", grounds: ["8"]), verdict: .invalid,
                  version: "rra-2025/2026.2"),
        NoticeRow(name: "s8 grounds 8 and 1 need the longer period", today: "2026-05-05",
                  notice: section8(served: "2026-05-01", expires: "2026-06-01", grounds: ["8", "1"]), verdict: .invalid,
                  version: "rra-2025/2026.2", reasonContains: "ground 1 needs 4 months"),
        NoticeRow(name: "s8 served 30 April 2026 under the old periods", today: "2026-05-05",
                  notice: section8(served: "2026-04-30", expires: "2026-05-14", grounds: ["8"]), verdict: .valid),
        NoticeRow(name: "s8 with a ground not in the table", today: "2026-05-05",
                  notice: section8(served: "2026-05-01", expires: "2026-09-01", grounds: ["99"]), verdict: .needsChecking,
                  version: "rra-2025/2026.2", reasonContains: "Ground 99 not in the table"),
        NoticeRow(name: "s8 with no ground", today: "2026-05-05",
                  notice: section8(served: "2026-05-01", expires: "2026-09-01", grounds: []), verdict: .needsChecking,
                  version: "rra-2025/2026.2"),
        NoticeRow(name: "s8 ground 14 needs no notice period", today: "2026-05-05",
                  notice: section8(served: "2026-05-01", expires: "2026-05-01", grounds: ["14"]), verdict: .valid,
                  version: "rra-2025/2026.2"),
        NoticeRow(name: "another kind of notice", notice: Notice(type: .other, servedOn: day("2026-05-01")),
                  verdict: .needsChecking, version: "rra-2025/2026.2", reasonContains: "check it by hand"),
    ]

    @Test(arguments: rows)
    func noticeCheck(_ row: NoticeRow) {
        let check = NoticeCheck(notice: row.notice, tenancyStartedOn: row.tenancy.map(day), tenancyPeriod: row.period,
                                accommodationType: row.type, today: day(row.today))
        #expect(check.verdict == row.verdict, "\(check.reasons)")
        #expect(check.rulesVersion == row.version)
        #expect(mentions(check.reasons, row.reasonContains), "\(check.reasons)")
        #expect(!check.reasons.isEmpty)
    }

    /// A notice is never called valid while a fact it depends on is missing.
    @Test func neverValidOnUnknownFacts() {
        var rng = SeededRandom(seed: 21)
        let today = day("2026-05-20")
        for index in 0..<5_000 {
            let summary = CaseSummary(randomCase(&rng, today: today, index: index))
            guard let notice = summary.notice else { continue }
            let check = NoticeCheck(summary, today: today)
            let checks = LandlordCheck.allCases.map { notice.checks[$0] }
            let unknown = notice.servedOn == nil || notice.expiresOn == nil
                || (notice.type == .section21 && (summary.tenancyStartedOn == nil || checks.contains(nil)))
                || (notice.type == .section8 && notice.grounds.contains { check.regime.ground(named: $0) == nil })
                || notice.type == .other
            if unknown { #expect(check.verdict != .valid, "\(summary.ref): \(check.reasons)") }
        }
    }

    @Test(arguments: [("1A", "1a", true), ("1A", "Ground 1A", true), ("8", " ground 8 ", true), ("1", "1A", false),
                      ("14ZA", "14za", true), ("2", "groundwork", false)])
    func groundNames(_ number: String, _ text: String, _ matches: Bool) {
        let ground = NoticeRegime.rentersRights2025.grounds.first { $0.number == number }!
        #expect(ground.isNamed(by: text) == matches)
    }
}
