extension NoticeCheck {
    /// Every finding as a sentence an officer can act on, worst first in the order the check makes them.
    public var reasons: [String] {
        var lines: [String] = []
        for finding in findings {
            switch finding {
            case .checkFailed: lines += checkLines(checksFailed, suffix: ": no")
            case .checkUnknown: lines += checkLines(checksUnknown, suffix: ": not known yet")
            default: lines.append(sentence(for: finding))
            }
        }
        return lines
    }

    private func checkLines(_ mask: UInt8, suffix: String) -> [String] {
        NoticeChecks().all.enumerated().compactMap { index, check in
            mask & (1 << UInt8(index)) != 0 ? check.label + suffix : nil
        }
    }

    private var servedText: String { notice?.servedOn?.iso ?? "an unknown date" }

    /// The known grounds the notice names, in the regime's table.
    private var knownGrounds: [PossessionGround] { notice?.grounds.compactMap { regime.ground(named: $0) } ?? [] }

    private func sentence(for finding: NoticeFinding) -> String {
        let served = servedText
        let start = tenancyStartedOn?.iso ?? "an unknown date"
        let expires = notice?.expiresOn?.iso ?? "an unknown date"
        switch finding {
        case .noNotice:
            return "No eviction notice recorded"
        case .serviceDateUnknown:
            return "Service date not recorded: cannot tell which rules apply"
        case .otherType:
            return "Not a section 21 or section 8 notice: check it by hand"
        case .section21Abolished:
            return "Section 21 served on \(served), on or after 1 May 2026, on a private tenancy: "
                + "abolished by the Renters' Rights Act 2025"
        case .section21AbolitionUnclear:
            return "Section 21 served on \(served), on or after 1 May 2026, where the home is recorded as "
                + "\(accommodationType.label.lowercased()): check whether it can still be used"
        case .notAssuredShorthold:
            return "Section 21 applies only to assured shorthold tenancies and the home is recorded as "
                + "\(accommodationType.label.lowercased()): check the tenancy"
        case .tenancyStartUnknown:
            return "Tenancy start date not recorded: cannot check the 4-month rule"
        case .servedWithinFourMonths:
            let earliest = tenancyStartedOn.map { $0.adding(months: 4).iso } ?? "unknown"
            return "Served on \(served), within 4 months of the tenancy starting on \(start) (earliest \(earliest))"
        case .servedAfterFourMonths:
            return "Served on \(served), at least 4 months after the tenancy began on \(start)"
        case .expiryUnknown:
            return "Expiry date not recorded: cannot check the notice period"
        case .periodTooShort:
            let earliest = notice?.servedOn.map { $0.adding(months: 2).iso } ?? "unknown"
            return "Expires on \(expires): less than 2 months' notice (earliest \(earliest))"
        case .periodMet:
            return "Gives at least 2 months' notice (expires \(expires))"
        case .checkFailed, .checkUnknown:
            return checkLines(finding == .checkFailed ? checksFailed : checksUnknown, suffix: "").joined(separator: ", ")
        case .allChecksConfirmed:
            return "Deposit, prescribed information, gas safety, EPC, How to Rent and licensing all confirmed"
        case .proceedingsTooLate, .proceedingsWindowClosed, .proceedingsInTime, .proceedingsDueBy:
            return proceedingsSentence(for: finding)
        case .noGrounds:
            return "No section 8 ground recorded"
        case .unknownGrounds:
            let unknown = notice?.grounds.filter { regime.ground(named: $0) == nil } ?? []
            return "Ground \(unknown.joined(separator: ", ")) not in the table for \(regime.label): check by hand"
        case .groundsPeriodTooShort, .groundsPeriodMet:
            return groundsPeriodSentence(tooShort: finding == .groundsPeriodTooShort, expires: expires)
        case .firstYearBar:
            let earliest = tenancyStartedOn.map { $0.adding(months: 12).iso } ?? "unknown"
            return "Ground 1 or 1A may not end the tenancy in its first 12 months: expires on \(expires), "
                + "earliest \(earliest)"
        case .firstYearUnknown:
            return "Tenancy start date not recorded: cannot check the first-year bar on ground 1 or 1A"
        case .groundsToBeProved:
            let names = knownGrounds.map { "\($0.number) (\($0.title))" }.joined(separator: ", ")
            return "Ground \(names): the landlord must still prove it in court"
        }
    }

    private func proceedingsSentence(for finding: NoticeFinding) -> String {
        guard let servedOn = notice?.servedOn else { return "Service date not recorded" }
        let deadline = NoticeCheck.section21ProceedingsDeadline(servedOn: servedOn)
        let cutOff = deadline == NoticeRegime.section21ProceedingsCutOff
        let basis = cutOff ? "the Renters' Rights Act cut-off" : "6 months from service"
        let issued = notice?.proceedingsIssuedOn?.iso ?? "an unknown date"
        switch finding {
        case .proceedingsTooLate:
            return "Proceedings issued on \(issued), after \(deadline.iso) (\(basis)): the notice could not found them"
        case .proceedingsWindowClosed:
            return cutOff
                ? "Served before 1 May 2026 and no proceedings issued by 31 July 2026: can no longer be used"
                : "No proceedings issued within 6 months of service (by \(deadline.iso)): can no longer be used"
        case .proceedingsInTime:
            return "Proceedings issued on \(issued), in time (by \(deadline.iso), \(basis))"
        default:
            return "Proceedings must be issued by \(deadline.iso) (\(basis)) or the notice lapses"
        }
    }

    private func groundsPeriodSentence(tooShort: Bool, expires: String) -> String {
        guard let servedOn = notice?.servedOn else { return "Service date not recorded" }
        let grounds = knownGrounds
        let earliest = NoticeCheck.earliestExpiry(servedOn: servedOn, grounds: grounds)
        let longest = grounds.first { $0.period.earliestExpiry(servedOn: servedOn) == earliest }
        let need = longest.map { "ground \($0.number) needs \($0.period)" } ?? "the grounds need no notice"
        return tooShort
            ? "Expires on \(expires): \(need) (earliest \(earliest.iso))"
            : "Gives the notice its grounds need: \(need) (earliest \(earliest.iso), expires \(expires))"
    }
}
