extension NoticeReason {
    public func words(_ wording: Wording) -> String {
        let date = wording.date
        switch self {
        case .noNotice:
            return "No eviction notice recorded"
        case .serviceDateUnknown:
            return "Service date not recorded: cannot tell which rules apply"
        case .otherType:
            return "Not a section 21 or section 8 notice: check it by hand"
        case .section21Abolished(let served):
            return "Section 21 served on \(date(served)), on or after 1 May 2026, on a private tenancy: "
                + "abolished by the Renters' Rights Act 2025"
        case .section21AbolitionUnclear(let served, let accommodation):
            return "Section 21 served on \(date(served)), on or after 1 May 2026, where the home is recorded as "
                + "\(accommodation.label.lowercased()): check whether it can still be used"
        case .notAssuredShorthold(let accommodation):
            return "Section 21 applies only to assured shorthold tenancies and the home is recorded as "
                + "\(accommodation.label.lowercased()): check the tenancy"
        case .tenancyStartUnknown:
            return "Tenancy start date not recorded: cannot check the 4-month rule"
        case .servedWithinFourMonths(let served, let start, let earliest):
            return "Served on \(date(served)), within 4 months of the tenancy starting on \(date(start)) "
                + "(earliest \(date(earliest)))"
        case .servedAfterFourMonths(let served, let start):
            return "Served on \(date(served)), at least 4 months after the tenancy began on \(date(start))"
        case .expiryUnknown:
            return "Expiry date not recorded: cannot check the notice period"
        case .periodTooShort(let expires, let earliest, let months):
            return "Expires on \(date(expires)): less than \(months) months' notice (earliest \(date(earliest)))"
        case .periodMet(let expires, let months):
            return "Gives at least \(months) months' notice (expires \(date(expires)))"
        case .checkFailed(let check):
            return check.label + (check.passes ? ": no" : ": yes, so no section 21 notice can be given")
        case .checkNotKnown(let check):
            return check.label + ": not known yet"
        case .allChecksConfirmed:
            return "Deposit, prescribed information, gas safety, EPC, How to Rent and licensing all confirmed; "
                + "no retaliatory eviction or prohibited payment"
        case .proceedingsTooLate(let issued, let deadline, let limit):
            return "Proceedings issued on \(date(issued)), after \(date(deadline)) (\(limit.words)): "
                + "the notice could not found them"
        case .proceedingsWindowClosed(let deadline, let limit):
            return limit == .rentersRightsCutOff
                ? "Served before 1 May 2026 and no proceedings issued by 31 July 2026: can no longer be used"
                : "No proceedings issued within \(limit.within) (by \(date(deadline))): can no longer be used"
        case .proceedingsInTime(let issued, let deadline, let limit):
            return "Proceedings issued on \(date(issued)), in time (by \(date(deadline)), \(limit.words))"
        case .proceedingsDueBy(let deadline, let limit):
            return "Proceedings must be issued by \(date(deadline)) (\(limit.words)) or the notice lapses"
        case .noGrounds:
            return "No section 8 ground recorded"
        case .unknownGrounds(let grounds, let regime):
            return "Ground \(grounds.joined(separator: ", ")) not in the table for \(regime.label): check by hand"
        case .groundsPeriodTooShort(let expires, let longest, let earliest):
            return "Expires on \(date(expires)): \(NoticeReason.need(longest)) (earliest \(date(earliest)))"
        case .groundsPeriodMet(let expires, let longest, let earliest):
            return "Gives the notice its grounds need: \(NoticeReason.need(longest)) "
                + "(earliest \(date(earliest)), expires \(date(expires)))"
        case .firstYearBar(let expires, let earliest):
            return "Ground 1 or 1A may not end the tenancy in its first 12 months: expires on \(date(expires)), "
                + "earliest \(date(earliest))"
        case .firstYearUnknown:
            return "Tenancy start date not recorded: cannot check the first-year bar on ground 1 or 1A"
        case .groundsToBeProved(let grounds):
            let names = grounds.map { "\($0.number) (\($0.title))" }.joined(separator: ", ")
            return "Ground \(names): the landlord must still prove it in court"
        case .tenancyPeriodAssumed:
            return "Tenancy period not recorded: taken as monthly (a quarterly or yearly periodic tenancy needs longer notice)"
        case .beforeNoticeToQuitDate(let expires, let earliest):
            return "Expires on \(date(expires)), earlier than a notice to quit could end the periodic tenancy "
                + "(earliest \(date(earliest)); s8(4A)(b), s8(3A))"
        case .noticeToQuitDateMet(let earliest):
            return "No earlier than a notice to quit could end the periodic tenancy (earliest \(date(earliest)))"
        case .noticeToQuitDateUnknown:
            return "Tenancy start date not recorded: cannot check the date against a notice to quit (s8(4A)(b))"
        }
    }

    private static func need(_ longest: PossessionGround?) -> String {
        longest.map { "ground \($0.number) needs \($0.period)" } ?? "the grounds need no notice"
    }
}

extension ProceedingsLimit {
    var words: String {
        switch self {
        case .sixMonthsFromService: "6 months from service"
        case .fourMonthsFromNoticeDate: "4 months from the notice's date, s21(4E)"
        case .twelveMonthsFromService: "12 months from service, s8(3)(c)"
        case .rentersRightsCutOff: "the Renters' Rights Act cut-off"
        }
    }

    /// "within … (by 2026-08-01)".
    var within: String {
        switch self {
        case .sixMonthsFromService: "6 months of service"
        case .fourMonthsFromNoticeDate: "4 months of the notice's date (s21(4E))"
        case .twelveMonthsFromService: "12 months of service (s8(3)(c))"
        case .rentersRightsCutOff: "the Renters' Rights Act cut-off"
        }
    }
}
